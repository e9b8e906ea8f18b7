// The child's form as typed (every box a string), and the request body it becomes. A choice left empty is left out
// of the body, so the server names it at its field ("required") in the language on screen: one source of rules.
import type {
  CreateTransfusionPatientBody,
  TransfusionPatientDetail,
  UpdateTransfusionPatientBody,
} from '../../../shared/contracts/transfusion-patients.js';
import type { AboRhGroup, AntigenState, Language, RarePhenotype, RhKellAntigen, Sex } from '../../../shared/enums.js';
import { optionalText } from '../../components/form-values';

export type GuardianChannel = 'whatsapp' | 'sms';

export interface ChildDraft {
  name: string;
  sex: Sex | '';
  dateOfBirth: string;
  guardianName: string;
  guardianPhone: string;
  altPhone: string;
  language: Language;
  preferredChannel: GuardianChannel;
  consentBy: string;
  bloodGroup: AboRhGroup | '';
  phenotype: RarePhenotype | '';
  antigens: Partial<Record<RhKellAntigen, AntigenState>>;
  phenotypeNotes: string;
  intervalDays: string;
  unitsPerTransfusion: string;
  lastTransfusionOn: string;
  bookAhead: string;
  /** HH:MM, Kolkata. */
  arrivalTime: string;
  centre: string;
  centreAddress: string;
  locality: string;
  pincode: string;
  district: string;
  notes: string;
}

export function emptyChildDraft(district = ''): ChildDraft {
  return {
    name: '',
    sex: '',
    dateOfBirth: '',
    guardianName: '',
    guardianPhone: '',
    altPhone: '',
    language: 'hi',
    preferredChannel: 'whatsapp',
    consentBy: '',
    bloodGroup: '',
    phenotype: '',
    antigens: {},
    phenotypeNotes: '',
    intervalDays: '21',
    unitsPerTransfusion: '1',
    lastTransfusionOn: '',
    bookAhead: '3',
    arrivalTime: '10:00',
    centre: '',
    centreAddress: '',
    locality: '',
    pincode: '',
    district,
    notes: '',
  };
}

/** "10:00" → 600 minutes after midnight; undefined when the box is empty or unreadable (the server names it). */
export function minuteOf(time: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (match === null) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 600 → "10:00". */
export function timeOf(minute: number): string {
  const hours = Math.floor(minute / 60);
  return `${String(hours).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** A number box: left out when empty, so the server says it is required; sent as typed otherwise. */
const wholeNumber = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** Only the antigens someone typed; "unknown" is the same as not given. */
function typedAntigens(antigens: ChildDraft['antigens']): ChildDraft['antigens'] {
  return Object.fromEntries(Object.entries(antigens).filter(([, state]) => state !== 'unknown'));
}

/** The fields both a new child and an edit send, as the API reads them. */
function commonBody(draft: ChildDraft) {
  return {
    name: draft.name,
    sex: draft.sex === '' ? null : draft.sex,
    dateOfBirth: draft.dateOfBirth === '' ? null : draft.dateOfBirth,
    guardianName: draft.guardianName,
    language: draft.language,
    preferredChannel: draft.preferredChannel,
    consentBy: draft.consentBy,
    phenotype: draft.phenotype === '' ? null : draft.phenotype,
    antigens: typedAntigens(draft.antigens),
    phenotypeNotes: optionalText(draft.phenotypeNotes),
    centre: draft.centre,
    centreAddress: optionalText(draft.centreAddress),
    locality: optionalText(draft.locality),
    pincode: optionalText(draft.pincode),
    lastTransfusionOn: draft.lastTransfusionOn === '' ? null : draft.lastTransfusionOn,
    notes: optionalText(draft.notes),
  };
}

/**
 * The body of a new child. Required boxes left empty are sent as they are or left out, so the server's contract
 * names each at its field; the form never second-guesses its rules.
 */
export function createBodyFrom(draft: ChildDraft, organisationId: string): CreateTransfusionPatientBody {
  const body = {
    ...commonBody(draft),
    guardianPhone: draft.guardianPhone,
    altPhone: optionalText(draft.altPhone),
    bloodGroup: draft.bloodGroup === '' ? undefined : draft.bloodGroup,
    intervalDays: wholeNumber(draft.intervalDays),
    unitsPerTransfusion: wholeNumber(draft.unitsPerTransfusion),
    bookAhead: wholeNumber(draft.bookAhead),
    arrivalMinute: minuteOf(draft.arrivalTime),
    district: draft.district === '' ? undefined : draft.district,
    ...(organisationId === '' ? {} : { organisationId }),
  };
  // Undefined fields are dropped by JSON: the server then names each missing one.
  return body as CreateTransfusionPatientBody;
}

/**
 * The body of an edit: every field as the form holds it, but the guardian's phones only when typed anew (the record
 * shows them masked, and a masked number is not one to save).
 */
export function updateBodyFrom(draft: ChildDraft): UpdateTransfusionPatientBody {
  const phones = {
    ...(draft.guardianPhone.trim() === '' ? {} : { guardianPhone: draft.guardianPhone }),
    ...(draft.altPhone.trim() === '' ? {} : { altPhone: draft.altPhone }),
  };
  const body = {
    ...commonBody(draft),
    ...phones,
    bloodGroup: draft.bloodGroup === '' ? undefined : draft.bloodGroup,
    intervalDays: wholeNumber(draft.intervalDays),
    unitsPerTransfusion: wholeNumber(draft.unitsPerTransfusion),
    bookAhead: wholeNumber(draft.bookAhead),
    arrivalMinute: minuteOf(draft.arrivalTime),
    district: draft.district === '' ? undefined : draft.district,
  };
  return body as UpdateTransfusionPatientBody;
}

/** The record as an edit starts from: phones empty (typed anew only to change them). */
export function draftFromChild(child: TransfusionPatientDetail): ChildDraft {
  return {
    name: child.name,
    sex: child.sex ?? '',
    dateOfBirth: child.dateOfBirth ?? '',
    guardianName: child.guardianName,
    guardianPhone: '',
    altPhone: '',
    language: child.language,
    preferredChannel: child.preferredChannel,
    consentBy: child.consent.by,
    bloodGroup: child.bloodGroup,
    phenotype: child.phenotype ?? '',
    antigens: child.antigens,
    phenotypeNotes: child.phenotypeNotes ?? '',
    intervalDays: String(child.intervalDays),
    unitsPerTransfusion: String(child.unitsPerTransfusion),
    lastTransfusionOn: child.lastTransfusionOn ?? '',
    bookAhead: String(child.bookAhead),
    arrivalTime: timeOf(child.arrivalMinute),
    centre: child.centre,
    centreAddress: child.centreAddress ?? '',
    locality: child.locality ?? '',
    pincode: child.pincode ?? '',
    district: child.district.code,
    notes: child.notes ?? '',
  };
}
