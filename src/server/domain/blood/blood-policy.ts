// An organisation's blood policy: how outreach asks donors without exhausting them, whether unverified donors are
// asked, the contested 2017 clauses, convalescent plasma. Defaults from issue #12; an organisation may override any
// (organisation_blood_settings.policy).
import { z } from 'zod';
import { contestedDeferralClauses } from '../../../shared/enums.js';

const perPriority = z.object({
  critical: z.number().int().min(1).max(1440),
  high: z.number().int().min(1).max(1440),
  normal: z.number().int().min(1).max(1440),
});

export const bloodPolicySchema = z.object({
  /** A wave asks at most this many donors per unit still needed. */
  asksPerUnit: z.number().int().min(1).max(20),
  /** Minutes without enough YESes before the next wave widens the radius. */
  widenAfterMinutes: perPriority,
  /** The first wave's radius around the patient, each widening's step, and the furthest it goes (km). */
  radiusKm: z.object({
    start: z.number().min(1).max(200),
    step: z.number().min(1).max(200),
    max: z.number().min(1).max(1000),
  }),
  /** A donor (by phone, across organisations) is asked at most this many times in 30 days. */
  maxAsksPer30Days: z.number().int().min(1).max(30),
  /** Kolkata hours between which no one is asked unless the case is critical: from 22 to 7 is 22:00–07:00. */
  quietHours: z.object({ from: z.number().int().min(0).max(23), to: z.number().int().min(0).max(23) }),
  /** Unverified donors are asked only when no verified eligible donor is within reach. */
  unverifiedOnlyWhenNoVerified: z.boolean(),
  /** The contested 2017 permanent-deferral clauses this organisation applies: none unless set. */
  contestedClauses: z.array(z.enum(contestedDeferralClauses)),
  /** Convalescent plasma (ICMR 2020): dropped from India's guidelines on 17 May 2021, so off unless switched on. */
  convalescentPlasma: z.boolean(),
});
export type BloodPolicy = z.infer<typeof bloodPolicySchema>;

export const defaultBloodPolicy: BloodPolicy = {
  asksPerUnit: 3,
  widenAfterMinutes: { critical: 10, high: 60, normal: 60 },
  radiusKm: { start: 10, step: 10, max: 50 },
  maxAsksPer30Days: 2,
  quietHours: { from: 22, to: 7 },
  unverifiedOnlyWhenNoVerified: true,
  contestedClauses: [],
  convalescentPlasma: false,
};

/** An organisation's stored overrides laid over the defaults; unreadable overrides fall back to the defaults. */
export function resolveBloodPolicy(overrides: unknown): BloodPolicy {
  const o = (overrides ?? {}) as Partial<BloodPolicy>;
  const merged = {
    ...defaultBloodPolicy,
    ...o,
    widenAfterMinutes: { ...defaultBloodPolicy.widenAfterMinutes, ...(o.widenAfterMinutes ?? {}) },
    radiusKm: { ...defaultBloodPolicy.radiusKm, ...(o.radiusKm ?? {}) },
    quietHours: { ...defaultBloodPolicy.quietHours, ...(o.quietHours ?? {}) },
  };
  const parsed = bloodPolicySchema.safeParse(merged);
  return parsed.success ? parsed.data : defaultBloodPolicy;
}
