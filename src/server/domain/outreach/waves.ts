// How outreach grows without flooding: each wave asks at most K donors per unit still needed (less those still
// awaiting an answer), and when no one has said yes in time (10 minutes for a critical case, an hour otherwise)
// the next wave reaches a step further, up to the policy's furthest radius. A non-critical case does not widen in
// the quiet hours: its asks wait for the morning, so the clock starts when they go out.
import type { Priority } from '../../../shared/enums.js';
import type { BloodPolicy } from '../blood/blood-policy.js';
import { quietHoursEnd } from './send-time.js';

/** The radius of wave `wave` (1 for the first), never beyond the policy's furthest. */
export function waveRadiusKm(wave: number, policy: Pick<BloodPolicy, 'radiusKm'>): number {
  const { start, step, max } = policy.radiusKm;
  return Math.min(max, start + Math.max(0, wave - 1) * step);
}

export interface WaveSizeInput {
  asksPerUnit: number;
  unitsStillNeeded: number;
  /** Asks queued or sent for this need and not answered yet. */
  awaitingAnswer: number;
}

export function waveSize(input: WaveSizeInput): number {
  return Math.max(0, input.asksPerUnit * Math.max(0, input.unitsStillNeeded) - input.awaitingAnswer);
}

/** When the wave sent at `now` widens, unless enough donors say yes first. */
export function nextWaveAt(
  now: Date,
  priority: Priority,
  policy: Pick<BloodPolicy, 'widenAfterMinutes' | 'quietHours'>,
): Date {
  const from = priority === 'critical' ? now : quietHoursEnd(now, policy.quietHours);
  return new Date(from.getTime() + policy.widenAfterMinutes[priority] * 60_000);
}

export type WaveStep = { kind: 'wait' } | { kind: 'done' } | { kind: 'next'; wave: number; radiusKm: number };

export interface RunForStep {
  state: 'running' | 'stopped' | 'done';
  wave: number;
  radiusKm: number;
  nextWaveAt: Date | null;
}

/**
 * What a running outreach does when its clock is checked: nothing yet, finish (every unit arranged), or send the
 * next wave a step further out (at the furthest radius it stays there: donors left unasked by the size limit are
 * asked next; when none is left, the caller ends the run as exhausted).
 */
export function nextWaveStep(
  run: RunForStep,
  context: { now: Date; unitsStillNeeded: number; policy: Pick<BloodPolicy, 'radiusKm'> },
): WaveStep {
  if (run.state !== 'running') return { kind: 'wait' };
  if (context.unitsStillNeeded <= 0) return { kind: 'done' };
  if (run.nextWaveAt === null || run.nextWaveAt.getTime() > context.now.getTime()) return { kind: 'wait' };
  const wave = run.wave + 1;
  return { kind: 'next', wave, radiusKm: Math.max(run.radiusKm, waveRadiusKm(wave, context.policy)) };
}
