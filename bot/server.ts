// The HTTP server: POST /api/messages for the Bot Framework, GET /healthz for load balancers,
// GET / for the Web Chat page (bot/webChat.ts) and, without Azure, a local Direct Line (bot/directLine.ts).
// No request can stop the process: malformed bodies get a 4xx, failures a 500, never a crash.
import * as restify from 'restify';
import { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'botbuilder';
import { randomUUID } from 'crypto';
import { LocalDirectLine } from './directLine';
import { FaqBot } from './faqBot';
import { Logger, tagRequest } from './logger';
import { RateLimiter } from './rateLimiter';
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
  /** Requests per client address (429 beyond it). */
  clientLimit?: RateLimiter;
  /** Client address from X-Forwarded-For. */
  trustProxy?: boolean;
}

/** Why an activity cannot be processed, or undefined when it can. */
export function activityProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a Bot Framework activity (a JSON object)';
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || a.type === '') return 'the activity has no type';
  const conversation = a.conversation as { id?: unknown } | undefined;
  if (typeof conversation?.id !== 'string' || conversation.id === '') return 'the activity has no conversation.id';
  if (typeof (a.from as { id?: unknown } | undefined)?.id !== 'string') return 'the activity has no from.id';
  // Replies go to serviceUrl; only expectReplies returns them in the response instead.
  if (a.deliveryMode !== 'expectReplies' && (typeof a.serviceUrl !== 'string' || !/^https?:\/\//.test(a.serviceUrl))) return 'the activity has no http(s) serviceUrl';
  if (a.text !== undefined && typeof a.text !== 'string') return 'the activity\'s text is not a string';
  return undefined;
}

function clientAddress(req: restify.Request, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
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
  server.pre((req, res, next) => {
    const requestId = String(req.headers['x-request-id'] ?? '').slice(0, 64) || randomUUID();
    res.header('x-request-id', requestId);
    (req as restify.Request & { requestId?: string }).requestId = requestId;
    if (req.method !== 'POST' || !parts.clientLimit) return next();
    const client = clientAddress(req, parts.trustProxy ?? false);
    if (parts.clientLimit.take(client)) return next();
    res.header('retry-after', String(parts.clientLimit.retryAfter(client)));
    res.send(429, { error: 'too many requests from this address; try again later' });
    return next(false);
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
    const requestId = (req as restify.Request & { requestId?: string }).requestId ?? '';
    try {
      const problem = activityProblem(req.body);
      if (problem) {
        res.send(400, { error: problem });
        return;
      }
      tagRequest(req.body, requestId);
      await parts.adapter.process(req as unknown as Request, res as unknown as Response, (context) => parts.bot.run(context));
    } catch (error) {
      parts.logger.child({ requestId }).error('request failed', { error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  server.on('restifyError', (req: restify.Request & { requestId?: string }, _res, err, callback) => {
    parts.logger.child({ requestId: req.requestId }).warn('request rejected', { error: String(err?.message ?? err) });
    return callback();
  });
  return server;
}
