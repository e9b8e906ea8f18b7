// The demo's thalassemia care and camp (issue #14): the Kanpur police keep two children with thalassemia major on
// rosters of their own verified donors, and held a blood donation camp at the police lines some weeks ago, whose
// donors got the Police Commissioner's certificate. Days are counted from the day the demo is seeded, so the
// calendar always has transfusions done and the next three booked. Phones: +91 88003 xxxxx (guardians), a block
// no demo login, simulator sample or demo donor uses (demo-donors.ts has 88001 and 88002).
import type { AboRhGroup, CampRegistrationSource, DonorCategory, Language, Sex } from '../../../shared/enums.js';
import type { CampDeferralReason } from '../../../shared/contracts/camps.js';

/** demo-people.ts key of the organisation that keeps the children and held the camp. */
export const thalassemiaOrganisation = 'kanpur-police';
export const thalassemiaDistrict = 'UP-KANPUR-NAGAR';

export interface DemoChild {
  reference: string;
  name: string;
  sex: Sex;
  dateOfBirth: string;
  guardianName: string;
  guardianPhone: string;
  language: Language;
  bloodGroup: AboRhGroup;
  intervalDays: number;
  unitsPerTransfusion: number;
  centre: string;
  centreAddress: string;
  pincode: string;
  /** Minutes after midnight donors are asked to come. */
  arrivalMinute: number;
  consentBy: string;
  phenotypeNotes: string | null;
  /**
   * Donors on the roster (6–8). Aarav's 8 are the pool his rhythm needs; Pari's two units every four weeks need 11,
   * so her roster shows the coordinator the warning and how many donors are missing.
   */
  poolSize: number;
  /** Transfusions already given, the last `lastGivenDaysAgo` days before the seed. */
  pastTransfusions: number;
  lastGivenDaysAgo: number;
}

export const demoChildren: readonly DemoChild[] = [
  {
    reference: 'THAL-0001',
    name: 'आरव सिंह',
    sex: 'male',
    dateOfBirth: '2017-08-14',
    guardianName: 'सुनीता सिंह',
    guardianPhone: '+918800300001',
    language: 'hi',
    bloodGroup: 'B+',
    intervalDays: 21,
    unitsPerTransfusion: 1,
    centre: 'Hallet Hospital (LLR), Kanpur',
    centreAddress: 'Thalassemia ward, LLR (Hallet) Hospital, Swaroop Nagar, Kanpur 208002',
    pincode: '208002',
    arrivalMinute: 9 * 60 + 30,
    consentBy: 'Sunita Singh (mother)',
    phenotypeNotes: 'Rh and Kell typed at diagnosis; matched donors preferred',
    poolSize: 8,
    pastTransfusions: 4,
    lastGivenDaysAgo: 7,
  },
  {
    reference: 'THAL-0002',
    name: 'परी कटियार',
    sex: 'female',
    dateOfBirth: '2020-02-03',
    guardianName: 'राजेश कटियार',
    guardianPhone: '+918800300002',
    language: 'hi',
    bloodGroup: 'O+',
    intervalDays: 28,
    unitsPerTransfusion: 2,
    centre: 'GSVM day-care, Kanpur',
    centreAddress: 'Thalassemia day-care centre, GSVM Medical College, Swaroop Nagar, Kanpur 208002',
    pincode: '208002',
    arrivalMinute: 10 * 60,
    consentBy: 'Rajesh Katiyar (father)',
    phenotypeNotes: null,
    poolSize: 8,
    pastTransfusions: 3,
    lastGivenDaysAgo: 24,
  },
];

export interface DemoCampRegistration {
  category: DonorCategory;
  source: CampRegistrationSource;
  /** Donated whole blood, or deferred at screening for a reason until some days after the camp (null: no end). */
  outcome: { donated: true } | { donated: false; reason: CampDeferralReason; untilDaysAfter: number | null };
}

const donated = { donated: true } as const;

export const demoCamp = {
  /** Fixed, so the seed finds it again (idempotent); in the camp code alphabet (domain/camps/camp-code.ts). */
  code: 'KNP4M',
  title: 'Blood donation camp for thalassemia children',
  venue: 'Police Lines (पुलिस लाइन्स), Kanpur',
  venueAddress: 'Police Lines, Civil Lines, Kanpur 208001',
  locality: 'Civil Lines',
  pincode: '208001',
  /** Held this many days before the seed. */
  heldDaysAgo: 35,
  startMinute: 9 * 60,
  endMinute: 15 * 60,
  slotMinutes: 30,
  slotCapacity: 10,
  partnerCentre: 'LLR (Hallet) Hospital Blood Centre, Kanpur',
  targetUnits: 15,
  coOrganisers: ['Rotary Club Kanpur'],
  registrations: [
    { category: 'police', source: 'operator', outcome: donated },
    { category: 'police', source: 'whatsapp', outcome: donated },
    { category: 'citizen', source: 'web', outcome: donated },
    {
      category: 'police',
      source: 'invitation',
      outcome: { donated: false, reason: 'low_haemoglobin', untilDaysAfter: 90 },
    },
    { category: 'citizen', source: 'whatsapp', outcome: donated },
    { category: 'police', source: 'operator', outcome: donated },
    { category: 'citizen', source: 'invitation', outcome: donated },
    { category: 'police', source: 'sms', outcome: donated },
    {
      category: 'citizen',
      source: 'web',
      outcome: { donated: false, reason: 'blood_pressure', untilDaysAfter: 14 },
    },
    { category: 'police', source: 'walk_in', outcome: donated },
    { category: 'citizen', source: 'walk_in', outcome: donated },
    { category: 'police', source: 'web', outcome: donated },
  ] satisfies DemoCampRegistration[] as readonly DemoCampRegistration[],
} as const;

/**
 * A camp planned for the day the demo is seeded, at the same police lines, with three donors registered: so the camp
 * page, the check-in screen (on the camp's day) and the public registration page can be tried at once.
 */
export const demoTodaysCamp = {
  code: 'KNP7T',
  title: 'Blood donation camp: Police Lines, Kanpur',
  startMinute: 9 * 60,
  endMinute: 17 * 60,
  slotMinutes: 30,
  slotCapacity: 6,
  targetUnits: 25,
  registrations: [
    { category: 'police', source: 'operator' },
    { category: 'citizen', source: 'web' },
    { category: 'police', source: 'whatsapp' },
  ] as const,
} as const;

/** How the Kanpur police's certificates read (the Police Commissioner signs them). */
export const demoCertificateSettings = {
  nameEn: 'Kanpur Nagar Police Commissionerate',
  nameHi: 'कानपुर नगर पुलिस कमिश्नरेट',
  signatoryEn: 'Police Commissioner, Kanpur Nagar',
  signatoryHi: 'पुलिस आयुक्त, कानपुर नगर',
  numberPrefix: 'KNP',
} as const;

/** The guardians' phones: what `demo remove` ends the children's care by. */
export const demoGuardianPhones: readonly string[] = demoChildren.map((c) => c.guardianPhone);
