// Token buckets by key: a burst is allowed, then a steady rate. Used per conversation (a user
// pasting in a loop gets a polite reply) and per client address (a script hammering the server gets
// 429). Buckets of keys not seen for a while are forgotten, so memory stays bounded.
export interface RateLimit {
  /** Requests a minute, sustained; 0 turns the limit off. */
  perMinute: number;
  /** Requests allowed at once before the rate applies. */
  burst: number;
}

interface Bucket { tokens: number; at: number }

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly sweeper?: NodeJS.Timeout;

  constructor(private readonly limit: RateLimit, private readonly now: () => number = Date.now) {
    if (limit.perMinute > 0) {
      this.sweeper = setInterval(() => this.sweep(), 60_000);
      this.sweeper.unref();
    }
  }

  /** Takes one token for the key; false when the key is over its limit. */
  take(key: string): boolean {
    if (this.limit.perMinute <= 0) return true;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 60_000) * this.limit.perMinute);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Seconds until the key may try again. */
  retryAfter(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket || this.limit.perMinute <= 0) return 0;
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * 60) / this.limit.perMinute));
  }

  close(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = this.now();
    // A bucket full again says nothing the default would not.
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 60_000) * this.limit.perMinute >= this.limit.burst) this.buckets.delete(key);
    }
  }
}
