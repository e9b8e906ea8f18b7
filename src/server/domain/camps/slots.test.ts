import { describe, expect, it } from 'vitest';
import { campSlots, firstFreeSlot, slotAt, slotPlaces } from './slots.js';

const at = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00+05:30`);
const hours = { startsAt: at('09:00'), endsAt: at('12:30'), slotMinutes: 60 };

describe('campSlots', () => {
  it('cuts the hours into slots, the last one ending with the camp', () => {
    expect(campSlots(hours).map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      [at('09:00').toISOString(), at('10:00').toISOString()],
      [at('10:00').toISOString(), at('11:00').toISOString()],
      [at('11:00').toISOString(), at('12:00').toISOString()],
      [at('12:00').toISOString(), at('12:30').toISOString()],
    ]);
  });

  it('has no slots for empty hours or a zero length', () => {
    expect(campSlots({ ...hours, endsAt: hours.startsAt })).toEqual([]);
    expect(campSlots({ ...hours, slotMinutes: 0 })).toEqual([]);
  });

  it('finds a slot only by one of its starts', () => {
    expect(slotAt(hours, at('10:00'))?.endsAt).toEqual(at('11:00'));
    expect(slotAt(hours, at('10:15'))).toBeUndefined();
    expect(slotAt(hours, at('12:30'))).toBeUndefined();
  });
});

describe('places', () => {
  const taken = new Map([
    [at('09:00').toISOString(), 2],
    [at('10:00').toISOString(), 1],
  ]);
  const places = slotPlaces(hours, 2, taken);

  it('counts taken and free places per slot', () => {
    expect(places.map((p) => [p.taken, p.free])).toEqual([
      [2, 0],
      [1, 1],
      [0, 2],
      [0, 2],
    ]);
  });

  it('never counts below zero free when more were taken than the capacity', () => {
    expect(slotPlaces(hours, 1, taken)[0]?.free).toBe(0);
  });

  it('offers the first slot with room that has not ended', () => {
    expect(firstFreeSlot(places, at('08:00'))?.startsAt).toEqual(at('10:00'));
    expect(firstFreeSlot(places, at('11:00'))?.startsAt).toEqual(at('11:00'));
    expect(firstFreeSlot(places, at('12:30'))).toBeUndefined();
    expect(firstFreeSlot(slotPlaces(hours, 0, new Map()), at('08:00'))).toBeUndefined();
  });
});
