// Spam protection for the public form without outside services: per-IP and per-phone limits, and a
// proof-of-work challenge once a source gets noisy.
import { WindowCounter } from './window-counter.js';

export interface IntakeGuardPolicy {
  /** Submissions per IP per hour before a proof-of-work challenge is required. */
  challengeAfterPerIp: number;
  /** Hard limits per hour. */
  maxPerIp: number;
  maxPerPhone: number;
}

export const defaultIntakeGuardPolicy: IntakeGuardPolicy = { challengeAfterPerIp: 5, maxPerIp: 60, maxPerPhone: 6 };

export type GuardVerdict = 'allow' | 'challenge' | 'limit_ip' | 'limit_phone';

export class IntakeGuard {
  private readonly byIp = new WindowCounter(3_600_000);
  private readonly byPhone = new WindowCounter(3_600_000);
  /** Solved challenges already spent: each proof of work buys one request. */
  private readonly spent = new WindowCounter(3_600_000);

  constructor(readonly policy: IntakeGuardPolicy = defaultIntakeGuardPolicy) {}

  /** Decides before the request is counted; `record` counts it once accepted. */
  check(ip: string, phone: string, hasSolvedChallenge: boolean, now = Date.now()): GuardVerdict {
    const ipCount = this.byIp.peek(ip, now);
    if (ipCount >= this.policy.maxPerIp) return 'limit_ip';
    if (this.byPhone.peek(phone, now) >= this.policy.maxPerPhone) return 'limit_phone';
    if (ipCount >= this.policy.challengeAfterPerIp && !hasSolvedChallenge) return 'challenge';
    return 'allow';
  }

  /** True the first time a solved challenge is presented; false for a replay. */
  spendChallenge(signature: string, now = Date.now()): boolean {
    return this.spent.hit(signature, now) === 1;
  }

  record(ip: string, phone: string, now = Date.now()): void {
    this.byIp.hit(ip, now);
    this.byPhone.hit(phone, now);
  }
}
