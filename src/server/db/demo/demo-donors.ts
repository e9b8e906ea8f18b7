// The demo's blood donors: a few hundred people over the demo organisations' districts (Kanpur Nagar the densest),
// at real PIN codes and localities of data/gazetteer, with blood groups in Indian proportions — and the Kanpur
// police's 2021 drive for thalassemia children, which the figures page must show exactly as the helpline reported
// it: 36 units, 31 blood + 5 plasma, from 21 citizens and 15 police personnel (issue #12, ../shared/guides/DOMAIN.md).
// Made by a seeded generator, so every demo database holds the same people.
import { readFileSync } from 'node:fs';
import type { DonorInput } from '../../../shared/contracts/donor-input.js';
import type { AboRhGroup, DonorCategory, DonorIdKind, DonorProduct } from '../../../shared/enums.js';
import { addDays, kolkataDay } from '../../domain/blood/calendar.js';
import { gazetteer } from '../../domain/understanding/gazetteer.js';

/** The Kanpur figure and the period it is shown for. */
export const kanpurDrive = {
  organisation: 'kanpur-police',
  period: { from: '2021-04-01', to: '2021-05-31' },
  units: 36,
  unitsByProduct: { whole_blood: 31, plasma: 5 },
  donorsByCategory: { citizen: 21, police: 15 },
  bloodCentre: 'LLR (Hallet) Hospital Blood Centre, Kanpur',
} as const;

export interface DemoDonation {
  product: DonorProduct;
  donatedOn: string;
  bloodCentre: string;
  bagNumber: string;
  reachedNote: string;
}

export interface DemoDonor {
  /** demo-people.ts organisation key. */
  organisation: string;
  input: DonorInput;
  /** When they registered: the day before their first donation's week, or today. */
  registeredOn: string | null;
  /** The ID an operator saw when verifying them; null: not verified. */
  verifiedWith: DonorIdKind | null;
  donations: DemoDonation[];
}

/** Mulberry32: small, fast and the same everywhere. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;

/**
 * The k-th donor's group: a low-discrepancy walk through the frequencies (the golden ratio's multiples), so any few
 * hundred donors hold the groups in their proportions, which independent draws would only approach.
 */
let groupWalk = 0;
function nextGroup(): AboRhGroup {
  groupWalk += 1;
  const at = (groupWalk * 0.618_033_988_75) % 1;
  return weighted(() => at, groupFrequencies);
}
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
function weighted<T>(random: Random, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let at = random() * total;
  for (const [value, weight] of table) {
    at -= weight;
    if (at < 0) return value;
  }
  return (table[table.length - 1] as readonly [T, number])[0];
}

/** ABO/RhD in Indian donor populations (B+ the most common; about 6 % RhD-negative), in per mille. */
const groupFrequencies: ReadonlyArray<readonly [AboRhGroup, number]> = [
  ['B+', 322],
  ['O+', 298],
  ['A+', 220],
  ['AB+', 96],
  ['B-', 22],
  ['O-', 20],
  ['A-', 16],
  ['AB-', 6],
];

const menNames = (
  'Amit Rahul Sandeep Vikas Manoj Rajesh Sunil Anil Ajay Vijay Ravi Deepak Pankaj Alok Saurabh Nitin Ashish Arun ' +
  'Rohit Gaurav Arif Imran Salman Shahid Harish Dinesh Mukesh Pradeep Vivek Abhishek Anurag Shivam Ankit Rizwan ' +
  'Sachin Yogesh Hemant Kuldeep Satish Jitendra'
).split(' ');
const womenNames =
  'Priya Neha Pooja Anjali Shalini Rekha Kiran Nazia Farah Ritu Swati Shweta Preeti Komal Nidhi Sarita Manisha Rubina'.split(
    ' ',
  );
const surnames: Record<string, readonly string[]> = {
  UP: (
    'Sharma Verma Gupta Yadav Singh Tiwari Mishra Shukla Dwivedi Tripathi Pandey Srivastava Kushwaha Nishad Pal ' +
    'Katiyar Sachan Awasthi Bajpai Dixit Khan Ansari Siddiqui Chauhan Saxena Rajput'
  ).split(' '),
  BR: 'Kumar Prasad Sinha Jha Mandal Paswan Ram Thakur Choudhary Yadav Ansari'.split(' '),
  CT: 'Sahu Patel Verma Dewangan Kurre Netam Tandon Chandrakar Kashyap Yadav'.split(' '),
};

interface CoordinatesFile {
  pincodes: Record<string, unknown>;
  places: Record<string, unknown>;
  localities: Record<string, unknown>;
}
// This file sits at src/server/db/demo/ (and dist/server/db/demo/ once built).
const coordinates = JSON.parse(
  readFileSync(new URL('../../../../data/gazetteer/coordinates.json', import.meta.url), 'utf8'),
) as CoordinatesFile;

const addressBook = new Map<string, { pincodes: string[]; localities: string[] }>();

/** A district's PIN codes with a point, and its localities and towns by name, from the gazetteer. */
function addressesOf(districtCode: string): { pincodes: string[]; localities: string[] } {
  const known = addressBook.get(districtCode);
  if (known) return known;
  const pincodes = [...gazetteer.pincodes]
    .filter(([pin, district]) => district === districtCode && pin in coordinates.pincodes)
    .map(([pin]) => pin)
    .sort();
  const named = (table: Record<string, unknown>) =>
    Object.keys(table)
      .filter((key) => key.split('|')[1] === districtCode)
      .map((key) => key.split('|')[2] ?? '')
      .filter((name) => name !== '');
  const found = { pincodes, localities: [...named(coordinates.localities), ...named(coordinates.places)].sort() };
  addressBook.set(districtCode, found);
  return found;
}

interface Spread {
  organisation: string;
  district: string;
  count: number;
  categories: ReadonlyArray<readonly [DonorCategory, number]>;
  /** Share verified by an operator (ID seen, call made). */
  verified: number;
}

/** Where the demo's registry stands, besides the Kanpur drive's donors. */
const spreads: Spread[] = [
  {
    organisation: 'kanpur-police',
    district: 'UP-KANPUR-NAGAR',
    count: 110,
    categories: [
      ['citizen', 6],
      ['police', 4],
    ],
    verified: 0.35,
  },
  {
    organisation: 'oxygen-mission',
    district: 'UP-KANPUR-NAGAR',
    count: 40,
    categories: [
      ['citizen', 5],
      ['ngo_volunteer', 5],
    ],
    verified: 0.3,
  },
  {
    organisation: 'oxygen-mission',
    district: 'UP-UNNAO',
    count: 25,
    categories: [
      ['citizen', 5],
      ['ngo_volunteer', 5],
    ],
    verified: 0.25,
  },
  {
    organisation: 'prayagraj-mitra',
    district: 'UP-PRAYAGRAJ',
    count: 55,
    categories: [
      ['citizen', 7],
      ['police', 3],
    ],
    // Police Mitra verifies every donor before help is given.
    verified: 0.8,
  },
  {
    organisation: 'bilaspur-admin',
    district: 'CT-BILASPUR',
    count: 25,
    categories: [
      ['citizen', 7],
      ['staff', 3],
    ],
    verified: 0.3,
  },
  ...(['BR-PATNA', 'BR-GAYA', 'BR-MUZAFFARPUR', 'BR-BHAGALPUR'] as const).map((district): Spread => ({
    organisation: 'bihar-volunteers',
    district,
    count: district === 'BR-PATNA' ? 25 : 7,
    categories: [
      ['party_volunteer', 6],
      ['citizen', 4],
    ],
    verified: 0.3,
  })),
];

/** Phones no demo login or simulator sample uses: +91 88001 xxxxx for the drive, +91 88002 xxxxx for the rest. */
const phoneOf = (block: 1 | 2, index: number) =>
  `+9188${String(block).padStart(3, '0')}${String(index).padStart(5, '0')}`;

function person(
  random: Random,
  state: string,
  over: { sex?: 'male' | 'female'; today: string; minAge?: number },
): Pick<DonorInput, 'name' | 'sex' | 'dateOfBirth' | 'weightBand'> {
  const sex = over.sex ?? (random() < 0.82 ? 'male' : 'female');
  const first = pick(random, sex === 'male' ? menNames : womenNames);
  const age = (over.minAge ?? 19) + Math.floor(random() * (56 - (over.minAge ?? 19)));
  const born = addDays(`${Number(over.today.slice(0, 4)) - age}-01-01`, Math.floor(random() * 360));
  return {
    name: `${first} ${pick(random, surnames[state] ?? surnames.UP ?? [])}`,
    sex,
    dateOfBirth: born,
    weightBand: sex === 'female' && random() < 0.5 ? '45-55' : '>55',
  };
}

function address(random: Random, district: string): Pick<DonorInput, 'pincode' | 'locality'> {
  const { pincodes, localities } = addressesOf(district);
  // Most people give a PIN code; some only their locality or town.
  if (pincodes.length > 0 && (localities.length === 0 || random() < 0.65)) {
    return { pincode: pick(random, pincodes), locality: null };
  }
  return { pincode: null, locality: localities.length > 0 ? pick(random, localities) : null };
}

function baseInput(
  random: Random,
  phone: string,
  district: string,
  category: DonorCategory,
  details: Pick<DonorInput, 'name' | 'sex' | 'dateOfBirth' | 'weightBand'>,
  organisationName: string,
): DonorInput {
  const products: DonorProduct[] = ['whole_blood'];
  if (details.weightBand === '>55' && random() < 0.15) products.push('platelets');
  if (details.weightBand === '>55' && random() < 0.1) products.push('plasma');
  return {
    phone,
    ...details,
    bloodGroup: nextGroup(),
    district,
    ...address(random, district),
    products,
    contactFrom: 420,
    contactTo: 1320,
    category,
    language: random() < 0.88 ? 'hi' : 'en',
    preferredChannel: random() < 0.8 ? 'whatsapp' : 'sms',
    firstTimeDonor: false,
    deferrals: [],
    pregnant: false,
    breastFeeding: false,
    contestedClauses: [],
    consentPurpose: `To be asked for blood for patients near me by ${organisationName}`,
  };
}

/**
 * The drive's 36 donors in Kanpur Nagar: 15 police personnel and 21 citizens, one donation each between 3 April
 * and 29 May 2021 — 31 of whole blood for thalassemia children at Hallet Hospital, 5 of plasma from people who had
 * recovered from COVID-19 (the second wave), each at least 28 days after their recovery.
 */
function driveDonors(random: Random, organisationName: string): DemoDonor[] {
  const plasmaAt = new Set([3, 9, 18, 25, 31]);
  return Array.from({ length: kanpurDrive.units }, (_, i): DemoDonor => {
    const category: DonorCategory = i < kanpurDrive.donorsByCategory.police ? 'police' : 'citizen';
    const plasma = plasmaAt.has(i);
    const donatedOn = addDays('2021-04-03', Math.floor((i * 56) / (kanpurDrive.units - 1)));
    // Apheresis donors are 18 to 60 and weigh 50 kg or more; the women among the citizens give whole blood.
    const sex = category === 'citizen' && !plasma && i % 5 === 2 ? 'female' : 'male';
    const details = person(random, 'UP', { sex, today: donatedOn, minAge: 21 });
    const input = baseInput(
      random,
      phoneOf(1, i + 1),
      'UP-KANPUR-NAGAR',
      category,
      { ...details, weightBand: plasma ? '>55' : details.weightBand },
      organisationName,
    );
    input.products = plasma ? ['whole_blood', 'plasma'] : ['whole_blood'];
    if (plasma) input.deferrals = [{ kind: 'covid_recovery', date: addDays(donatedOn, -35 - (i % 10)) }];
    return {
      organisation: kanpurDrive.organisation,
      input,
      registeredOn: addDays(donatedOn, -3),
      // Seen at the drive: police personnel showed their police ID, citizens their Aadhaar or voter ID.
      verifiedWith: category === 'police' ? 'police_id' : i % 2 === 0 ? 'aadhaar' : 'voter_id',
      donations: [
        {
          product: plasma ? 'plasma' : 'whole_blood',
          donatedOn,
          bloodCentre: kanpurDrive.bloodCentre,
          bagNumber: `KNP21-${String(i + 1).padStart(4, '0')}`,
          reachedNote: plasma
            ? 'a COVID-19 patient at Hallet Hospital, Kanpur'
            : 'a thalassemia child at Hallet Hospital, Kanpur',
        },
      ],
    };
  });
}

/**
 * Every demo donor. `today` places the recent donations (some of Police Mitra Prayagraj's donors gave in the last
 * months, so their next eligible day is still ahead) and the ages; `names` are the demo organisations' names.
 */
export function demoDonors(today: Date, names: ReadonlyMap<string, string>): DemoDonor[] {
  const random = generator(12);
  groupWalk = 0;
  const day = kolkataDay(today);
  const nameOf = (key: string) => names.get(key) ?? key;
  const donors = driveDonors(random, nameOf(kanpurDrive.organisation));
  let index = 0;
  for (const spread of spreads) {
    const state = spread.district.slice(0, 2);
    for (let n = 0; n < spread.count; n += 1) {
      index += 1;
      const category = weighted(random, spread.categories);
      const atCamp = spread.district === 'BR-PATNA' && n < 14;
      // Those who gave at the 2021 camp were adults then.
      const details = person(random, state, atCamp ? { today: '2021-05-16', minAge: 21 } : { today: day });
      const input = baseInput(
        random,
        phoneOf(2, index),
        spread.district,
        category,
        details,
        nameOf(spread.organisation),
      );
      const donations: DemoDonation[] = [];
      if (spread.organisation === 'prayagraj-mitra' && n % 4 === 0) {
        donations.push({
          product: 'whole_blood',
          donatedOn: addDays(day, -(8 + ((n * 13) % 170))),
          bloodCentre: 'Swaroop Rani Nehru Hospital Blood Centre, Prayagraj',
          bagNumber: `PRJ-${String(n + 1).padStart(4, '0')}`,
          reachedNote: 'a patient at Swaroop Rani Nehru Hospital, Prayagraj',
        });
      }
      // The Bihar volunteer wing's blood camp in Patna in May 2021.
      if (atCamp) {
        const plasma = input.products.includes('plasma');
        if (plasma) input.deferrals = [{ kind: 'covid_recovery', date: '2021-04-02' }];
        donations.push({
          product: plasma ? 'plasma' : 'whole_blood',
          donatedOn: '2021-05-16',
          bloodCentre: 'PMCH Blood Centre, Patna',
          bagNumber: `PAT21-${String(n + 1).padStart(4, '0')}`,
          reachedNote: plasma ? 'a COVID-19 patient at PMCH, Patna' : 'a patient at PMCH, Patna',
        });
      }
      const first = donations[0]?.donatedOn;
      donors.push({
        organisation: spread.organisation,
        input,
        registeredOn: first ? addDays(first, -3) : null,
        verifiedWith:
          donations.length > 0 || random() < spread.verified
            ? category === 'police'
              ? 'police_id'
              : pick(random, ['aadhaar', 'voter_id', 'driving_licence'] as const)
            : null,
        donations,
      });
    }
  }
  return donors;
}
