// Mission Jeevan's lending as the demo shows it (issue #13, the Kanpur–Unnao seed of ../shared/guides/DOMAIN.md §4):
// depots in Kanpur and Unnao, 40 cylinders (B and D, some owned or funded by named sponsors with a private link),
// regulators and oximeters, a few loans out from WhatsApp cases (one overdue), two loans back with their deposits
// refunded, empties on a refill order, refill vendors with prices, and two oxygen stock sites with a day of entries.
// Seeded by seed-demo-lending.ts, which checks every row against the lending rules.
import { createHash } from 'node:crypto';
import type { CylinderType, DepotKind, ItemCondition, StockSiteKind } from '../../../shared/enums.js';
import type { LoanAccessory } from '../schema/index.js';

export const organisationKey = 'oxygen-mission';
export const kanpur = 'UP-KANPUR-NAGAR';
export const unnao = 'UP-UNNAO';

export interface DepotSpec {
  key: 'kanpur' | 'unnao';
  name: string;
  kind: DepotKind;
  district: string;
  address: string;
  lat: number;
  lon: number;
  contactPhone: string;
  /** Sticker prefix: KNP-B-001. */
  prefix: string;
  cylinders: Partial<Record<CylinderType, number>>;
  regulators: number;
  oximeters: number;
}

export const depotSpecs: DepotSpec[] = [
  {
    key: 'kanpur',
    name: 'Mission Jeevan office, Swaroop Nagar',
    kind: 'ngo_office',
    district: kanpur,
    address: '117/N Swaroop Nagar, Kanpur 208002',
    lat: 26.4812,
    lon: 80.3164,
    contactPhone: '+919839010101',
    prefix: 'KNP',
    cylinders: { B: 14, D: 6 },
    regulators: 6,
    oximeters: 4,
  },
  {
    key: 'unnao',
    name: 'Mission Jeevan store, Civil Lines Unnao',
    kind: 'ngo_office',
    district: unnao,
    address: 'Near Kotwali, Civil Lines, Unnao 209801',
    lat: 26.5469,
    lon: 80.4878,
    contactPhone: '+919839010102',
    prefix: 'UNN',
    cylinders: { B: 16, D: 4 },
    regulators: 6,
    oximeters: 4,
  },
];

export interface SponsorSpec {
  name: string;
  kind: 'company' | 'trust';
  contactName: string;
  contactPhone: string;
  sponsorship: 'owns' | 'funded';
  /** The stickers of the items they own or funded. */
  labels: string[];
}

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}-${String(from + i).padStart(3, '0')}`);

export const sponsorSpecs: SponsorSpec[] = [
  {
    name: 'Shukla Steels Pvt Ltd',
    kind: 'company',
    contactName: 'Manoj Shukla',
    contactPhone: '+919839020201',
    sponsorship: 'owns',
    labels: range('KNP-B', 1, 6),
  },
  {
    name: 'Rotary Club of Unnao',
    kind: 'trust',
    contactName: 'Savita Awasthi',
    contactPhone: '+919839020202',
    sponsorship: 'funded',
    labels: range('UNN-B', 1, 5),
  },
];

/**
 * The demo sponsors' private links are derived from their names, so the demo's sponsor pages can be opened (like the
 * demo's published password, they are for the demo only; a coordinator's "new link" replaces them).
 */
export function demoSponsorToken(name: string): string {
  return createHash('sha256').update(`sahayata-demo-sponsor:${name}`).digest('base64url');
}

export const vendorSpecs = [
  {
    name: 'Kanpur Oxygen Gases, Panki',
    district: null,
    phone: '+919839030301',
    address: 'Site 2, Panki Industrial Area, Kanpur',
    prices: { B: 150, B_small: 100, D: 300 },
  },
  {
    name: 'Unnao Industrial Gases',
    district: unnao,
    phone: '+919839030302',
    address: 'UPSIDC Site 2, Unnao',
    prices: { B: 120, D: 280 },
  },
] as const;

/** A loan as it happened: the WhatsApp plea, the lend, the hand-over, and (for some) the return. */
export interface LoanSpec {
  depot: DepotSpec['key'];
  cylinder: string;
  accessories: { label: string }[];
  consumables: LoanAccessory['kind'][];
  patient: { name: string; age: number; sex: 'female' | 'male' };
  borrower: { name: string; phone: string };
  plea: string;
  spo2: number;
  locality: string;
  address: string;
  lat: number;
  lon: number;
  /** Days before now it was handed over. */
  handedOverDaysAgo: number;
  minutesToHandOver: number;
  deliveredBy: { name: string } | { demoEmail: string };
  deposit: { amount: number; mode: 'cash' | 'upi' | 'waived'; receipt?: string; reason?: string };
  returned?: { daysAgo: number; condition: ItemCondition };
}

export const loanSpecs: LoanSpec[] = [
  {
    // Shuklaganj is in Unnao across the Ganga from Kanpur: the Kanpur office is the nearer depot.
    depot: 'kanpur',
    cylinder: 'KNP-B-001',
    accessories: [{ label: 'KNP-REG-01' }],
    consumables: ['mask'],
    patient: { name: 'Ramdulari Devi', age: 64, sex: 'female' },
    borrower: { name: 'Santosh Kumar', phone: '+919876510001' },
    plea: 'मेरी माँ को ऑक्सीजन सिलेंडर चाहिए, SpO2 92 है, कोविड पॉजिटिव, घर पर हैं। शुक्लागंज, उन्नाव',
    spo2: 92,
    locality: 'Shuklaganj',
    address: 'Ward 14, Gangaghat, Shuklaganj',
    lat: 26.4905,
    lon: 80.3842,
    handedOverDaysAgo: 2,
    minutesToHandOver: 28,
    deliveredBy: { demoEmail: 'volunteer.kanpur@sahayata.example' },
    deposit: { amount: 5000, mode: 'cash', receipt: 'MJ-0412' },
  },
  {
    depot: 'unnao',
    cylinder: 'UNN-B-002',
    accessories: [{ label: 'UNN-REG-01' }, { label: 'UNN-OXM-01' }],
    consumables: ['cannula'],
    patient: { name: 'Harish Chandra Bajpai', age: 58, sex: 'male' },
    borrower: { name: 'Neelam Bajpai', phone: '+919876510002' },
    plea: 'Papa ko oxygen cylinder chahiye, SpO2 91, covid positive, home isolation, Civil Lines Unnao',
    spo2: 91,
    locality: 'Civil Lines',
    address: 'Behind Zila Parishad, Civil Lines, Unnao',
    lat: 26.5421,
    lon: 80.4912,
    handedOverDaysAgo: 4,
    minutesToHandOver: 35,
    deliveredBy: { name: 'Ramesh Yadav (driver)' },
    deposit: { amount: 3000, mode: 'upi', receipt: 'UPI 412233' },
  },
  {
    depot: 'unnao',
    cylinder: 'UNN-B-007',
    accessories: [{ label: 'UNN-REG-02' }],
    consumables: ['mask'],
    patient: { name: 'Shabnam Bano', age: 47, sex: 'female' },
    borrower: { name: 'Irfan Ali', phone: '+919876510003' },
    plea: 'बहन को ऑक्सीजन की ज़रूरत है, ऑक्सीजन 93, कोविड रिपोर्ट पॉजिटिव, घर पर आइसोलेशन, बांगरमऊ उन्नाव',
    spo2: 93,
    locality: 'Bangarmau',
    address: 'Mohalla Kaziana, Bangarmau',
    lat: 26.8906,
    lon: 80.2126,
    handedOverDaysAgo: 1,
    minutesToHandOver: 52,
    deliveredBy: { name: 'Ramesh Yadav (driver)' },
    deposit: { amount: 0, mode: 'waived', reason: 'Daily wage family; the ward councillor vouched for them' },
  },
  {
    // Ten days out on a seven-day loan: overdue, and the jobs escalate it to the coordinator.
    depot: 'unnao',
    cylinder: 'UNN-B-010',
    accessories: [],
    consumables: ['mask'],
    patient: { name: 'Kallu Prasad', age: 61, sex: 'male' },
    borrower: { name: 'Rajesh Prasad', phone: '+919876510004' },
    plea: 'Pitaji ke liye oxygen cylinder, SpO2 90, corona positive, ghar par hain, Purwa Unnao',
    spo2: 90,
    locality: 'Purwa',
    address: 'Station Road, Purwa',
    lat: 26.4614,
    lon: 80.7772,
    handedOverDaysAgo: 10,
    minutesToHandOver: 41,
    deliveredBy: { name: 'Ramesh Yadav (driver)' },
    deposit: { amount: 5000, mode: 'cash', receipt: 'MJ-0398' },
  },
  {
    depot: 'unnao',
    cylinder: 'UNN-B-012',
    accessories: [{ label: 'UNN-OXM-02' }],
    consumables: ['mask'],
    patient: { name: 'Geeta Trivedi', age: 39, sex: 'female' },
    borrower: { name: 'Alok Trivedi', phone: '+919876510005' },
    plea: 'पत्नी के लिए ऑक्सीजन सिलेंडर चाहिए, SpO2 92, कोविड पॉजिटिव, होम आइसोलेशन, उन्नाव',
    spo2: 92,
    locality: 'Akrampur',
    address: 'Akrampur, Unnao',
    lat: 26.5602,
    lon: 80.4701,
    handedOverDaysAgo: 12,
    minutesToHandOver: 24,
    deliveredBy: { name: 'Ramesh Yadav (driver)' },
    deposit: { amount: 5000, mode: 'cash', receipt: 'MJ-0377' },
    returned: { daysAgo: 5, condition: 'empty' },
  },
  {
    depot: 'kanpur',
    cylinder: 'KNP-B-008',
    accessories: [],
    consumables: ['cannula'],
    patient: { name: 'Mohammad Salim', age: 52, sex: 'male' },
    borrower: { name: 'Mohammad Salim', phone: '+919876510006' },
    plea: 'Oxygen cylinder needed, SpO2 91, covid positive, home isolation, Shuklaganj Unnao',
    spo2: 91,
    locality: 'Shuklaganj',
    address: 'Azad Nagar, Shuklaganj',
    lat: 26.4951,
    lon: 80.3991,
    handedOverDaysAgo: 9,
    minutesToHandOver: 31,
    deliveredBy: { demoEmail: 'volunteer.kanpur@sahayata.example' },
    deposit: { amount: 5000, mode: 'upi', receipt: 'UPI 398812' },
    returned: { daysAgo: 3, condition: 'partly_used' },
  },
];

/** Jumbo cylinders the Kanpur office sent for refilling yesterday (found empty at the depot the day before). */
export const refillSpec = { depot: 'kanpur' as const, vendor: vendorSpecs[0].name, labels: ['KNP-D-005', 'KNP-D-006'] };

/** Oxygen stock sites with a day of entries: consumption every four hours, so the burn rate and time to empty show. */
export const stockSpecs: {
  name: string;
  kind: StockSiteKind;
  district: string;
  address: string;
  lat: number;
  lon: number;
  /** Full cylinders counted 22 hours ago. */
  counted: Partial<Record<CylinderType, number>>;
  /** Cylinders used in each four-hour stretch since. */
  usedEvery4h: Partial<Record<CylinderType, number>>;
  received?: { hoursAgo: number; cylinders: Partial<Record<CylinderType, number>> };
}[] = [
  {
    name: 'Unnao district Covid war room store',
    kind: 'war_room',
    district: unnao,
    address: 'Collectorate, Unnao',
    lat: 26.5465,
    lon: 80.4883,
    counted: { D: 14, B: 20 },
    usedEvery4h: { D: 1, B: 2 },
  },
  {
    name: 'Swaroop Nagar Covid care centre',
    kind: 'covid_care_centre',
    district: kanpur,
    address: 'Government Girls Inter College, Swaroop Nagar, Kanpur',
    lat: 26.4838,
    lon: 80.3201,
    counted: { D: 8 },
    usedEvery4h: { D: 1 },
    received: { hoursAgo: 9, cylinders: { D: 2 } },
  },
];
