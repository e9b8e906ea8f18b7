// The /donate form as typed, and the registration it becomes. Checked with the registry's own contract before a
// code is asked for, so what the contract alone can tell (a name, a real date, a district) is said at once.
import { publicDonorBody, type PublicDonorBody } from '../../../shared/contracts/public-donors.js';
import type { AboRhGroup, DonorProduct, Language, Sex, WeightBand } from '../../../shared/enums.js';
import { findTextProblem } from '../../../shared/text.js';
import { firstPerField, issuesFromZod, type FieldIssue } from '../../components/field-issues';
import { optionalText } from '../../components/form-values';

/** The donor does not know their group: sent as null. */
export const unknownGroup = 'unknown';
/** A group, `unknown`, or '' while not chosen yet. */
export type GroupChoice = AboRhGroup | typeof unknownGroup | '';

/** What a donor replies to be asked no more (server/domain/channels/commands.ts also takes Hindi words). */
export const stopWord = 'STOP';

/** The channels a donor may be asked on. */
export const donateChannels = ['whatsapp', 'sms'] as const;

/** The body's field names, which the controls are named after so errors and tests find them in any language. */
export const donateFields = {
  name: 'name',
  phone: 'phone',
  sex: 'sex',
  dateOfBirth: 'dateOfBirth',
  weightBand: 'weightBand',
  bloodGroup: 'bloodGroup',
  products: 'products',
  lastDonation: 'lastDonation',
  district: 'district',
  locality: 'locality',
  pincode: 'pincode',
  language: 'language',
  preferredChannel: 'preferredChannel',
  consent: 'consent',
  code: 'code',
} as const;

export interface DonateDraft {
  name: string;
  phone: string;
  sex: Sex | '';
  dateOfBirth: string;
  weightBand: WeightBand | '';
  bloodGroup: GroupChoice;
  products: DonorProduct[];
  district: string;
  locality: string;
  pincode: string;
  lastDonation: string;
  language: Language;
  channel: (typeof donateChannels)[number];
  consent: boolean;
}

export function emptyDraft(language: Language): DonateDraft {
  return {
    name: '',
    phone: '',
    sex: '',
    dateOfBirth: '',
    weightBand: '',
    bloodGroup: '',
    products: ['whole_blood'],
    district: '',
    locality: '',
    pincode: '',
    lastDonation: '',
    language,
    channel: 'whatsapp',
    consent: false,
  };
}

/**
 * The registration the draft asks for. Fields left empty are sent empty so the contract names them (a missing
 * sex is `required` on `sex`, as the server would say). `consentPurpose` is the sentence the donor ticked.
 */
export function registrationFrom(draft: DonateDraft, consentPurpose: string): Omit<PublicDonorBody, 'code'> {
  return {
    phone: draft.phone,
    name: draft.name.trim(),
    sex: (draft.sex === '' ? undefined : draft.sex) as Sex,
    dateOfBirth: (draft.dateOfBirth === '' ? undefined : draft.dateOfBirth) as string,
    weightBand: (draft.weightBand === '' ? undefined : draft.weightBand) as WeightBand,
    bloodGroup: (draft.bloodGroup === 'unknown'
      ? null
      : draft.bloodGroup === ''
        ? undefined
        : draft.bloodGroup) as AboRhGroup | null,
    products: draft.products,
    district: (draft.district === '' ? undefined : draft.district) as string,
    locality: optionalText(draft.locality),
    pincode: optionalText(draft.pincode),
    lastDonation: optionalText(draft.lastDonation),
    firstTimeDonor: false,
    language: draft.language,
    preferredChannel: draft.channel,
    consentPurpose,
  };
}

/**
 * What is wrong with the draft before anything is sent (one problem a field): the contract's; a NUL or broken
 * character (pasted text), which the server refuses at the door under the same rule; a day after `today` (an ISO
 * day), which the date pickers' `max` cannot stop when typed; and the consent.
 */
export function draftIssues(draft: DonateDraft, consentPurpose: string, today: string): FieldIssue[] {
  const registration = registrationFrom(draft, consentPurpose);
  const checked = publicDonorBody.omit({ code: true }).safeParse(registration);
  const issues = checked.success ? [] : issuesFromZod(checked.error);
  const textProblem = findTextProblem(registration, '');
  if (textProblem !== null) issues.unshift({ field: textProblem.path, code: textProblem.problem });
  for (const field of ['dateOfBirth', 'lastDonation'] as const) {
    if (draft[field] !== '' && draft[field] > today) issues.push({ field, code: 'date_in_future' });
  }
  return firstPerField(draft.consent ? issues : [...issues, { field: 'consent', code: 'required' }]);
}

/** The form's fields top to bottom: the summary lists problems in the order the person meets them. */
export const donateFieldOrder = [
  'name',
  'phone',
  'sex',
  'weightBand',
  'dateOfBirth',
  'bloodGroup',
  'products',
  'lastDonation',
  'district',
  'locality',
  'pincode',
  'language',
  'preferredChannel',
  'consent',
  'code',
] as const;

export function inDonateOrder(issues: readonly FieldIssue[]): FieldIssue[] {
  const position = (field: string) => {
    const index = (donateFieldOrder as readonly string[]).indexOf(field.split('.')[0] ?? field);
    return index === -1 ? donateFieldOrder.length : index;
  };
  return [...issues].sort((a, b) => position(a.field) - position(b.field) || a.field.localeCompare(b.field));
}
