// The web page: GET / (Web Chat), its scripts from the project's own dependencies (no CDN), and
// POST /api/directline/token, which hands the page a short-lived Direct Line token. With
// DIRECT_LINE_SECRET the token comes from Azure's Direct Line (the secret never leaves the server);
// without it, from the local Direct Line (bot/directLine.ts) this server also runs.
import * as fs from 'fs';
import * as path from 'path';
import * as restify from 'restify';
import { randomBytes } from 'crypto';
import { PROJECT_ROOT } from './config';
import { DirectLineToken, LocalDirectLine } from './directLine';
import { Logger } from './logger';

/** What the page gets from POST /api/directline/token. */
export interface WebChatGrant extends DirectLineToken {
  /** True when the page must talk to this server's local Direct Line. */
  local: boolean;
}

export interface TokenSource {
  issue(): Promise<WebChatGrant>;
}

export class LocalTokenSource implements TokenSource {
  constructor(private readonly directLine: LocalDirectLine) {}

  async issue(): Promise<WebChatGrant> {
    return { ...this.directLine.issueToken(), local: true };
  }
}

/** Azure Direct Line: tokens/generate with the secret, for a user id of our own making. */
export class AzureTokenSource implements TokenSource {
  constructor(private readonly secret: string, private readonly endpoint: string, private readonly timeoutMs = 10_000) {}

  async issue(): Promise<WebChatGrant> {
    const userId = `dl_${randomBytes(12).toString('base64url')}`;
    const res = await fetch(`${this.endpoint.replace(/\/$/, '')}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) throw new Error(`Direct Line tokens/generate answered ${res.status}`);
    const body = await res.json() as Partial<DirectLineToken>;
    if (typeof body.token !== 'string' || typeof body.conversationId !== 'string') throw new Error('Direct Line tokens/generate answered without a token');
    return { conversationId: body.conversationId, token: body.token, expires_in: Number(body.expires_in ?? 1800), userId, local: false };
  }
}

export interface WebChatOptions {
  tokens: TokenSource | undefined;
  logger: Logger;
}

const WEB_DIR = path.join(PROJECT_ROOT, 'web');
// The package's `exports` hide dist/, so the bundle is served by its path.
const WEBCHAT_BUNDLE = path.join(PROJECT_ROOT, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js');

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: path.join(WEB_DIR, 'index.html'), type: 'text/html; charset=utf-8' },
  '/webchat/embed.js': { file: path.join(WEB_DIR, 'embed.js'), type: 'application/javascript; charset=utf-8' },
  '/webchat/webchat.js': { file: WEBCHAT_BUNDLE, type: 'application/javascript; charset=utf-8' },
};

export function registerWebChat(server: restify.Server, options: WebChatOptions): void {
  for (const [route, { file, type }] of Object.entries(FILES)) {
    server.get(route, async (_req, res) => new Promise<void>((resolve) => {
      const stream = fs.createReadStream(file);
      stream.on('open', () => {
        res.writeHead(200, { 'content-type': type, 'cache-control': route === '/' ? 'no-cache' : 'public, max-age=3600' });
        stream.pipe(res);
      });
      stream.on('end', () => resolve());
      stream.on('error', () => {
        options.logger.error('web chat: file missing', { file });
        if (!res.headersSent) res.send(404, { error: 'not found' });
        resolve();
      });
    }));
  }

  // Browsers ask for it on every page; there is none (the page has its own header).
  server.get('/favicon.ico', async (_req, res) => { res.send(204); });

  server.post('/api/directline/token', async (_req, res) => {
    if (!options.tokens) {
      res.send(503, { error: 'Web Chat is not available: with MicrosoftAppId set, configure DIRECT_LINE_SECRET' });
      return;
    }
    try {
      res.send(200, await options.tokens.issue());
    } catch (error) {
      options.logger.error('web chat: no token', { error: error instanceof Error ? error.message : String(error) });
      res.send(502, { error: 'could not get a Direct Line token' });
    }
  });
}

/** Paths a page on another origin (the embed snippet) calls. */
export function isCrossOriginPath(url: string): boolean {
  return url.startsWith('/api/directline/') || (url.startsWith('/v3/directline/') && !url.startsWith('/v3/directline/connector/'));
}

/** Lets the pages of the allowed origins call the token endpoint and the local Direct Line. */
export function cors(req: restify.Request, res: restify.Response, allowed: string[]): void {
  const origin = req.headers.origin;
  if (!origin || !isCrossOriginPath(req.url ?? '')) return;
  if (allowed.includes('*')) res.header('access-control-allow-origin', '*');
  else if (allowed.includes(origin)) {
    res.header('access-control-allow-origin', origin);
    res.header('vary', 'Origin');
  } else return;
  res.header('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.header('access-control-allow-headers', 'authorization, content-type, x-ms-bot-agent');
  res.header('access-control-max-age', '600');
}
