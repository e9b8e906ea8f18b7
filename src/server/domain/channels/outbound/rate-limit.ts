// A token bucket per provider account, so bursts stay inside what the provider accepts (WhatsApp's and
// Twilio's per-second limits). Pure: the caller passes the time; nothing here reads a clock or sleeps.

export interface TokenBucketOptions {
  /** Tokens added per second: the sustained sending rate. */
  ratePerSecond: number;
  /** Most tokens held at once: how many may go in a burst after a quiet spell. */
  burst: number;
}

export class TokenBucket {
  readonly ratePerSecond: number;
  readonly burst: number;
  private tokens: number;
  private last: number | null = null;

  constructor({ ratePerSecond, burst }: TokenBucketOptions) {
    if (!(ratePerSecond > 0) || !Number.isFinite(ratePerSecond)) throw new RangeError('ratePerSecond must be > 0');
    if (!(burst >= 1) || !Number.isFinite(burst)) throw new RangeError('burst must be ≥ 1');
    this.ratePerSecond = ratePerSecond;
    this.burst = burst;
    this.tokens = burst;
  }

  private refill(now: number): void {
    if (this.last === null) {
      this.last = now;
      return;
    }
    // A clock stepping back adds nothing (and takes nothing away).
    const elapsed = Math.max(0, now - this.last);
    this.tokens = Math.min(this.burst, this.tokens + (elapsed / 1000) * this.ratePerSecond);
    this.last = Math.max(this.last, now);
  }

  /** Takes a token if one is there and returns 0; otherwise takes nothing and returns ms until one will be. */
  take(now: number | Date): number {
    const at = typeof now === 'number' ? now : now.getTime();
    this.refill(at);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.ratePerSecond) * 1000);
  }

  /** Tokens available at `now`, without taking one. */
  available(now: number | Date): number {
    this.refill(typeof now === 'number' ? now : now.getTime());
    return this.tokens;
  }
}
