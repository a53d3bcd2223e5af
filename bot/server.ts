// The HTTP server: POST /api/messages for the Bot Framework, GET /healthz for load balancers.
// No request can stop the process: malformed bodies get a 4xx, failures a 500, never a crash.
import * as restify from 'restify';
import { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'botbuilder';
import { FaqBot } from './faqBot';
import { Logger } from './logger';

export interface ServerParts {
  adapter: CloudAdapter;
  bot: FaqBot;
  logger: Logger;
  /** Summary for /healthz. */
  health: () => Record<string, unknown>;
}

/** Largest request body accepted (an activity with a long message is far below it). */
const MAX_BODY_BYTES = 256 * 1024;

export function createServer(parts: ServerParts): restify.Server {
  const server = restify.createServer({ name: 'most-faq-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

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
