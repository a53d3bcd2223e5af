// Talks to a running bot as a channel does (the Emulator's way): activities posted to
// /api/messages with the serviceUrl of a RecordingChannel, replies read back from it.
import { RecordedReply, RecordingChannel } from './recordingChannel';

let seq = 0;

export class ChannelClient {
  constructor(readonly channel: RecordingChannel, readonly serviceUrl: string, public base: string) {}

  activity(conversation: string, fields: Record<string, unknown>): Record<string, unknown> {
    return {
      channelId: 'emulator', id: `act-${++seq}`, timestamp: new Date().toISOString(), serviceUrl: this.serviceUrl,
      from: { id: `user-${conversation}`, name: 'User', role: 'user' },
      recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
      conversation: { id: conversation }, locale: 'zh-CN', ...fields,
    };
  }

  async post(body: unknown, contentType = 'application/json', base = this.base): Promise<Response> {
    return fetch(`${base}/api/messages`, {
      method: 'POST', headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : body instanceof Buffer ? new Blob([new Uint8Array(body)]) : JSON.stringify(body),
    });
  }

  /** Sends a message and returns the HTTP status and the replies it caused. */
  async say(conversation: string, text: string, base = this.base): Promise<{ status: number; replies: RecordedReply[] }> {
    const res = await this.post(this.activity(conversation, { type: 'message', text }), 'application/json', base);
    await res.arrayBuffer();
    return { status: res.status, replies: this.channel.take(conversation) };
  }
}
