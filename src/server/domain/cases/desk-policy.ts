// Time targets, triage thresholds and claim idle time. Defaults from the issue; an organisation may
// override any of them (organisation_desk_settings.policy).
import { z } from 'zod';
import type { Priority } from '../../../shared/enums.js';

const target = z.object({
  firstResponseMinutes: z.number().int().min(1).max(10_080),
  fulfilMinutes: z.number().int().min(1).max(43_200),
});

export const deskPolicySchema = z.object({
  targets: z.object({ critical: target, high: target, normal: target }),
  triage: z.object({
    /** SpO2 below this is critical. */
    criticalSpo2Below: z.number().int().min(50).max(100),
    /** SpO2 below this (and not critical) is high. */
    highSpo2Below: z.number().int().min(50).max(100),
    /** A thalassemia transfusion due within this many hours is critical, within `highTransfusionHours` high. */
    criticalTransfusionHours: z.number().int().min(0),
    highTransfusionHours: z.number().int().min(0),
    elderlyAge: z.number().int().min(40).max(100),
  }),
  claimIdleMinutes: z.number().int().min(5).max(1440),
  /** Share of the target used after which the queue flags a case as near its target. */
  nearTargetShare: z.number().min(0.1).max(0.99),
});
export type DeskPolicy = z.infer<typeof deskPolicySchema>;

export const defaultDeskPolicy: DeskPolicy = {
  targets: {
    critical: { firstResponseMinutes: 10, fulfilMinutes: 30 },
    high: { firstResponseMinutes: 15, fulfilMinutes: 120 },
    normal: { firstResponseMinutes: 60, fulfilMinutes: 1440 },
  },
  triage: {
    criticalSpo2Below: 90,
    highSpo2Below: 94,
    criticalTransfusionHours: 24,
    highTransfusionHours: 72,
    elderlyAge: 60,
  },
  claimIdleMinutes: 30,
  nearTargetShare: 0.75,
};

/** An organisation's stored overrides laid over the defaults; unreadable overrides fall back to defaults. */
export function resolveDeskPolicy(overrides: unknown): DeskPolicy {
  const o = (overrides ?? {}) as Partial<DeskPolicy>;
  const merged = {
    ...defaultDeskPolicy,
    ...o,
    targets: { ...defaultDeskPolicy.targets, ...(o.targets ?? {}) },
    triage: { ...defaultDeskPolicy.triage, ...(o.triage ?? {}) },
  };
  const parsed = deskPolicySchema.safeParse(merged);
  return parsed.success ? parsed.data : defaultDeskPolicy;
}

export const priorityRank: Record<Priority, number> = { critical: 0, high: 1, normal: 2 };
