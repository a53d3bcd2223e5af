// The real entry point as `npm start` runs it: it starts, answers /healthz, and stops cleanly
// on SIGTERM and on SIGINT (exit code 0, a "stopping" log line).
import * as fs from 'fs';
import * as path from 'path';
import { BOT_NODE_FLAGS, startBotProcess } from '../helpers/botProcess';
import { ROOT } from '../helpers/projectModel';

// What this test and npm run bench start is what npm start starts: the same V8 flags.
test.each(['start', 'bench'])('npm run %s runs node with the bot process flags', (script) => {
  const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = scripts[script].split(' ');
  expect(words[0]).toBe('node');
  for (const flag of BOT_NODE_FLAGS) expect(words).toContain(flag);
});

describe.each(['SIGTERM', 'SIGINT'] as const)('the bot process on %s', (signal) => {
  test('serves, then stops cleanly with exit code 0', async () => {
    const { child, port, output } = await startBotProcess(ROOT);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill(signal);
    expect(await exited).toBe(0);
    expect(output()).toContain(`"msg":"stopping","signal":"${signal}"`);
  }, 40000);
});
