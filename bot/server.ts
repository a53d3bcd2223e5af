// The HTTP server: POST /api/messages for the Bot Framework, GET /healthz for load balancers,
// GET / for the Web Chat page (bot/webChat.ts) and, without Azure, a local Direct Line (bot/directLine.ts).
// No request can stop the process: malformed bodies get a 4xx, failures a 500, never a crash.
import * as restify from 'restify';
import { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'botbuilder';
import { LocalDirectLine } from './directLine';
import { FaqBot } from './faqBot';
import { Logger } from './logger';
import { cors, isCrossOriginPath, registerWebChat, TokenSource } from './webChat';

export interface ServerParts {
  adapter: CloudAdapter;
  bot: FaqBot;
  logger: Logger;
  /** Summary for /healthz. */
  health: () => Record<string, unknown>;
  /** The web page's token source; undefined when Web Chat cannot be offered. */
  webChatTokens?: TokenSource;
  /** Origins allowed to embed Web Chat (CORS); '*' for any. */
  webChatOrigins?: string[];
  /** Served when no Azure Direct Line is configured. */
  directLine?: LocalDirectLine;
}

/** Largest request body accepted (an activity with a long message is far below it). */
const MAX_BODY_BYTES = 256 * 1024;

export function createServer(parts: ServerParts): restify.Server {
  const server = restify.createServer({ name: 'most-faq-bot', handleUncaughtExceptions: false });
  server.pre((req, res, next) => {
    // Web Chat embedded on the platform's own pages calls the token endpoint across origins.
    cors(req, res, parts.webChatOrigins ?? ['*']);
    if (req.method === 'OPTIONS' && isCrossOriginPath(req.url ?? '')) {
      res.send(204);
      return next(false);
    }
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  registerWebChat(server, { tokens: parts.webChatTokens, logger: parts.logger });
  parts.directLine?.register(server);

  server.get('/healthz', (_req, res, next) => {
    res.json(200, { status: 'ok', ...parts.health() });
    next();
  });

  server.post('/api/messages', async (req, res) => {
    try {
      const body: unknown = req.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
        res.send(400, { error: 'the body must be a Bot Framework activity (JSON object with a type)' });
        return;
      }
      await parts.adapter.process(req as unknown as Request, res as unknown as Response, (context) => parts.bot.run(context));
    } catch (error) {
      parts.logger.error('request failed', { error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  server.on('restifyError', (_req, _res, err, callback) => {
    parts.logger.warn('request rejected', { error: String(err?.message ?? err) });
    return callback();
  });
  return server;
}
