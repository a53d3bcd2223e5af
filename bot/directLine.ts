// A local Direct Line: the small part of the Direct Line 3.0 protocol that Web Chat uses, so the
// web page works with no Azure account (development, an offline network, the browser tests).
// With DIRECT_LINE_SECRET configured the page talks to the real Direct Line service instead.
//
// It plays a channel's part, as Azure's Direct Line does: a user's activity is stored in the
// conversation's activity list, then posted to the bot's /api/messages like any channel's; the
// bot's replies come back to this module's Bot Connector routes (the activities' serviceUrl) and
// reach the page over the WebSocket stream or by polling with a watermark.
//
//   POST /v3/directline/conversations                      start (or resume) the token's conversation
//   GET  /v3/directline/conversations/:id?watermark=N      reconnect: a fresh stream URL
//   POST /v3/directline/conversations/:id/activities       the user's activity  → { id }
//   GET  /v3/directline/conversations/:id/activities       { activities, watermark } after ?watermark
//   WS   /v3/directline/conversations/:id/stream?t=TOKEN   pushes { activities, watermark }
//   POST /v3/directline/tokens/refresh                     a token valid for another period
//   POST|PUT|DELETE /v3/directline/connector/v3/conversations/:id/activities[/:activityId]
//                                                          the bot's side (loopback only)
//
// Tokens are random, bound to one conversation and one user, and expire (tokenTtlSeconds).
// Conversations are dropped when their last token has expired. Not implemented: attachments
// upload (the page hides the upload button), history beyond maxActivities, multiple users.
import { randomBytes } from 'crypto';
import type { IncomingMessage } from 'http';
import type { Duplex } from 'stream';
import * as restify from 'restify';
import { WebSocket, WebSocketServer } from 'ws';
import { Logger } from './logger';

export const DIRECT_LINE_PREFIX = '/v3/directline';
const CONNECTOR_PREFIX = `${DIRECT_LINE_PREFIX}/connector`;
const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/?]+)\/stream$/;

export interface DirectLineOptions {
  /** Where the bot listens (…/api/messages), known once the server listens. */
  botEndpoint: () => string;
  /** The serviceUrl given to the bot: this module's connector routes, as the bot reaches them. */
  serviceUrl: () => string;
  botId: string;
  botName: string;
  /** channelId of the activities: what Azure Direct Line gives Web Chat. */
  channelId?: string;
  tokenTtlSeconds?: number;
  /** Activities kept per conversation; older ones are dropped (a page only needs the recent ones). */
  maxActivities?: number;
  /** How long to wait for the bot before the user's post is answered with 502. */
  botTimeoutMs?: number;
  logger: Logger;
}

/** What a token endpoint hands a page. */
export interface DirectLineToken {
  conversationId: string;
  token: string;
  expires_in: number;
  userId: string;
}

interface Member { id: string; name?: string; role?: string }

export interface DirectLineActivity {
  type: string;
  id?: string;
  text?: string;
  from?: Member;
  recipient?: Member;
  conversation?: { id: string };
  timestamp?: string;
  channelId?: string;
  serviceUrl?: string;
  replyToId?: string;
  [key: string]: unknown;
}

interface Conversation {
  id: string;
  user: Member;
  activities: DirectLineActivity[];
  /** Watermark of activities[0]: older ones were dropped. */
  offset: number;
  started: boolean;
  sockets: Set<WebSocket>;
  expiresAt: number;
}

interface TokenGrant { conversationId: string; expiresAt: number }

function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

export class LocalDirectLine {
  private readonly conversations = new Map<string, Conversation>();
  private readonly tokens = new Map<string, TokenGrant>();
  private readonly sockets = new WebSocketServer({ noServer: true });
  private readonly ttlMs: number;
  private readonly channelId: string;
  private readonly maxActivities: number;
  private readonly botTimeoutMs: number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly options: DirectLineOptions) {
    this.ttlMs = (options.tokenTtlSeconds ?? 1800) * 1000;
    this.channelId = options.channelId ?? 'webchat';
    this.maxActivities = options.maxActivities ?? 500;
    this.botTimeoutMs = options.botTimeoutMs ?? 15_000;
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** A new conversation and a token for it (what a token endpoint hands the page). */
  issueToken(): DirectLineToken {
    const conversation: Conversation = {
      id: randomId(18), user: { id: `web_${randomId(12)}`, role: 'user' }, activities: [], offset: 0,
      started: false, sockets: new Set(), expiresAt: 0,
    };
    this.conversations.set(conversation.id, conversation);
    return this.grant(conversation);
  }

  get conversationCount(): number {
    return this.conversations.size;
  }

  register(server: restify.Server): void {
    server.post(`${DIRECT_LINE_PREFIX}/conversations`, async (req, res) => this.guard(res, () => this.start(req, res)));
    server.get(`${DIRECT_LINE_PREFIX}/conversations/:conversationId`, async (req, res) => this.guard(res, () => this.reconnect(req, res)));
    server.post(`${DIRECT_LINE_PREFIX}/conversations/:conversationId/activities`, async (req, res) => this.guard(res, () => this.postFromUser(req, res)));
    server.get(`${DIRECT_LINE_PREFIX}/conversations/:conversationId/activities`, async (req, res) => this.guard(res, () => this.list(req, res)));
    server.post(`${DIRECT_LINE_PREFIX}/tokens/refresh`, async (req, res) => this.guard(res, () => this.refresh(req, res)));

    const connector = `${CONNECTOR_PREFIX}/v3/conversations/:conversationId`;
    server.post(`${connector}/activities`, async (req, res) => this.guard(res, () => this.postFromBot(req, res)));
    server.post(`${connector}/activities/:activityId`, async (req, res) => this.guard(res, () => this.postFromBot(req, res)));
    server.put(`${connector}/activities/:activityId`, async (req, res) => this.guard(res, () => this.updateFromBot(req, res)));
    server.del(`${connector}/activities/:activityId`, async (req, res) => this.guard(res, () => this.fromLoopback(req, res, () => res.send(200, {}))));
    server.get(`${connector}/members`, async (req, res) => this.guard(res, () => this.members(req, res)));

    server.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(req, socket, head));
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const conversation of this.conversations.values()) for (const ws of conversation.sockets) ws.terminate();
    this.sockets.close();
  }

  // ---- the page's side ----

  private async start(req: restify.Request, res: restify.Response): Promise<void> {
    const conversation = this.authorised(req, res);
    if (!conversation) return;
    res.send(201, { ...this.grant(conversation, this.bearer(req)), streamUrl: this.streamUrl(req, conversation) });
    if (conversation.started) return;
    conversation.started = true;
    // The bot and the user join: the bot's welcome is its answer to this.
    const update: DirectLineActivity = {
      type: 'conversationUpdate',
      membersAdded: [{ id: this.options.botId, name: this.options.botName }, { id: conversation.user.id }],
    };
    await this.toBot(conversation, update);
  }

  private reconnect(req: restify.Request, res: restify.Response): void {
    const conversation = this.authorised(req, res);
    if (!conversation) return;
    res.send(200, { ...this.grant(conversation, this.bearer(req)), streamUrl: this.streamUrl(req, conversation) });
  }

  private async postFromUser(req: restify.Request, res: restify.Response): Promise<void> {
    const conversation = this.authorised(req, res);
    if (!conversation) return;
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || typeof (body as { type?: unknown }).type !== 'string') {
      res.send(400, { error: { code: 'BadArgument', message: 'the body must be an activity' } });
      return;
    }
    const posted = body as DirectLineActivity;
    // The token says who the user is; a page cannot speak as someone else.
    const activity: DirectLineActivity = { ...posted, from: { ...posted.from, id: conversation.user.id, role: 'user' } };
    const id = this.append(conversation, activity);
    const ok = await this.toBot(conversation, this.stored(conversation, id));
    if (ok) res.send(200, { id });
    else res.send(502, { error: { code: 'BotError', message: 'the bot did not take the activity' } });
  }

  private list(req: restify.Request, res: restify.Response): void {
    const conversation = this.authorised(req, res);
    if (!conversation) return;
    res.send(200, this.since(conversation, Number(req.query?.watermark ?? 0)));
  }

  private refresh(req: restify.Request, res: restify.Response): void {
    const conversation = this.authorised(req, res);
    if (!conversation) return;
    this.tokens.delete(this.bearer(req));
    res.send(200, this.grant(conversation));
  }

  // ---- the bot's side ----

  private postFromBot(req: restify.Request, res: restify.Response): void {
    this.fromLoopback(req, res, () => {
      const conversation = this.conversations.get(String(req.params.conversationId));
      if (!conversation) {
        res.send(404, { error: { code: 'ConversationNotFound', message: 'no such conversation' } });
        return;
      }
      const activity = req.body as DirectLineActivity;
      res.send(200, { id: this.append(conversation, { ...activity, replyToId: activity.replyToId ?? req.params.activityId }) });
    });
  }

  private updateFromBot(req: restify.Request, res: restify.Response): void {
    this.fromLoopback(req, res, () => {
      const conversation = this.conversations.get(String(req.params.conversationId));
      const index = conversation?.activities.findIndex((a) => a.id === req.params.activityId) ?? -1;
      if (!conversation || index < 0) {
        res.send(404, { error: { code: 'ActivityNotFound', message: 'no such activity' } });
        return;
      }
      const updated = { ...conversation.activities[index], ...(req.body as DirectLineActivity), id: req.params.activityId };
      conversation.activities[index] = updated;
      this.push(conversation, [updated]);
      res.send(200, { id: req.params.activityId });
    });
  }

  private members(req: restify.Request, res: restify.Response): void {
    this.fromLoopback(req, res, () => {
      const conversation = this.conversations.get(String(req.params.conversationId));
      res.send(conversation ? 200 : 404, conversation ? [conversation.user, { id: this.options.botId, name: this.options.botName }] : []);
    });
  }

  /** Only the bot, on this machine, may speak for the bot. */
  private fromLoopback(req: restify.Request, res: restify.Response, handle: () => void): void {
    const address = req.socket.remoteAddress ?? '';
    if (address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1') handle();
    else res.send(403, { error: { code: 'Forbidden', message: 'the connector routes take requests from the bot only' } });
  }

  // ---- activities ----

  private append(conversation: Conversation, activity: DirectLineActivity): string {
    const watermark = conversation.offset + conversation.activities.length;
    const id = `${conversation.id}|${String(watermark).padStart(7, '0')}`;
    const stored: DirectLineActivity = {
      ...activity,
      id,
      channelId: this.channelId,
      conversation: { id: conversation.id },
      timestamp: new Date().toISOString(),
    };
    if (stored.type === 'message' || stored.type === 'typing' || stored.type === 'event') {
      conversation.activities.push(stored);
      if (conversation.activities.length > this.maxActivities) {
        conversation.activities.shift();
        conversation.offset += 1;
      }
      this.push(conversation, [stored]);
    }
    return id;
  }

  private stored(conversation: Conversation, id: string): DirectLineActivity {
    return conversation.activities.find((a) => a.id === id) ?? { type: 'message', id };
  }

  private since(conversation: Conversation, watermark: number): { activities: DirectLineActivity[]; watermark: string } {
    const from = Math.max(0, (Number.isFinite(watermark) ? watermark : 0) - conversation.offset);
    return { activities: conversation.activities.slice(from), watermark: String(conversation.offset + conversation.activities.length) };
  }

  private push(conversation: Conversation, activities: DirectLineActivity[]): void {
    const message = JSON.stringify({ activities, watermark: String(conversation.offset + conversation.activities.length) });
    for (const ws of conversation.sockets) if (ws.readyState === WebSocket.OPEN) ws.send(message);
  }

  /** Posts an activity to the bot as a channel does. False when the bot failed or did not answer. */
  private async toBot(conversation: Conversation, activity: DirectLineActivity): Promise<boolean> {
    const outgoing: DirectLineActivity = {
      ...activity,
      id: activity.id ?? `${conversation.id}|update-${randomId(6)}`,
      channelId: this.channelId,
      serviceUrl: this.options.serviceUrl(),
      conversation: { id: conversation.id },
      from: activity.from ?? conversation.user,
      recipient: { id: this.options.botId, name: this.options.botName, role: 'bot' },
      timestamp: activity.timestamp ?? new Date().toISOString(),
    };
    try {
      const res = await fetch(this.options.botEndpoint(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(outgoing),
        signal: AbortSignal.timeout(this.botTimeoutMs),
      });
      await res.arrayBuffer();
      if (!res.ok) this.options.logger.warn('direct line: the bot answered an error', { status: res.status, activityType: activity.type });
      return res.ok;
    } catch (error) {
      this.options.logger.error('direct line: the bot could not be reached', { error: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  // ---- tokens and the stream ----

  private grant(conversation: Conversation, replacing?: string): DirectLineToken {
    const reuse = replacing ? this.tokens.get(replacing) : undefined;
    const token = reuse && replacing ? replacing : randomId(32);
    const expiresAt = reuse?.expiresAt ?? Date.now() + this.ttlMs;
    this.tokens.set(token, { conversationId: conversation.id, expiresAt });
    conversation.expiresAt = Math.max(conversation.expiresAt, expiresAt);
    return { conversationId: conversation.id, token, expires_in: Math.round((expiresAt - Date.now()) / 1000), userId: conversation.user.id };
  }

  private bearer(req: IncomingMessage): string {
    const header = req.headers.authorization ?? '';
    return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  }

  /** The conversation a valid token opens, or an answer saying why not (as Direct Line words it). */
  private authorised(req: restify.Request, res: restify.Response): Conversation | undefined {
    const conversation = this.byToken(this.bearer(req), req.params?.conversationId as string | undefined);
    if (conversation === 'expired') res.send(403, { error: { code: 'TokenExpired', message: 'the token has expired' } });
    else if (!conversation) res.send(403, { error: { code: 'BadArgument', message: 'a valid token is needed' } });
    return typeof conversation === 'object' ? conversation : undefined;
  }

  private byToken(token: string, conversationId?: string): Conversation | 'expired' | undefined {
    const grant = token ? this.tokens.get(token) : undefined;
    if (!grant) return undefined;
    if (grant.expiresAt <= Date.now()) return 'expired';
    if (conversationId !== undefined && conversationId !== grant.conversationId) return undefined;
    return this.conversations.get(grant.conversationId);
  }

  private streamUrl(req: IncomingMessage, conversation: Conversation): string {
    // As the page reaches this server (a proxy in front says so in X-Forwarded-*).
    const forwardedProto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim();
    const secure = forwardedProto ? forwardedProto === 'https' : (req.socket as { encrypted?: boolean }).encrypted === true;
    const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? 'localhost').split(',')[0].trim();
    const token = this.bearer(req);
    return `${secure ? 'wss' : 'ws'}://${host}${DIRECT_LINE_PREFIX}/conversations/${encodeURIComponent(conversation.id)}/stream?t=${encodeURIComponent(token)}`;
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return; // someone else's upgrade, or none: leave the socket alone
    const conversation = this.byToken(url.searchParams.get('t') ?? '', decodeURIComponent(match[1]));
    if (typeof conversation !== 'object') {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    this.sockets.handleUpgrade(req, socket, head, (ws) => {
      conversation.sockets.add(ws);
      ws.on('close', () => conversation.sockets.delete(ws));
      ws.on('error', () => conversation.sockets.delete(ws));
      // Whatever the bot said before the page connected (the welcome) comes first.
      const watermark = Number(url.searchParams.get('watermark') ?? 0);
      const backlog = this.since(conversation, watermark);
      if (backlog.activities.length > 0) ws.send(JSON.stringify(backlog));
    });
  }

  private sweep(): void {
    const now = Date.now();
    for (const [token, grant] of this.tokens) if (grant.expiresAt <= now) this.tokens.delete(token);
    for (const [id, conversation] of this.conversations) {
      if (conversation.expiresAt <= now) {
        for (const ws of conversation.sockets) ws.close();
        this.conversations.delete(id);
      }
    }
  }

  /** Runs a route, turning any failure into a 500 instead of an unhandled rejection. */
  private async guard(res: restify.Response, handle: () => void | Promise<void>): Promise<void> {
    await Promise.resolve().then(handle).catch((error: unknown) => {
      this.options.logger.error('direct line: request failed', { error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) res.send(500, { error: { code: 'ServiceError', message: 'internal error' } });
    });
  }
}
