// The bot as `npm start` runs it (ts-node on bot/index.ts), in a child process on a free port,
// resolved once it logs "listening". Shared by the process-stop test and npm run bench.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';

/**
 * V8 flags the bot's process runs with (package.json's start and bench scripts say the same). A young generation of
 * 64 MB instead of V8's 16: a story's reading allocates much short-lived garbage, and each scavenge of a small young
 * generation paused a message (npm run bench, 2026-11-28: p99 820–1,019 µs without, 686–793 µs with; rss +~50 MB).
 */
export const BOT_NODE_FLAGS = ['--max-semi-space-size=64'];

export interface BotProcess {
  child: ChildProcess;
  port: number;
  /** From spawn to the "listening" line. */
  startMs: number;
  /** Everything the process printed so far. */
  output: () => string;
}

export function startBotProcess(root: string, timeoutMs = 25000, env: Record<string, string> = {}): Promise<BotProcess> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...BOT_NODE_FLAGS, '-r', 'ts-node/register/transpile-only', path.join(root, 'bot/index.ts')], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'faq-process-')), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no "listening" line in time:\n${out}`)), timeoutMs);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /"msg":"listening","url":"http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), startMs: performance.now() - t0, output: () => out });
      }
    });
    child.stderr?.on('data', (c: Buffer) => { out += c.toString(); });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bot exited (${code}) before listening:\n${out}`));
    });
  });
}
