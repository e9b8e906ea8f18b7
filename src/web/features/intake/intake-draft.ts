import type { CreateCaseBody } from '../../../shared/contracts/cases.js';
import type { Channel, Language, PatientCondition, Sex } from '../../../shared/enums.js';
import { optionalNumber, optionalText } from '../../components/form-values';
import { emptyNeed, needFromDraft, type NeedDraft } from '../cases/need-draft';
import type { IntakePrefill } from './understanding';

/** The operator's intake form as it is being filled: strings where people type. */
export interface IntakeDraft {
  text: string;
  channel: Channel;
  /** A datetime-local value ("2021-05-01T10:30"), or '' for now. */
  receivedAt: string;
  requesterName: string;
  phones: string[];
  language: Language;
  consent: boolean;
  patientName: string;
  age: string;
  sex: Sex | '';
  conditions: PatientCondition[];
  spo2: string;
  district: string;
  locality: string;
  address: string;
  pincode: string;
  hospital: string;
  needs: NeedDraft[];
}

export type IntakeField = keyof IntakeDraft;

export function emptyIntake(district = ''): IntakeDraft {
  return {
    text: '',
    channel: 'phone',
    receivedAt: '',
    requesterName: '',
    phones: [''],
    language: 'hi',
    consent: false,
    patientName: '',
    age: '',
    sex: '',
    conditions: [],
    spo2: '',
    district,
    locality: '',
    address: '',
    pincode: '',
    hospital: '',
    needs: [emptyNeed()],
  };
}

/**
 * Fills in what the message said, leaving alone every field the operator has typed into: the operator's
 * word beats the machine's. A second paste replaces what the first one filled.
 */
export function applyPrefill(
  draft: IntakeDraft,
  touched: ReadonlySet<IntakeField>,
  prefill: IntakePrefill,
  district: string | null,
): IntakeDraft {
  const next = { ...draft };
  const fill = <K extends IntakeField>(field: K, value: IntakeDraft[K] | null) => {
    if (value !== null && !touched.has(field)) next[field] = value;
  };
  fill('needs', prefill.needs.length > 0 ? prefill.needs : null);
  fill('spo2', prefill.spo2);
  fill('age', prefill.age);
  fill('phones', prefill.phones.length > 0 ? prefill.phones : null);
  fill('district', district);
  fill('pincode', prefill.pincode !== null && /^[1-9][0-9]{5}$/.test(prefill.pincode) ? prefill.pincode : null);
  fill('hospital', prefill.hospital);
  return next;
}

/** What another screen hands the intake form (a missed call to call back): the caller's number and when they rang. */
export interface IntakeHandover {
  callerPhone?: string;
  firstCallAt?: string;
}

/** An empty form with what was handed over: a number only when it is whole (a masked one is no use). */
export function intakeWith(district: string, handover: IntakeHandover | null): IntakeDraft {
  const draft = emptyIntake(district);
  const phone = handover?.callerPhone;
  if (phone && /^\+?\d{10,15}$/.test(phone.replace(/\s/g, ''))) draft.phones = [phone.replace(/\s/g, '')];
  if (handover?.firstCallAt) draft.receivedAt = localInputOf(handover.firstCallAt);
  return draft;
}

/** An instant as a datetime-local value (the device's local time, as the box shows it). */
export function localInputOf(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** A datetime-local value is local time; the API wants an instant with its offset. */
export function receivedAtFrom(value: string): string | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function createBodyFrom(draft: IntakeDraft): CreateCaseBody {
  const receivedAt = receivedAtFrom(draft.receivedAt);
  return {
    channel: draft.channel,
    ...(receivedAt ? { receivedAt } : {}),
    text: optionalText(draft.text),
    requester: {
      name: optionalText(draft.requesterName),
      phones: draft.phones.map((phone) => phone.trim()).filter((phone) => phone !== ''),
      language: draft.language,
      consentToShare: draft.consent,
    },
    patient: {
      name: optionalText(draft.patientName),
      age: optionalNumber(draft.age),
      sex: draft.sex === '' ? null : draft.sex,
      conditions: draft.conditions,
      spo2: optionalNumber(draft.spo2),
    },
    location: {
      district: draft.district,
      locality: optionalText(draft.locality),
      address: optionalText(draft.address),
      pincode: optionalText(draft.pincode),
      hospital: optionalText(draft.hospital),
    },
    needs: draft.needs.map(needFromDraft),
  };
}
