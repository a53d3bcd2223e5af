// The real entry point as `npm start` runs it: it starts, answers /healthz, and stops cleanly
// on SIGTERM and on SIGINT (exit code 0, a "stopping" log line).
import { startBotProcess } from '../helpers/botProcess';
import { ROOT } from '../helpers/projectModel';

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
