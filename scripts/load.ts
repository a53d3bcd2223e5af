// npm run load [-- --turns 20000 --concurrency 100 --storage memory|blob|both --bots faq,echo,dialog --rounds 4 --in-process]
// A load test, printed, never asserted. N concurrent conversations, each a multi-turn flow with a
// known right answer, go through the real HTTP server to a local fake channel that records every
// reply. It prints turns per second, latency p50/p95/p99, errors, wrong answers and cross-talk (a
// reply that reached another conversation). In the same run a bare echo bot on the same adapter
// (same middleware, same state storage, state read and saved each turn) takes the same load, and
// our throughput is printed as a ratio to it. A third bot, "dialog echo", echoes through one
// ComponentDialog (a waterfall and a text prompt, as style.md asks every bot to be built): what the
// dialog machinery alone costs, before any understanding. The bots take turns in rounds, so a slow
// minute of the machine does not fall on one of them only. With blob storage, Azurite is started
// on a free port.
// The bots run in a process of their own, as a deployed bot does; the driver and the fake channel
// in this one (each of the machine's two cores has one of them). The bots' process's CPU time per
// turn is printed too: what a turn of each bot costs, whoever is the bottleneck. --in-process runs
// everything in one process and thread (and one bot alone, --bots faq, is then for a profiler).
import { ChildProcess, fork } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as restify from 'restify';
import { ActivityHandler, ConversationState } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogState, DialogTurnStatus, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { Request, Response } from 'botbuilder';
import { createAdapter } from '../bot/adapter';
import { PROJECT_ROOT } from '../bot/config';
import { startBot } from '../bot/index';
import { createLogger } from '../bot/logger';
import { loadModel } from '../bot/modelLoader';
import { ReplyFactory } from '../bot/replyFactory';
import { createStorage, StorageConfig } from '../bot/storage';
import { Azurite } from '../tests/helpers/azurite';
import { BOT_NODE_FLAGS } from '../tests/helpers/botProcess';

interface Flow { turns: string[]; expect: string }

// Multi-turn and single-turn conversations whose right answer is known.
const FLOWS: Flow[] = [
  { turns: ['忘记密码了', '记得登录名，只是忘了密码'], expect: 'login.wrong-password' },
  { turns: ['忘记密码了', '登录名也忘了', '自然人（个人）'], expect: 'login.forgot-all.natural' },
  { turns: ['我是法人，登录名和密码都忘了'], expect: 'login.forgot-all.legal' },
  { turns: ['人遗系统提交后没有下载按钮'], expect: 'hgr.no-download-button' },
  { turns: ['登录提示验证码错误'], expect: 'login.captcha-error' },
];

interface Reply { conversation: string; text?: string; kbId?: string }

/** The fake channel: answers every reply at once and files it under the conversation in its URL. */
class FakeChannel {
  readonly replies = new Map<string, Reply[]>();
  private server?: http.Server;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
        const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { type?: string; text?: string; conversation?: { id: string }; channelData?: { kbId?: string } };
        if (match && activity.type === 'message') {
          const key = decodeURIComponent(match[1]);
          const list = this.replies.get(key) ?? [];
          list.push({ conversation: activity.conversation?.id ?? '', text: activity.text, kbId: activity.channelData?.kbId });
          this.replies.set(key, list);
        }
        res.setHeader('content-type', 'application/json');
        res.end('{"id":"1"}');
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  take(conversation: string): Reply[] {
    const list = this.replies.get(conversation) ?? [];
    this.replies.delete(conversation);
    return list;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

interface Result { turns: number; seconds: number; latencies: number[]; errors: number; wrong: number; crossTalk: number }

/** Runs `turns` turns over `concurrency` workers; each worker plays flows on fresh conversations. */
async function drive(endpoint: string, channel: FakeChannel, serviceUrl: string, turns: number, concurrency: number, label: string, checkAnswers: boolean): Promise<Result> {
  const result: Result = { turns: 0, seconds: 0, latencies: [], errors: 0, wrong: 0, crossTalk: 0 };
  let budget = turns;
  let conversationSeq = 0;
  const expected = new Set(FLOWS.map((f) => f.expect));
  const worker = async (w: number): Promise<void> => {
    let n = 0;
    while (budget > 0) {
      const flow = FLOWS[(w + n++) % FLOWS.length];
      const conversation = `${label}-${w}-${++conversationSeq}`;
      let last: Reply[] = [];
      for (const text of flow.turns) {
        if (budget-- <= 0) return;
        const body = {
          type: 'message', channelId: 'emulator', id: `${conversation}-${result.turns}`, text, serviceUrl, locale: 'zh-CN',
          from: { id: `user-${conversation}` }, recipient: { id: 'bot' }, conversation: { id: conversation }, timestamp: new Date().toISOString(),
        };
        const t0 = performance.now();
        try {
          const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
          await res.arrayBuffer();
          if (!res.ok) result.errors++;
        } catch {
          result.errors++;
        }
        result.latencies.push(performance.now() - t0);
        result.turns++;
        last = channel.take(conversation);
        if (last.some((r) => r.conversation !== conversation)) result.crossTalk++;
      }
      if (!checkAnswers) continue;
      const kbIds = last.map((r) => r.kbId).filter((k): k is string => k !== undefined);
      if (!kbIds.includes(flow.expect)) {
        // Another flow's answer in this conversation is cross-talk; anything else is a wrong answer.
        if (kbIds.some((k) => expected.has(k))) result.crossTalk++;
        else result.wrong++;
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  result.seconds = (performance.now() - t0) / 1000;
  return result;
}

/** A dialog that asks once when a flow's first turn would be clarified, then echoes. */
class EchoDialog extends ComponentDialog {
  constructor() {
    super('echo');
    this.addDialog(new WaterfallDialog('steps', [
      async (step) => (FLOWS.some((f) => f.turns.length > 1 && f.turns[0] === step.context.activity.text)
        ? step.prompt('reply', '请问是哪一种？') : step.next(step.context.activity.text)),
      async (step) => {
        await step.context.sendActivity(`echo: ${String(step.result)}`);
        return step.endDialog();
      },
    ]));
    this.addDialog(new TextPrompt('reply'));
    this.initialDialogId = 'steps';
  }
}

/** The same adapter (middleware, error handler, state) with a bot that only echoes: directly, or through EchoDialog. */
async function startEchoBot(storage: StorageConfig, throughDialog: boolean): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const model = loadModel({ intentsDir: path.join(PROJECT_ROOT, 'intents'), knowledgeDir: path.join(PROJECT_ROOT, 'knowledge') });
  const conversationState = new ConversationState(createStorage(storage));
  const counter = conversationState.createProperty<number>('count');
  const logger = createLogger('warn');
  const adapter = createAdapter({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' },
    conversationState, new ReplyFactory(model), logger);
  const bot = new ActivityHandler();
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('DialogState')).add(new EchoDialog());
  bot.onMessage(async (context, next) => {
    await counter.set(context, (await counter.get(context, 0)) + 1);
    if (throughDialog) {
      const dc = await dialogs.createContext(context);
      if ((await dc.continueDialog()).status === DialogTurnStatus.empty) await dc.beginDialog('echo');
    } else {
      await context.sendActivity(`echo: ${context.activity.text}`);
    }
    await conversationState.saveChanges(context);
    await next();
  });
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => adapter.process(req as unknown as Request, res as unknown as Response, (c) => bot.run(c)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { endpoint: `http://127.0.0.1:${port}/api/messages`, stop: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.server.closeAllConnections(); }) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function print(label: string, r: Result, cpuMicros?: number): void {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const cpu = cpuMicros === undefined ? '' : `; bots' process CPU ${(cpuMicros / 1000 / r.turns).toFixed(2)} ms a turn`;
  process.stdout.write(`  ${label.padEnd(10)} ${r.turns} turns in ${r.seconds.toFixed(1)} s = ${(r.turns / r.seconds).toFixed(0)} turns/s; `
    + `latency p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms; `
    + `errors ${r.errors}, wrong answers ${r.wrong}, cross-talk ${r.crossTalk}${cpu}\n`);
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function merge(into: Result | undefined, r: Result): Result {
  if (!into) return r;
  return {
    turns: into.turns + r.turns, seconds: into.seconds + r.seconds, latencies: into.latencies.concat(r.latencies),
    errors: into.errors + r.errors, wrong: into.wrong + r.wrong, crossTalk: into.crossTalk + r.crossTalk,
  };
}

const BOT_LABELS = { faq: 'FAQ bot', echo: 'echo bot', dialog: 'dialog echo' } as const;
type BotKind = keyof typeof BOT_LABELS;

/** The three bots, started in this process. */
async function startBots(storage: StorageConfig): Promise<{ endpoints: Record<BotKind, string>; stop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-load-'));
  // One address sends everything here: the per-client and per-conversation limits are for the public.
  const faq = await startBot({
    PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: dataDir, RATE_LIMIT_CLIENT: '0', RATE_LIMIT_CONVERSATION: '0',
    STORAGE: storage.kind, BLOB_CONNECTION_STRING: storage.blobConnectionString, BLOB_CONTAINER: storage.blobContainer,
  });
  const echo = await startEchoBot({ ...storage, blobContainer: `${storage.blobContainer}-echo` }, false);
  const dialog = await startEchoBot({ ...storage, blobContainer: `${storage.blobContainer}-dialog` }, true);
  return {
    endpoints: { faq: `http://127.0.0.1:${faq.port}/api/messages`, echo: echo.endpoint, dialog: dialog.endpoint },
    stop: async () => {
      await dialog.stop();
      await echo.stop();
      await faq.stop();
    },
  };
}

type HostMessage = { type: 'ready'; endpoints: Record<BotKind, string> } | { type: 'cpu'; micros: number };

/** Where the bots run: this process, or a child process of their own (cpu() is then its CPU time). */
interface BotHost {
  endpoints: Record<BotKind, string>;
  /** CPU microseconds the bots' process has used so far; undefined when it is this one. */
  cpu: () => Promise<number | undefined>;
  stop: () => Promise<void>;
}

async function hostBots(storage: StorageConfig, inProcess: boolean): Promise<BotHost> {
  if (inProcess) {
    const bots = await startBots(storage);
    return { endpoints: bots.endpoints, cpu: async () => undefined, stop: bots.stop };
  }
  const child: ChildProcess = fork(__filename, ['--serve', JSON.stringify(storage)], {
    execArgv: [...BOT_NODE_FLAGS, '-r', 'ts-node/register/transpile-only', ...(process.env.LOAD_BOTS_NODE_ARGS ?? '').split(' ').filter(Boolean)], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (type: HostMessage['type']): Promise<HostMessage> => new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`the bots' process exited (${code})`));
    child.once('exit', onExit);
    const onMessage = (m: HostMessage): void => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m);
    };
    child.on('message', onMessage);
  });
  const ready = await next('ready');
  if (ready.type !== 'ready') throw new Error('unexpected message');
  return {
    endpoints: ready.endpoints,
    cpu: async () => {
      const reply = next('cpu');
      child.send({ type: 'cpu' });
      const m = await reply;
      return m.type === 'cpu' ? m.micros : undefined;
    },
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'stop' });
      await exited;
    },
  };
}

/** The child's side of hostBots: start the bots, say where they are, answer cpu and stop. */
async function serveBots(storage: StorageConfig): Promise<void> {
  const bots = await startBots(storage);
  const send = (m: HostMessage): void => { process.send?.(m); };
  process.on('message', (m: { type: string }) => {
    if (m.type === 'cpu') {
      const u = process.cpuUsage();
      send({ type: 'cpu', micros: u.user + u.system });
    } else if (m.type === 'stop') {
      bots.stop().finally(() => process.exit(0));
    }
  });
  send({ type: 'ready', endpoints: bots.endpoints });
}

async function runOne(kind: 'memory' | 'blob', turns: number, concurrency: number, bots: BotKind[], rounds: number, inProcess: boolean): Promise<void> {
  const azurite = kind === 'blob' ? await new Azurite().start() : undefined;
  const storage: StorageConfig = { kind, blobConnectionString: azurite?.connectionString ?? '', blobContainer: `load-${Date.now()}` };
  const channel = new FakeChannel();
  const serviceUrl = await channel.start();
  const host = await hostBots(storage, inProcess);
  try {
    process.stdout.write(`\n${kind} state, ${concurrency} concurrent conversations, ${turns} turns a bot in ${rounds} rounds, `
      + `${inProcess ? 'bots in the driver\'s process' : 'bots in a process of their own'}:\n`);
    // A short warm-up of each, so none pays for first-use compilation in its figures.
    for (const b of bots) await drive(host.endpoints[b], channel, serviceUrl, 200, 10, `warm-${b}-${kind}`, false);
    const results: Partial<Record<BotKind, Result>> = {};
    const cpu: Partial<Record<BotKind, number>> = {};
    for (let round = 0; round < rounds; round++) {
      const share = Math.floor(turns / rounds) + (round < turns % rounds ? 1 : 0);
      for (const b of bots) {
        const before = await host.cpu();
        results[b] = merge(results[b], await drive(host.endpoints[b], channel, serviceUrl, share, concurrency, `${b}-${kind}-${round}`, b === 'faq'));
        const after = await host.cpu();
        if (before !== undefined && after !== undefined) cpu[b] = (cpu[b] ?? 0) + after - before;
      }
    }
    for (const b of bots) {
      const r = results[b];
      if (r) print(BOT_LABELS[b], r, cpu[b]);
    }
    const rate = (r?: Result): number => (r ? r.turns / r.seconds : NaN);
    if (results.faq && results.echo) process.stdout.write(`  throughput ratio FAQ/echo: ${(rate(results.faq) / rate(results.echo) * 100).toFixed(0)}%\n`);
    if (results.dialog && results.echo) process.stdout.write(`  throughput ratio dialog echo/echo: ${(rate(results.dialog) / rate(results.echo) * 100).toFixed(0)}%\n`);
    if (results.faq && results.dialog) process.stdout.write(`  throughput ratio FAQ/dialog echo: ${(rate(results.faq) / rate(results.dialog) * 100).toFixed(0)}%\n`);
  } finally {
    await host.stop();
    await channel.stop();
    await azurite?.stop();
  }
}

async function main(): Promise<void> {
  const serve = process.argv.indexOf('--serve');
  if (serve >= 0) return serveBots(JSON.parse(process.argv[serve + 1]) as StorageConfig);
  const turns = Number(arg('turns', '20000'));
  const concurrency = Number(arg('concurrency', '100'));
  const storage = arg('storage', 'both');
  const bots = arg('bots', 'faq,echo,dialog').split(',').filter((b): b is BotKind => b in BOT_LABELS);
  const rounds = Math.max(1, Number(arg('rounds', '4')));
  const inProcess = process.argv.includes('--in-process');
  for (const kind of ['memory', 'blob'] as const) {
    if (storage === kind || storage === 'both') await runOne(kind, turns, concurrency, bots, rounds, inProcess);
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
