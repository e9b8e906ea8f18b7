import { describe, expect, it } from 'vitest';
import { readClock, type Sla } from './sla-clock-state';

const startedAt = '2021-05-01T10:00:00Z';
const sla = (over: Partial<Sla>): Sla => ({
  clockStartedAt: startedAt,
  waitingMinutes: 5,
  responseDueAt: '2021-05-01T10:10:00Z',
  fulfilDueAt: '2021-05-01T10:30:00Z',
  targetMinutes: 30,
  state: 'ok',
  respondedAt: null,
  ...over,
});
const at = (minutes: number) => Date.parse(startedAt) + minutes * 60_000;

describe('readClock', () => {
  it('keeps counting from when the person first asked', () => {
    expect(readClock(sla({}), at(23))).toEqual({ minutes: 23, state: 'ok', isRunning: true });
  });

  it('turns overdue once past the target, before the server says so', () => {
    expect(readClock(sla({ state: 'near' }), at(31)).state).toBe('overdue');
  });

  it('never shows less than the server measured (a browser clock running slow)', () => {
    expect(readClock(sla({ waitingMinutes: 12 }), at(3)).minutes).toBe(12);
  });

  it('stops when the case is done', () => {
    expect(readClock(sla({ state: 'met', waitingMinutes: 18 }), at(500))).toEqual({
      minutes: 18,
      state: 'met',
      isRunning: false,
    });
  });
});
