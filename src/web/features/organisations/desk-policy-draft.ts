// The desk policy form's boxes: what they hold (text, and a unit for durations), and the checks the server would
// make, so each box can say what is wrong with it before anything is sent.
import type { DeskPolicyView, UpdateDeskPolicyBody } from '../../../shared/contracts/organisations.js';
import { priorities, type Priority } from '../../../shared/enums.js';

export type DurationUnit = 'minutes' | 'hours';
export const durationUnits: readonly DurationUnit[] = ['minutes', 'hours'];

export interface DurationDraft {
  amount: string;
  unit: DurationUnit;
}

export const triageFields = [
  'criticalSpo2Below',
  'highSpo2Below',
  'criticalTransfusionHours',
  'highTransfusionHours',
  'elderlyAge',
] as const;
export type TriageField = (typeof triageFields)[number];

export interface DeskPolicyDraft {
  targets: Record<Priority, { firstResponse: DurationDraft; fulfil: DurationDraft }>;
  /** The near-target share as a percentage, 10 to 99. */
  nearTargetPercent: string;
  claimIdle: DurationDraft;
  triage: Record<TriageField, string>;
}

/** What is wrong with one box. Durations are in minutes. */
export type DraftProblem =
  | { kind: 'required' }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'durationRange'; min: number; max: number }
  | { kind: 'fulfilBeforeResponse'; minutes: number }
  | { kind: 'atLeast'; value: number };

/** The limits the server holds to (domain/cases/desk-policy.ts and the contract), in minutes for durations. */
export const limits = {
  firstResponseMinutes: { min: 1, max: 10_080 },
  fulfilMinutes: { min: 1, max: 43_200 },
  claimIdleMinutes: { min: 5, max: 1_440 },
  nearTargetPercent: { min: 10, max: 99 },
  triage: {
    criticalSpo2Below: { min: 50, max: 100 },
    highSpo2Below: { min: 50, max: 100 },
    criticalTransfusionHours: { min: 0, max: 720 },
    highTransfusionHours: { min: 0, max: 720 },
    elderlyAge: { min: 40, max: 100 },
  },
} as const;

/** Whole hours are shown in hours, anything else in minutes. */
export function durationDraft(minutes: number): DurationDraft {
  return minutes >= 60 && minutes % 60 === 0
    ? { amount: String(minutes / 60), unit: 'hours' }
    : { amount: String(minutes), unit: 'minutes' };
}

export function draftOf(policy: DeskPolicyView): DeskPolicyDraft {
  const target = (p: Priority) => ({
    firstResponse: durationDraft(policy.targets[p].firstResponseMinutes),
    fulfil: durationDraft(policy.targets[p].fulfilMinutes),
  });
  return {
    targets: { critical: target('critical'), high: target('high'), normal: target('normal') },
    nearTargetPercent: String(Math.round(policy.nearTargetShare * 100)),
    claimIdle: durationDraft(policy.claimIdleMinutes),
    triage: {
      criticalSpo2Below: String(policy.triage.criticalSpo2Below),
      highSpo2Below: String(policy.triage.highSpo2Below),
      criticalTransfusionHours: String(policy.triage.criticalTransfusionHours),
      highTransfusionHours: String(policy.triage.highTransfusionHours),
      elderlyAge: String(policy.triage.elderlyAge),
    },
  };
}

const wholeNumber = (text: string): number | null => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : null);

export function minutesOf(duration: DurationDraft): number | null {
  const amount = wholeNumber(duration.amount);
  if (amount === null) return null;
  return duration.unit === 'hours' ? amount * 60 : amount;
}

/**
 * The body to send, or the problems keyed by the field's path in that body (the paths the server names in its
 * own validation errors, so both land under the same box).
 */
export function readDraft(draft: DeskPolicyDraft): {
  body: Required<Pick<UpdateDeskPolicyBody, 'targets' | 'triage' | 'claimIdleMinutes' | 'nearTargetShare'>> | null;
  problems: Record<string, DraftProblem>;
} {
  const problems: Record<string, DraftProblem> = {};
  const number = (path: string, text: string, range: { min: number; max: number }): number => {
    const value = wholeNumber(text);
    if (value === null) problems[path] = text.trim() === '' ? { kind: 'required' } : { kind: 'range', ...range };
    else if (value < range.min || value > range.max) problems[path] = { kind: 'range', ...range };
    return value ?? 0;
  };
  const duration = (path: string, d: DurationDraft, range: { min: number; max: number }): number => {
    const value = minutesOf(d);
    if (value === null)
      problems[path] = d.amount.trim() === '' ? { kind: 'required' } : { kind: 'durationRange', ...range };
    else if (value < range.min || value > range.max) problems[path] = { kind: 'durationRange', ...range };
    return value ?? 0;
  };

  const target = (p: Priority) => {
    const firstResponseMinutes = duration(
      `targets.${p}.firstResponseMinutes`,
      draft.targets[p].firstResponse,
      limits.firstResponseMinutes,
    );
    const fulfilPath = `targets.${p}.fulfilMinutes`;
    const fulfilMinutes = duration(fulfilPath, draft.targets[p].fulfil, limits.fulfilMinutes);
    if (
      !problems[fulfilPath] &&
      !problems[`targets.${p}.firstResponseMinutes`] &&
      fulfilMinutes < firstResponseMinutes
    ) {
      problems[fulfilPath] = { kind: 'fulfilBeforeResponse', minutes: firstResponseMinutes };
    }
    return { firstResponseMinutes, fulfilMinutes };
  };
  const targets = { critical: target('critical'), high: target('high'), normal: target('normal') };

  const nearTargetPercent = number('nearTargetShare', draft.nearTargetPercent, limits.nearTargetPercent);
  const claimIdleMinutes = duration('claimIdleMinutes', draft.claimIdle, limits.claimIdleMinutes);
  const triage = Object.fromEntries(
    triageFields.map((field) => [field, number(`triage.${field}`, draft.triage[field], limits.triage[field])]),
  ) as Record<TriageField, number>;
  if (
    !problems['triage.highSpo2Below'] &&
    !problems['triage.criticalSpo2Below'] &&
    triage.highSpo2Below < triage.criticalSpo2Below
  ) {
    problems['triage.highSpo2Below'] = { kind: 'atLeast', value: triage.criticalSpo2Below };
  }

  if (Object.keys(problems).length > 0) return { body: null, problems };
  return {
    body: { targets, triage, claimIdleMinutes, nearTargetShare: nearTargetPercent / 100 },
    problems,
  };
}

/** Every priority, in the order the desk ranks them. */
export const policyPriorities: readonly Priority[] = priorities;
