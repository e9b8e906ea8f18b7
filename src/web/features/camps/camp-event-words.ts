// A camp event's details (free-form JSON by type, see the contract) as the parameters its sentence needs. Only
// numbers and strings the server wrote are read; anything else is left out rather than guessed.
import type { CampEventView } from '../../../shared/contracts/camps.js';

const numberAt = (details: Record<string, unknown>, key: string) =>
  typeof details[key] === 'number' ? details[key] : 0;
/** A count, or the sum of an object of counts (an invitation's `skipped` is counted per reason). */
function totalAt(details: Record<string, unknown>, key: string): number {
  const value = details[key];
  if (typeof value === 'number') return value;
  if (typeof value !== 'object' || value === null) return 0;
  return Object.values(value).reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);
}
const textAt = (details: Record<string, unknown>, key: string) =>
  typeof details[key] === 'string' ? details[key] : '';

/** The sentence's parameters: counts (as `count`, for the plural) for invitations, thanks and units given, the reason for a cancellation. */
export function eventParams(event: CampEventView): Record<string, string | number> {
  const { details } = event;
  switch (event.type) {
    case 'invited':
      return { count: numberAt(details, 'invited'), skipped: totalAt(details, 'skipped') };
    case 'thanked':
      return { count: numberAt(details, 'queued'), skipped: totalAt(details, 'skipped') };
    case 'cancelled':
      return { reason: textAt(details, 'reason'), told: numberAt(details, 'told') };
    case 'donated':
      return { bag: textAt(details, 'bagNumber'), count: numberAt(details, 'units') };
    default:
      return {};
  }
}

/**
 * Who did it when the event names nobody: a registration (or its cancellation) without a person is the donor's own,
 * on the public page or by their link; anything else the system did (the camp's day passing, a job).
 */
export function unnamedActorKey(
  event: Pick<CampEventView, 'type'>,
): 'camps.history.byDonor' | 'camps.history.bySystem' {
  return event.type === 'registered' || event.type === 'registration_cancelled'
    ? 'camps.history.byDonor'
    : 'camps.history.bySystem';
}
