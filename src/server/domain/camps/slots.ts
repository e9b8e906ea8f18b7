// A camp's registration slots, cut from its hours: one every `slotMinutes` from the start, the last one ending at
// the camp's end (it may be shorter). Places are counted per slot start; a registration cancelled frees its place.
export interface CampHours {
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

export interface SlotPlaces extends Slot {
  capacity: number;
  taken: number;
  free: number;
}

/** The slots of a camp's hours, in order (none when the hours are empty). */
export function campSlots(hours: CampHours): Slot[] {
  const step = hours.slotMinutes * 60_000;
  if (!(step > 0)) return [];
  const end = hours.endsAt.getTime();
  const slots: Slot[] = [];
  for (let t = hours.startsAt.getTime(); t < end; t += step) {
    slots.push({ startsAt: new Date(t), endsAt: new Date(Math.min(t + step, end)) });
  }
  return slots;
}

/** Each slot with its places: `takenByStart` counts live registrations by their slot's start (ISO instant). */
export function slotPlaces(
  hours: CampHours,
  capacity: number,
  takenByStart: ReadonlyMap<string, number>,
): SlotPlaces[] {
  return campSlots(hours).map((slot) => {
    const taken = takenByStart.get(slot.startsAt.toISOString()) ?? 0;
    return { ...slot, capacity, taken, free: Math.max(0, capacity - taken) };
  });
}

/** The slot starting at `at`, or undefined when `at` is not one of the camp's slot starts. */
export function slotAt(hours: CampHours, at: Date): Slot | undefined {
  return campSlots(hours).find((s) => s.startsAt.getTime() === at.getTime());
}

/** The first slot with a free place that has not ended by `now`, or undefined when all are full or past. */
export function firstFreeSlot(places: readonly SlotPlaces[], now: Date): SlotPlaces | undefined {
  return places.find((s) => s.free > 0 && s.endsAt.getTime() > now.getTime());
}
