// Personal data never reaches disk or a log in clear: ID-card numbers, phone numbers, e-mails,
// unified social credit codes and whatever follows 密码, typed into questions, unanswered messages
// and 差评 comments, are checked in the process's own log output, every file of the data folder, and
// the editor's report. Each log line of a turn carries the request id.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startBotProcess } from '../helpers/botProcess';
import { ChannelClient } from '../helpers/channelClient';
import { ROOT } from '../helpers/projectModel';
import { RecordingChannel } from '../helpers/recordingChannel';

const PERSONAL = ['110101199003074258', '13912345678', 'li.si@example.com', '91110000100000000A', 'Sup3rSecret!'];

test('nothing personal in clear in logs, usage files or the report', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-privacy-'));
  const channel = new RecordingChannel();
  const serviceUrl = await channel.start();
  const bot = await startBotProcess(ROOT, 25000, { DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
  try {
    const client = new ChannelClient(channel, serviceUrl, `http://127.0.0.1:${bot.port}`);
    await client.say('p-1', `我的身份证号${PERSONAL[0]}，手机${PERSONAL[1]}，实名认证失败怎么办`);
    await client.say('p-2', `邮箱${PERSONAL[2]} 信用代码${PERSONAL[3]} 密码是${PERSONAL[4]} 帮我看看`);
    await client.say('p-3', '我是法人，登录名和密码都忘了');
    await client.say('p-3', '非常不满意');
    await client.say('p-3', `太啰嗦了，看不懂。联系我${PERSONAL[1]}或${PERSONAL[2]}`);
  } finally {
    const exited = new Promise((resolve) => bot.child.on('exit', resolve));
    bot.child.kill('SIGTERM');
    await exited;
    await channel.stop();
  }

  const logs = bot.output();
  const files = fs.readdirSync(dataDir).map((f) => fs.readFileSync(path.join(dataDir, f), 'utf8')).join('\n');
  const report = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'scripts/report.ts'), dataDir], { cwd: ROOT, encoding: 'utf8' });
  expect(report.status).toBe(0);
  expect(files).toContain('"type":"comment"');
  expect(logs).toContain('"msg":"message"');
  for (const value of PERSONAL) {
    expect(logs).not.toContain(value);
    expect(files).not.toContain(value);
    expect(report.stdout).not.toContain(value);
  }
  // Every line is one JSON object; the lines of a turn carry its request id.
  const lines = logs.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string; requestId?: string });
  const turnLines = lines.filter((l) => l.msg === 'message');
  expect(turnLines.length).toBeGreaterThanOrEqual(3);
  for (const l of turnLines) expect(l.requestId).toMatch(/^[0-9a-f-]{36}$/);
}, 60_000);
