// The one place that wires everything, in reading order:
// configuration → knowledge → recognizer, state, replies, dialogs, bot (buildBot) → adapter → server.
import * as dotenv from 'dotenv';
import { ConversationState, Storage } from 'botbuilder';
import { readConfig } from './config';
import { createAdapter } from './adapter';
import { ChannelPresenter } from './channelPresenter';
import { FaqBot } from './faqBot';
import { FaqRecognizer } from './faqRecognizer';
import { KnowledgeBrowser } from './knowledgeBrowser';
import { createLogger } from './logger';
import { loadModel } from './modelLoader';
import { FaqModel } from './model';
import { JsonlUsageLog, MemoryUsageLog, UsageLog, welcomeQuestions } from './usageLog';
import { Logger } from './logger';
import { ReplyFactory } from './replyFactory';
import { createServer } from './server';
import { createStorage } from './storage';
import { RateLimiter } from './rateLimiter';
import { LocalDirectLine } from './directLine';
import { AzureTokenSource, LocalTokenSource, TokenSource } from './webChat';
import { MainDialog, RecentQuestion } from '../dialogs/mainDialog';

dotenv.config({ quiet: true });

export interface BotParts {
  recognizer: FaqRecognizer;
  replies: ReplyFactory;
  conversationState: ConversationState;
  bot: FaqBot;
  usage: UsageLog;
}

/** The bot without a server: what the HTTP entry point, the tests and the evaluation share. */
export function buildBot(model: FaqModel, storage: Storage, logger: Logger, usage: UsageLog = new MemoryUsageLog()): BotParts {
  const recognizer = new FaqRecognizer(model);
  const conversationState = new ConversationState(storage);
  const { days, count } = model.messages.hotQuestions;
  const replies = new ReplyFactory(model, () => welcomeQuestions(usage.events(), model.messages.popularQuestions, new Date(), days, count));
  const dialog = new MainDialog(recognizer, replies, usage, new KnowledgeBrowser(model),
    conversationState.createProperty<RecentQuestion>('RecentQuestion'));
  const bot = new FaqBot(conversationState, dialog, recognizer, replies, usage, logger, new ChannelPresenter(replies));
  return { recognizer, replies, conversationState, bot, usage };
}

export interface RunningBot {
  port: number;
  stop: () => Promise<void>;
}

export async function startBot(env: NodeJS.ProcessEnv = process.env): Promise<RunningBot> {
  const config = readConfig(env);
  const logger = createLogger(config.logLevel);

  const started = Date.now();
  const model = loadModel({ intentsDir: config.intentsDir, knowledgeDir: config.knowledgeDir });
  const usageLog = new JsonlUsageLog(config.dataDir, (e) => logger.error('usage log write failed', { error: e.message }));
  const { bot, conversationState, replies, usage } = buildBot(model, createStorage(config.storage), logger, usageLog);
  logger.info('knowledge loaded', {
    answers: model.knowledge.size, intents: model.intents.length, ms: Date.now() - started,
  });
  const perMinute = config.limits.conversationPerMinute;
  const adapter = createAdapter(config.auth, conversationState, replies, logger, { perMinute, burst: Math.max(1, Math.ceil(perMinute / 3)) });
  const clientLimit = new RateLimiter({ perMinute: config.limits.clientPerMinute, burst: Math.max(1, Math.ceil(config.limits.clientPerMinute / 6)) });

  // Web Chat: Azure's Direct Line when a secret is configured; otherwise this server's own, which
  // only works in Emulator mode (an app id would make the bot demand tokens it cannot get offline).
  let port = config.port;
  const loopback = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const local = `http://${loopback.includes(':') ? `[${loopback}]` : loopback}`;
  const directLine = config.webChat.directLineSecret || config.auth.MicrosoftAppId ? undefined : new LocalDirectLine({
    botEndpoint: () => `${local}:${port}/api/messages`,
    serviceUrl: () => `${local}:${port}/v3/directline/connector`,
    botId: 'most-faq-bot', botName: '智能客服',
    tokenTtlSeconds: config.webChat.tokenTtlSeconds,
    logger,
  });
  const webChatTokens: TokenSource | undefined = config.webChat.directLineSecret
    ? new AzureTokenSource(config.webChat.directLineSecret, config.webChat.directLineEndpoint)
    : directLine && new LocalTokenSource(directLine);

  const server = createServer({
    adapter, bot, logger, directLine, webChatTokens, webChatOrigins: config.webChat.allowedOrigins,
    clientLimit, trustProxy: config.limits.trustProxy,
    health: () => ({ answers: model.knowledge.size, intents: model.intents.length, storage: config.storage.kind }),
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : config.port;
  logger.info('listening', {
    url: `http://${config.host}:${port}/api/messages`,
    auth: config.auth.MicrosoftAppId ? 'on' : 'off (Emulator mode)',
    webChat: webChatTokens ? `http://${loopback}:${port}/ (${directLine ? 'local Direct Line' : 'Azure Direct Line'})` : 'off (set DIRECT_LINE_SECRET)',
  });

  return {
    port,
    stop: () => new Promise<void>((resolve) => {
      // Stop taking requests; turns in flight finish, idle keep-alive sockets close, the log is flushed.
      directLine?.close();
      clientLimit.close();
      server.close(() => { usage.flush().then(resolve, resolve); });
      server.server.closeIdleConnections();
    }),
  };
}

if (require.main === module) {
  startBot().then((running) => {
    const stop = (signal: string): void => {
      process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'stopping', signal })}\n`);
      running.stop().then(() => process.exit(0), () => process.exit(1));
      // Connections kept alive by a client must not hold the process forever.
      setTimeout(() => process.exit(0), 5000).unref();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  }).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
