// A small local channel, as the Emulator is one: the bot sends its replies to this server's
// URL (the activity's serviceUrl), and the test reads them here.
import * as http from 'http';
import { AddressInfo } from 'net';

export interface RecordedReply {
  method: string;
  path: string;
  activity: {
    type: string;
    text?: string;
    channelData?: { kbId?: string; intent?: string; score?: number };
    suggestedActions?: { actions: { type: string; title: string; value: string }[] };
    replyToId?: string;
    conversation?: { id: string };
  };
}

export class RecordingChannel {
  readonly replies: RecordedReply[] = [];
  private server?: http.Server;
  /** Set to make the channel answer every reply with this status (a broken channel). */
  failWith?: number;
  /** Set to make the channel never answer (a hanging channel). */
  hang = false;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
      req.on('end', () => {
        if (this.hang) return;
        if (this.failWith) {
          res.statusCode = this.failWith;
          res.end();
          return;
        }
        try {
          this.replies.push({ method: req.method ?? '', path: req.url ?? '', activity: JSON.parse(body || '{}') as RecordedReply['activity'] });
        } catch {
          this.replies.push({ method: req.method ?? '', path: req.url ?? '', activity: { type: 'unparseable' } });
        }
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `reply-${this.replies.length}` }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  /** Replies to one conversation, taken out of the record. */
  take(conversationId: string): RecordedReply[] {
    const mine = this.replies.filter((r) => r.path.includes(`/v3/conversations/${encodeURIComponent(conversationId)}/`));
    for (const r of mine) this.replies.splice(this.replies.indexOf(r), 1);
    return mine.filter((r) => r.activity.type === 'message');
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
