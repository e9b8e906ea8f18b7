import type { CaseSummary } from '../../../shared/contracts/cases.js';
import { minutesSince } from '../../components/duration';

export type Sla = CaseSummary['sla'];
export type SlaState = Sla['state'];

export interface ClockReading {
  /** Minutes waited so far, or in all when the case is done. */
  minutes: number;
  state: SlaState;
  isRunning: boolean;
}

/**
 * The clock as of `now`: the server's reading moved on by the minutes since it was sent, so a page left open
 * keeps counting, and turns overdue when it passes the target without waiting for a refetch.
 */
export function readClock(sla: Sla, now: number): ClockReading {
  if (sla.state === 'met' || sla.state === 'missed' || sla.state === 'closed') {
    return { minutes: sla.waitingMinutes, state: sla.state, isRunning: false };
  }
  const minutes = Math.max(sla.waitingMinutes, minutesSince(sla.clockStartedAt, now));
  const state = sla.state !== 'overdue' && minutes >= sla.targetMinutes ? 'overdue' : sla.state;
  return { minutes, state, isRunning: true };
}
