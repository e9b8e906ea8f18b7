// The blood policy form's state: numbers as typed, read back into a request body. The relations between fields are
// checked by the same rule the server applies (shared/blood-policy-checks.ts); bounds of single fields by the server,
// whose 400 names the box.
import type { BloodPolicyView, UpdateBloodPolicyBody } from '../../../shared/contracts/blood-reports.js';
import { bloodPolicyProblems, type PolicyProblem } from '../../../shared/blood-policy-checks.js';
import type { ContestedDeferralClause } from '../../../shared/enums.js';

export const widenPriorities = ['critical', 'high', 'normal'] as const;
export const radiusParts = ['start', 'step', 'max'] as const;

export interface BloodPolicyDraft {
  asksPerUnit: string;
  maxAsksPer30Days: string;
  widenAfterMinutes: Record<(typeof widenPriorities)[number], string>;
  radiusKm: Record<(typeof radiusParts)[number], string>;
  quietHours: { from: string; to: string };
  unverifiedOnlyWhenNoVerified: boolean;
  contestedClauses: ContestedDeferralClause[];
  convalescentPlasma: boolean;
}

export type DraftProblem = { kind: 'required' } | { kind: 'rule'; problem: PolicyProblem };

export function draftOf(policy: BloodPolicyView): BloodPolicyDraft {
  return {
    asksPerUnit: String(policy.asksPerUnit),
    maxAsksPer30Days: String(policy.maxAsksPer30Days),
    widenAfterMinutes: {
      critical: String(policy.widenAfterMinutes.critical),
      high: String(policy.widenAfterMinutes.high),
      normal: String(policy.widenAfterMinutes.normal),
    },
    radiusKm: {
      start: String(policy.radiusKm.start),
      step: String(policy.radiusKm.step),
      max: String(policy.radiusKm.max),
    },
    quietHours: { from: String(policy.quietHours.from), to: String(policy.quietHours.to) },
    unverifiedOnlyWhenNoVerified: policy.unverifiedOnlyWhenNoVerified,
    contestedClauses: [...policy.contestedClauses],
    convalescentPlasma: policy.convalescentPlasma,
  };
}

/** The body to send, or the problems keyed by the field's path in the body (as the server names them). */
export function readDraft(draft: BloodPolicyDraft): {
  body: UpdateBloodPolicyBody | null;
  problems: Record<string, DraftProblem>;
} {
  const problems: Record<string, DraftProblem> = {};
  const whole = (path: string, value: string): number => {
    if (!/^\d{1,4}$/.test(value.trim())) {
      problems[path] = { kind: 'required' };
      return 0;
    }
    return Number(value.trim());
  };
  const body = {
    asksPerUnit: whole('asksPerUnit', draft.asksPerUnit),
    maxAsksPer30Days: whole('maxAsksPer30Days', draft.maxAsksPer30Days),
    widenAfterMinutes: {
      critical: whole('widenAfterMinutes.critical', draft.widenAfterMinutes.critical),
      high: whole('widenAfterMinutes.high', draft.widenAfterMinutes.high),
      normal: whole('widenAfterMinutes.normal', draft.widenAfterMinutes.normal),
    },
    radiusKm: {
      start: whole('radiusKm.start', draft.radiusKm.start),
      step: whole('radiusKm.step', draft.radiusKm.step),
      max: whole('radiusKm.max', draft.radiusKm.max),
    },
    quietHours: {
      from: whole('quietHours.from', draft.quietHours.from),
      to: whole('quietHours.to', draft.quietHours.to),
    },
    unverifiedOnlyWhenNoVerified: draft.unverifiedOnlyWhenNoVerified,
    contestedClauses: [...draft.contestedClauses].sort(),
    convalescentPlasma: draft.convalescentPlasma,
  } satisfies UpdateBloodPolicyBody;
  if (Object.keys(problems).length === 0) {
    for (const problem of bloodPolicyProblems(body)) problems[problem.field] ??= { kind: 'rule', problem };
  }
  return { body: Object.keys(problems).length === 0 ? body : null, problems };
}
