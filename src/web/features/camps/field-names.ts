// The camp forms' field names, as the API bodies name them (so a problem's field finds its input), and the names of
// the action forms (their data-action, for tests). Kept here so the screens hold no literal strings.
import enCamps from '../../../../locales/en/translation/camps.json';

export const campField = {
  bagNumber: 'bagNumber',
  bloodGroup: 'bloodGroup',
  bloodGroups: 'bloodGroups',
  cancel: 'cancel',
  category: 'category',
  checkIn: 'check-in',
  coOrganisers: 'coOrganisers',
  district: 'district',
  endsAt: 'endsAt',
  findPhone: 'find-phone',
  findToken: 'find-token',
  held: 'held',
  invite: 'invite',
  language: 'language',
  limit: 'limit',
  locality: 'locality',
  name: 'name',
  note: 'note',
  organisationId: 'organisationId',
  outcome: 'outcome',
  partnerCentre: 'partnerCentre',
  phone: 'phone',
  pincode: 'pincode',
  product: 'product',
  radiusKm: 'radiusKm',
  reason: 'reason',
  register: 'register',
  slotAt: 'slotAt',
  slotCapacity: 'slotCapacity',
  slotMinutes: 'slotMinutes',
  startsAt: 'startsAt',
  targetUnits: 'targetUnits',
  thank: 'thank',
  title: 'title',
  token: 'token',
  units: 'units',
  until: 'until',
  venue: 'venue',
  venueAddress: 'venueAddress',
} as const;

/** The camp page's links (their data-link, for tests). */
export const campLink = { edit: 'edit', report: 'report', csv: 'csv' } as const;

/** The select's value for "the first slot with a free place" and for "walk-in (no slot)". */
export const firstFreeSlot = 'first-free';
export const walkInSlot = 'walk-in';

/** The label key of a camp plan's field as a problem names it (`coOrganisers.1.name` → the co-organisers' heading). */
export function campFieldLabel(field: string): `camps.field.${CampLabel}` | undefined {
  const head = field.split('.')[0] ?? field;
  const key = head === campField.organisationId ? 'organisation' : head;
  return Object.hasOwn(enCamps.camps.field, key) ? `camps.field.${key as CampLabel}` : undefined;
}

/** The fields the catalog labels (the English catalog holds the keys both languages share). */
type CampLabel = keyof typeof enCamps.camps.field;
