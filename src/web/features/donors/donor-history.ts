// A donor event's `details` are stored as the use case wrote them (shared/contracts/donors.ts, donorEventView). The
// history reads only the facts it shows, checking each one, so an older or unexpected entry shows its type and time
// rather than breaking the page.
import type { DonorEventView } from '../../../shared/contracts/donors.js';
import {
  aboRhGroups,
  callOutcomes,
  donorIdKinds,
  donorProducts,
  donorSources,
  type AboRhGroup,
  type CallOutcome,
  type DonorIdKind,
  type DonorProduct,
  type DonorSource,
} from '../../../shared/enums.js';

export interface DonorEventFacts {
  source?: DonorSource;
  changed?: string[];
  outcome?: CallOutcome;
  notes?: string;
  idSeen?: DonorIdKind;
  bloodGroup?: AboRhGroup;
  previousGroup?: AboRhGroup;
  centre?: string;
  reason?: string;
  /** An ISO day: until when a centre deferred them. */
  until?: string;
  cleared?: boolean;
  product?: DonorProduct;
  units?: number;
  donatedOn?: string;
  nextEligibleOn?: string;
  /** The camp a donor was invited to (an ask that is an invitation). */
  campCode?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** The facts of one event that the history shows; anything missing or malformed is left out. */
export function donorEventFacts(event: DonorEventView): DonorEventFacts {
  const d = event.details;
  const facts: DonorEventFacts = {
    source: oneOf(donorSources, d.source),
    changed: Array.isArray(d.changed) ? d.changed.filter((field) => typeof field === 'string') : undefined,
    outcome: oneOf(callOutcomes, d.outcome),
    notes: text(d.notes) ?? text(d.note),
    idSeen: oneOf(donorIdKinds, d.idSeen),
    bloodGroup: oneOf(aboRhGroups, d.bloodGroup),
    previousGroup: oneOf(aboRhGroups, d.previous),
    centre: text(d.centre) ?? text(d.bloodCentre),
    reason: text(d.reason),
    until: text(d.until),
    cleared: d.cleared === true ? true : undefined,
    product: oneOf(donorProducts, d.product),
    units: typeof d.units === 'number' ? d.units : undefined,
    donatedOn: text(d.donatedOn),
    nextEligibleOn: text(d.nextEligibleOn),
    campCode: d.invitation === true ? text(d.campCode) : undefined,
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)) as DonorEventFacts;
}
