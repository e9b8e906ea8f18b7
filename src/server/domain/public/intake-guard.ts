// Spam protection for the public form without outside services: per-IP and per-phone limits, and a proof-of-work
// challenge once a source gets noisy. The rule, given this request's place in its windows.

export interface IntakeGuardPolicy {
  /** Submissions per IP per hour before a proof-of-work challenge is required. */
  challengeAfterPerIp: number;
  /** Hard limits per hour. */
  maxPerIp: number;
  maxPerPhone: number;
}

export const defaultIntakeGuardPolicy: IntakeGuardPolicy = { challengeAfterPerIp: 5, maxPerIp: 60, maxPerPhone: 6 };

export const intakeWindowMs = 3_600_000;

export type GuardVerdict = 'allow' | 'challenge' | 'limit_ip' | 'limit_phone';

/**
 * Judges a request already counted (`ipCount` and `phoneCount` include it), so requests arriving at once are each
 * judged by their own place in the count. Refused attempts count too: they are what a limit is for.
 */
export function judgeIntake(
  counts: { ipCount: number; phoneCount: number },
  hasSolvedChallenge: boolean,
  policy: IntakeGuardPolicy = defaultIntakeGuardPolicy,
): GuardVerdict {
  if (counts.ipCount > policy.maxPerIp) return 'limit_ip';
  if (counts.phoneCount > policy.maxPerPhone) return 'limit_phone';
  if (counts.ipCount > policy.challengeAfterPerIp && !hasSolvedChallenge) return 'challenge';
  return 'allow';
}
