import { describe, expect, it } from 'vitest';
import {
  applyStockEntry,
  burnRate,
  emptyStock,
  hoursToEmpty,
  litresOfCylinders,
  shouldAlert,
  stockAlertState,
  stockLevel,
  type StockEntry,
} from './oxygen-stock.js';

const now = new Date('2021-05-01T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const entry = (over: Partial<StockEntry>): StockEntry => ({
  kind: 'consumed',
  at: now,
  litres: 0,
  cylinders: {},
  ...over,
});

describe('litres of cylinders', () => {
  it('B ≈ 1,500 L, D jumbo ≈ 7,000 L; other as given', () => {
    expect(litresOfCylinders({ B: 2, D: 1 })).toBe(10_000);
    expect(litresOfCylinders({ other: 3 }, 400)).toBe(1200);
    expect(litresOfCylinders({})).toBe(0);
  });
});

describe('the stock ledger', () => {
  it('a count sets, a receipt adds, consumption takes away', () => {
    const result = stockLevel([
      entry({ kind: 'count', litres: 14_000, cylinders: { D: 2 }, at: hoursAgo(30) }),
      entry({ kind: 'received', litres: 3000, cylinders: { B: 2 }, at: hoursAgo(20) }),
      entry({ kind: 'consumed', litres: 7000, cylinders: { D: 1 }, at: hoursAgo(10) }),
    ]);
    expect(result).toEqual({ ok: true, level: { litres: 10_000, cylinders: { B: 2, B_small: 0, D: 1, other: 0 } } });
  });

  it('a count replaces what was there, types left out being zero', () => {
    const result = stockLevel([
      entry({ kind: 'received', litres: 3000, cylinders: { B: 2 } }),
      entry({ kind: 'count', litres: 7000, cylinders: { D: 1 } }),
    ]);
    expect(result.ok && result.level.cylinders).toEqual({ B: 0, B_small: 0, D: 1, other: 0 });
  });

  it('never goes below nothing, and says which entry would', () => {
    expect(applyStockEntry(emptyStock(), entry({ litres: 1 }))).toEqual({ ok: false, code: 'stock_negative' });
    expect(
      stockLevel([
        entry({ kind: 'received', litres: 1500, cylinders: { B: 1 } }),
        entry({ kind: 'consumed', litres: 0, cylinders: { B: 2 } }),
      ]),
    ).toEqual({ ok: false, code: 'stock_negative', index: 1 });
  });

  it('amounts are finite and not negative (counts whole); an adjustment may be negative with a reason', () => {
    expect(applyStockEntry(emptyStock(), entry({ kind: 'received', litres: -5 }))).toEqual({
      ok: false,
      code: 'stock_entry_invalid',
    });
    expect(applyStockEntry(emptyStock(), entry({ kind: 'received', litres: 1, cylinders: { B: 0.5 } }))).toEqual({
      ok: false,
      code: 'stock_entry_invalid',
    });
    expect(applyStockEntry(emptyStock(), entry({ kind: 'count', litres: Number.NaN }))).toEqual({
      ok: false,
      code: 'stock_entry_invalid',
    });
    const base = { litres: 3000, cylinders: { B: 2, B_small: 0, D: 0, other: 0 } };
    expect(applyStockEntry(base, entry({ kind: 'adjusted', litres: -1500, cylinders: { B: -1 } }))).toEqual({
      ok: false,
      code: 'stock_reason_required',
    });
    expect(
      applyStockEntry(base, entry({ kind: 'adjusted', litres: -1500, cylinders: { B: -1 }, reason: 'leaking valve' })),
    ).toEqual({ ok: true, level: { litres: 1500, cylinders: { B: 1, B_small: 0, D: 0, other: 0 } } });
  });
});

describe('burn rate over the last 24 hours', () => {
  const start = entry({ kind: 'count', litres: 50_000, at: hoursAgo(48) });

  it('what was consumed in the window, per hour', () => {
    const entries = [start, entry({ litres: 12_000, at: hoursAgo(10) }), entry({ litres: 12_000, at: hoursAgo(2) })];
    expect(burnRate(entries, now)).toBe(1000);
  });

  it('the window is (now − 24 h, now]: exactly 24 h ago is out, now is in, the future is out', () => {
    expect(burnRate([start, entry({ litres: 2400, at: hoursAgo(24) })], now)).toBe(0);
    expect(burnRate([start, entry({ litres: 2400, at: hoursAgo(23.99) })], now)).toBe(100);
    expect(burnRate([start, entry({ litres: 2400, at: now })], now)).toBe(100);
    expect(burnRate([start, entry({ litres: 2400, at: new Date(now.getTime() + 1) })], now)).toBe(0);
  });

  it('a ledger younger than a day is measured over its own hours, at least one', () => {
    const young = [entry({ kind: 'count', litres: 10_000, at: hoursAgo(4) }), entry({ litres: 2000, at: hoursAgo(1) })];
    expect(burnRate(young, now)).toBe(500);
    const minutesOld = [entry({ kind: 'count', litres: 10_000, at: hoursAgo(0.1) }), entry({ litres: 1500 })];
    expect(burnRate(minutesOld, now)).toBe(1500);
  });

  it('no entries or no consumption: zero', () => {
    expect(burnRate([], now)).toBe(0);
    expect(burnRate([start], now)).toBe(0);
  });
});

describe('time to empty and the alert', () => {
  it('litres over the rate; never when nothing is used', () => {
    expect(hoursToEmpty(7000, 1000)).toBe(7);
    expect(hoursToEmpty(0, 1000)).toBe(0);
    expect(hoursToEmpty(7000, 0)).toBeNull();
  });

  it('low strictly under the threshold (8 h by default): 7.99 alerts, 8 does not', () => {
    const state = (h: number | null) => stockAlertState({ hasEntries: true, hoursToEmpty: h, thresholdHours: 8 });
    expect(state(7.99)).toBe('low');
    expect(state(0)).toBe('low');
    expect(state(8)).toBe('ok');
    expect(state(null)).toBe('ok');
    expect(stockAlertState({ hasEntries: false, hoursToEmpty: null, thresholdHours: 8 })).toBe('no_data');
  });

  it('tells the coordinators once on going low, again only after it recovered', () => {
    expect(shouldAlert('ok', 'low')).toBe(true);
    expect(shouldAlert('no_data', 'low')).toBe(true);
    expect(shouldAlert('low', 'low')).toBe(false);
    expect(shouldAlert('low', 'ok')).toBe(false);
    expect(shouldAlert('ok', 'ok')).toBe(false);
  });
});
