import { describe, expect, it } from 'vitest';
import { formatIst, parseIst } from './ist-time.js';

describe('IST times', () => {
  it('reads Exotel times as India Standard Time', () => {
    expect(parseIst('2025-05-12 17:05:09')).toEqual(new Date('2025-05-12T11:35:09.000Z'));
    expect(parseIst('2025-01-01 00:10:00')).toEqual(new Date('2024-12-31T18:40:00.000Z'));
  });

  it('gives null for the epoch placeholder, malformed and impossible times', () => {
    expect(parseIst('1970-01-01 05:30:00')).toBeNull();
    expect(parseIst('')).toBeNull();
    expect(parseIst(undefined)).toBeNull();
    expect(parseIst('12/05/2025 17:05')).toBeNull();
    expect(parseIst('2025-02-30 10:00:00')).toBeNull();
    expect(parseIst('2025-05-12 24:00:00')).toBeNull();
  });

  it('writes times the way Exotel does', () => {
    expect(formatIst(new Date('2025-05-12T11:35:09.000Z'))).toBe('2025-05-12 17:05:09');
    expect(parseIst(formatIst(new Date('2025-05-12T20:00:00.000Z')))).toEqual(new Date('2025-05-12T20:00:00.000Z'));
  });
});
