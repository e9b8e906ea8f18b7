// The registration form as typed (strings and ticks), and the body it sends: `donorInput`, the one shape every way
// into the registry sends (shared/contracts/donor-input.ts). Kept apart from the form so the mapping is tested.
import type { DonorInputBody } from '../../../shared/contracts/donor-input.js';
import type {
  AboRhGroup,
  AntigenState,
  ContestedDeferralClause,
  DonorCategory,
  DonorProduct,
  EventDeferralKind,
  Language,
  RarePhenotype,
  RhKellAntigen,
  Sex,
  WeightBand,
} from '../../../shared/enums.js';

export type DonorChannel = 'whatsapp' | 'sms';

/** A self-declared deferral as typed: what happened, and the day (of recovery, for illnesses and surgery). */
export interface DeferralDraft {
  kind: EventDeferralKind | '';
  date: string;
}

export interface DonorDraft {
  phone: string;
  name: string;
  sex: Sex | '';
  /** From a date input: '' or 'YYYY-MM-DD'. */
  dateOfBirth: string;
  weightBand: WeightBand | '';
  weightKg: string;
  /** '' until chosen; 'unknown' when the donor does not know their group. */
  bloodGroup: AboRhGroup | 'unknown' | '';
  phenotype: RarePhenotype | '';
  antigens: Partial<Record<RhKellAntigen, AntigenState>>;
  phenotypeNotes: string;
  district: string;
  locality: string;
  pincode: string;
  products: DonorProduct[];
  /** From time inputs: 'HH:MM', Kolkata. */
  contactFrom: string;
  contactTo: string;
  preferredChannel: DonorChannel;
  category: DonorCategory;
  language: Language;
  firstTimeDonor: boolean;
  lastDonation: string;
  deferrals: DeferralDraft[];
  pregnant: boolean;
  breastFeeding: boolean;
  breastFeedingUntil: string;
  contestedClauses: ContestedDeferralClause[];
  consentPurpose: string;
  /** The operator read the purpose to the donor and they agreed: the form sends nothing until this is ticked. */
  consentGiven: boolean;
}

/** Minutes after midnight ↔ 'HH:MM'. */
export function clockOf(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function minutesOf(clock: string): number | undefined {
  const match = /^(\d{2}):(\d{2})/.exec(clock);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The contract's defaults: asked 07:00–22:00, on WhatsApp, in Hindi, whole blood, a citizen. */
export function emptyDonorDraft(defaults: { district?: string; consentPurpose?: string } = {}): DonorDraft {
  return {
    phone: '',
    name: '',
    sex: '',
    dateOfBirth: '',
    weightBand: '',
    weightKg: '',
    bloodGroup: '',
    phenotype: '',
    antigens: {},
    phenotypeNotes: '',
    district: defaults.district ?? '',
    locality: '',
    pincode: '',
    products: ['whole_blood'],
    contactFrom: clockOf(420),
    contactTo: clockOf(1320),
    preferredChannel: 'whatsapp',
    category: 'citizen',
    language: 'hi',
    firstTimeDonor: false,
    lastDonation: '',
    deferrals: [],
    pregnant: false,
    breastFeeding: false,
    breastFeedingUntil: '',
    contestedClauses: [],
    consentPurpose: defaults.consentPurpose ?? '',
    consentGiven: false,
  };
}

const trimmedOrNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
/** A box left empty is left out, so the server names it as missing rather than as malformed. */
const given = <T extends string>(value: T | ''): T | undefined => (value === '' ? undefined : value);

/** Choices the person may not have made yet: sent as missing, so the contract names each at its field. */
type Chosen = 'sex' | 'dateOfBirth' | 'weightBand' | 'bloodGroup' | 'contactFrom' | 'contactTo';

/** The body as the form sends it: `donorInput`'s input, but for choices not made yet and deferrals half typed. */
export type DonorBodyDraft = Omit<DonorInputBody, Chosen | 'deferrals'> &
  Partial<Pick<DonorInputBody, Chosen>> & { deferrals: DeferralDraft[] };

/**
 * The body to send. Empty choices are left out (the contract answers "required" at that field); questions that do
 * not apply are sent as their neutral answer (pregnancy only for women). Unknown antigens are left out.
 */
export function donorBodyFrom(draft: DonorDraft): DonorBodyDraft {
  const canBePregnant = draft.sex === 'female';
  const antigens = Object.fromEntries(
    Object.entries(draft.antigens).filter(([, state]) => state === '+' || state === '-'),
  ) as DonorDraft['antigens'];
  return {
    phone: draft.phone,
    name: draft.name.trim(),
    sex: given(draft.sex),
    dateOfBirth: given(draft.dateOfBirth),
    weightBand: given(draft.weightBand),
    weightKg: draft.weightKg.trim() === '' ? null : Number(draft.weightKg),
    bloodGroup: draft.bloodGroup === 'unknown' ? null : given(draft.bloodGroup),
    phenotype: draft.phenotype === '' ? null : draft.phenotype,
    antigens,
    phenotypeNotes: trimmedOrNull(draft.phenotypeNotes),
    district: draft.district,
    locality: trimmedOrNull(draft.locality),
    pincode: trimmedOrNull(draft.pincode),
    products: draft.products,
    contactFrom: minutesOf(draft.contactFrom),
    contactTo: minutesOf(draft.contactTo),
    category: draft.category,
    language: draft.language,
    preferredChannel: draft.preferredChannel,
    firstTimeDonor: draft.firstTimeDonor,
    lastDonation: draft.firstTimeDonor ? null : trimmedOrNull(draft.lastDonation),
    deferrals: draft.deferrals.map((deferral) => ({ kind: deferral.kind, date: deferral.date })),
    pregnant: canBePregnant && draft.pregnant,
    breastFeeding: canBePregnant && draft.breastFeeding,
    breastFeedingUntil: canBePregnant && draft.breastFeeding ? trimmedOrNull(draft.breastFeedingUntil) : null,
    contestedClauses: draft.contestedClauses,
    consentPurpose: draft.consentPurpose.trim(),
  };
}
