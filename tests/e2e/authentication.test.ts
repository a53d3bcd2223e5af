// The channel contract: with a MicrosoftAppId configured, a request without a valid Bot
// Framework token is rejected with 401 and never reaches the bot.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startBot, RunningBot } from '../../bot/index';
import { RecordingChannel } from '../helpers/recordingChannel';

let bot: RunningBot;
const channel = new RecordingChannel();
let serviceUrl: string;

beforeAll(async () => {
  serviceUrl = await channel.start();
  bot = await startBot({
    PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'faq-auth-')),
    MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant',
  });
});

afterAll(async () => {
  await bot.stop();
  await channel.stop();
});

const activity = {
  type: 'message', text: '验证码错误', channelId: 'emulator', serviceUrl: '',
  from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'auth-conv' },
};

test.each([
  ['no Authorization header', {}],
  ['a token that is not a JWT', { authorization: 'Bearer not-a-token' }],
  ['a forged JWT', { authorization: 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDEifQ.c2lnbmF0dXJl' }],
])('%s → 401, and the bot sends nothing', async (_name, headers) => {
  const res = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ ...activity, serviceUrl }),
  });
  expect(res.status).toBe(401);
  expect(channel.take('auth-conv')).toHaveLength(0);
});
