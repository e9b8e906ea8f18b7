// The plan/edit form as typed (text boxes) and as the API wants it. Hours are typed on the Kolkata clock.
import type { CampDetail, PlanCampBody, UpdateCampBody } from '../../../shared/contracts/camps.js';
import { optionalText } from '../../components/form-values';
import { instantFromKolkataInput, kolkataInputValue } from './camp-times';

export interface CampDraft {
  organisationId: string;
  title: string;
  venue: string;
  venueAddress: string;
  locality: string;
  pincode: string;
  district: string;
  /** datetime-local values on the Kolkata clock. */
  startsAt: string;
  endsAt: string;
  slotMinutes: string;
  slotCapacity: string;
  partnerCentre: string;
  targetUnits: string;
  /** One co-organiser per line. */
  coOrganisers: string;
}

export function emptyCampDraft(organisationId: string, district: string): CampDraft {
  return {
    organisationId,
    title: '',
    venue: '',
    venueAddress: '',
    locality: '',
    pincode: '',
    district,
    startsAt: '',
    endsAt: '',
    slotMinutes: '30',
    slotCapacity: '10',
    partnerCentre: '',
    targetUnits: '',
    coOrganisers: '',
  };
}

export function draftOfCamp(camp: CampDetail): CampDraft {
  return {
    organisationId: camp.organisation.id,
    title: camp.title,
    venue: camp.venue,
    venueAddress: camp.venueAddress ?? '',
    locality: camp.locality ?? '',
    pincode: camp.pincode ?? '',
    district: camp.district.code,
    startsAt: kolkataInputValue(camp.startsAt),
    endsAt: kolkataInputValue(camp.endsAt),
    slotMinutes: String(camp.slotMinutes),
    slotCapacity: String(camp.slotCapacity),
    partnerCentre: camp.partnerCentre,
    targetUnits: String(camp.targetUnits),
    coOrganisers: camp.coOrganisers.join('\n'),
  };
}

/** A box's number; an empty box is sent as null, so the server names the field that needs one. */
const numberOf = (value: string) => (value.trim() === '' ? null : Number(value.trim())) as number;
/** A typed time as an instant; a box left empty or unreadable is sent as typed, so the server names the field. */
const instantOf = (value: string) => instantFromKolkataInput(value) ?? value.trim();
const linesOf = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

type Fields = Omit<PlanCampBody, 'organisationId' | 'district'>;

function fieldsOf(draft: CampDraft): Fields {
  return {
    title: draft.title.trim(),
    venue: draft.venue.trim(),
    venueAddress: optionalText(draft.venueAddress),
    locality: optionalText(draft.locality),
    pincode: optionalText(draft.pincode),
    startsAt: instantOf(draft.startsAt),
    endsAt: instantOf(draft.endsAt),
    slotMinutes: numberOf(draft.slotMinutes),
    slotCapacity: numberOf(draft.slotCapacity),
    partnerCentre: draft.partnerCentre.trim(),
    targetUnits: numberOf(draft.targetUnits),
    coOrganisers: linesOf(draft.coOrganisers),
  };
}

/** Planning: every field; the organisation only when the person chose one (else the server takes theirs). */
export function planBodyOf(draft: CampDraft): PlanCampBody {
  return {
    ...(draft.organisationId === '' ? {} : { organisationId: draft.organisationId }),
    district: draft.district,
    ...fieldsOf(draft),
  };
}

/** Editing: only what changed, so an untouched day never looks moved to the server. */
export function updateBodyOf(draft: CampDraft, before: CampDraft): UpdateCampBody {
  const now = fieldsOf(draft);
  const was = fieldsOf(before);
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(now) as (keyof Fields)[]) {
    if (JSON.stringify(now[key]) !== JSON.stringify(was[key])) changed[key] = now[key];
  }
  return changed as UpdateCampBody;
}
