import { describe, expect, it } from 'vitest';
import { minutesToHandOver } from './handover-time.js';

const t = (iso: string) => new Date(iso);

describe('minutes from the first message to the hand-over', () => {
  it('whole minutes, rounded down', () => {
    expect(minutesToHandOver(t('2021-05-01T10:00:00Z'), t('2021-05-01T10:29:59Z'))).toBe(29);
    expect(minutesToHandOver(t('2021-05-01T10:00:00Z'), t('2021-05-01T10:30:00Z'))).toBe(30);
    expect(minutesToHandOver(t('2021-05-01T10:00:00Z'), t('2021-05-02T10:00:00Z'))).toBe(1440);
  });

  it('never negative; null without a first message', () => {
    expect(minutesToHandOver(t('2021-05-01T10:00:00Z'), t('2021-05-01T09:59:00Z'))).toBe(0);
    expect(minutesToHandOver(null, t('2021-05-01T10:00:00Z'))).toBeNull();
  });
});
