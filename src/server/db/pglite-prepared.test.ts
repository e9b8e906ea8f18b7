import { describe, expect, it } from 'vitest';
import { sqlLiteral } from './pglite-prepared.js';

describe('a value written as an SQL literal for EXECUTE on the embedded database', () => {
  it('quotes text, doubling quotes and keeping backslashes as they are', () => {
    expect(sqlLiteral("O'Brien")).toBe("'O''Brien'");
    expect(sqlLiteral("''")).toBe("''''''");
    expect(sqlLiteral('a\\b\\')).toBe("'a\\b\\'");
    expect(sqlLiteral('रक्त दाता')).toBe("'रक्त दाता'");
    expect(sqlLiteral("'); drop table donors; --")).toBe("'''); drop table donors; --'");
  });

  it('writes numbers, booleans and big integers as text PostgreSQL converts to the parameter type', () => {
    expect(sqlLiteral(10.4)).toBe("'10.4'");
    expect(sqlLiteral(-3)).toBe("'-3'");
    expect(sqlLiteral(true)).toBe("'true'");
    expect(sqlLiteral(12345678901234567890n)).toBe("'12345678901234567890'");
  });

  it('writes a time as its UTC ISO text, and nothing as NULL', () => {
    expect(sqlLiteral(new Date('2026-12-07T10:00:00Z'))).toBe("'2026-12-07T10:00:00.000Z'");
    expect(sqlLiteral(null)).toBe('NULL');
    expect(sqlLiteral(undefined)).toBe('NULL');
  });

  it('gives up (null: the statement runs unnamed) on what has no safe literal', () => {
    expect(sqlLiteral('a\u0000b')).toBeNull();
    expect(sqlLiteral(Number.NaN)).toBeNull();
    expect(sqlLiteral(Number.POSITIVE_INFINITY)).toBeNull();
    expect(sqlLiteral(new Date('not a date'))).toBeNull();
    expect(sqlLiteral(['a'])).toBeNull();
    expect(sqlLiteral({ a: 1 })).toBeNull();
  });
});
