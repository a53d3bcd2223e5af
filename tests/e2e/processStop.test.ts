// The real entry point as `npm start` runs it: it starts, answers /healthz, and stops cleanly
// on SIGTERM and on SIGINT (exit code 0, a "stopping" log line).
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/projectModel';

function startProcess(): Promise<{ child: ReturnType<typeof spawn>; port: number; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'bot/index.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'faq-stop-')) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no "listening" line in time:\n${out}`)), 25000);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /"msg":"listening","url":"http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), output: () => out });
      }
    });
    child.stderr?.on('data', (c: Buffer) => { out += c.toString(); });
  });
}

describe.each(['SIGTERM', 'SIGINT'] as const)('the bot process on %s', (signal) => {
  test('serves, then stops cleanly with exit code 0', async () => {
    const { child, port, output } = await startProcess();
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill(signal);
    expect(await exited).toBe(0);
    expect(output()).toContain(`"msg":"stopping","signal":"${signal}"`);
  }, 40000);
});
