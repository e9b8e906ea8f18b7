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

  constructor(readonly policy: IntakeGuardPolicy = defaultIntakeGuardPolicy) {}

  /**
   * Counts this attempt, then judges it against the counts including it, in one synchronous step: requests arriving
   * at once are each counted before any is let through. Refused attempts count too; they are what a limit is for.
   */
  admit(ip: string, phone: string, hasSolvedChallenge: boolean, now = Date.now()): GuardVerdict {
    const ipCount = this.byIp.hit(ip, now);
    const phoneCount = this.byPhone.hit(phone, now);
    if (ipCount > this.policy.maxPerIp) return 'limit_ip';
    if (phoneCount > this.policy.maxPerPhone) return 'limit_phone';
    if (ipCount > this.policy.challengeAfterPerIp && !hasSolvedChallenge) return 'challenge';
    return 'allow';
  }
}
