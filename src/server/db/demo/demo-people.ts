// Demo organisations and people, modelled on the 2021 helplines in ../shared/guides/DOMAIN.md.
// Printed at start and listed in the README; tests sign in with them too.
import type { OrganisationKind, Role } from '../../../shared/enums.js';

export const demoPassword = 'sahayata-demo';

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  /** District names as in data/geography/india.json, with their state code. */
  districts: { state: string; name: string }[] | { state: string; all: true };
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    key: 'kanpur-police',
    name: 'Kanpur Nagar Police Commissionerate',
    kind: 'police',
    districts: [{ state: 'UP', name: 'Kanpur Nagar' }],
  },
  {
    key: 'oxygen-mission',
    name: 'Mission Jeevan Oxygen Seva (Kanpur–Unnao)',
    kind: 'ngo',
    districts: [
      { state: 'UP', name: 'Kanpur Nagar' },
      { state: 'UP', name: 'Unnao' },
    ],
  },
  {
    key: 'bilaspur-admin',
    name: 'Bilaspur District Administration',
    kind: 'district_administration',
    districts: [{ state: 'CT', name: 'Bilaspur' }],
  },
  {
    key: 'prayagraj-mitra',
    name: 'Police Mitra Prayagraj',
    kind: 'police',
    districts: [{ state: 'UP', name: 'Prayagraj' }],
  },
  {
    key: 'bihar-volunteers',
    name: 'Seva Volunteer Wing, Bihar (Patna)',
    kind: 'party_volunteer_wing',
    districts: { state: 'BR', all: true },
  },
];

export interface DemoPerson {
  name: string;
  phone: string;
  email: string;
  role: Role;
  /** Null for the platform admin. */
  organisation: string | null;
  /** District names inside the organisation; empty means all of the organisation's districts. */
  districts: string[];
  language: 'hi' | 'en';
}

export const demoPeople: DemoPerson[] = [
  {
    name: 'Asha Verma',
    phone: '+919000000001',
    email: 'admin@sahayata.example',
    role: 'admin',
    organisation: null,
    districts: [],
    language: 'en',
  },
  {
    name: 'Rakesh Tiwari',
    phone: '+919000000002',
    email: 'coordinator.kanpur@sahayata.example',
    role: 'coordinator',
    organisation: 'kanpur-police',
    districts: [],
    language: 'hi',
  },
  {
    name: 'Sunita Yadav',
    phone: '+919000000003',
    email: 'operator.kanpur@sahayata.example',
    role: 'operator',
    organisation: 'kanpur-police',
    districts: [],
    language: 'hi',
  },
  {
    name: 'Imran Qureshi',
    phone: '+919000000004',
    email: 'volunteer.kanpur@sahayata.example',
    role: 'volunteer',
    organisation: 'oxygen-mission',
    districts: ['Kanpur Nagar'],
    language: 'hi',
  },
  {
    name: 'Neha Sinha',
    phone: '+919000000005',
    email: 'viewer.bihar@sahayata.example',
    role: 'viewer',
    organisation: 'bihar-volunteers',
    districts: [],
    language: 'en',
  },
  {
    name: 'Pooja Shukla',
    phone: '+919000000006',
    email: 'coordinator.unnao@sahayata.example',
    role: 'coordinator',
    organisation: 'oxygen-mission',
    districts: ['Unnao'],
    language: 'hi',
  },
  {
    name: 'Arvind Sahu',
    phone: '+919000000007',
    email: 'coordinator.bilaspur@sahayata.example',
    role: 'coordinator',
    organisation: 'bilaspur-admin',
    districts: [],
    language: 'hi',
  },
  {
    name: 'Deepak Patel',
    phone: '+919000000008',
    email: 'operator.bilaspur@sahayata.example',
    role: 'operator',
    organisation: 'bilaspur-admin',
    districts: [],
    language: 'en',
  },
  {
    name: 'Anil Kumar',
    phone: '+919000000009',
    email: 'coordinator.prayagraj@sahayata.example',
    role: 'coordinator',
    organisation: 'prayagraj-mitra',
    districts: [],
    language: 'hi',
  },
  {
    name: 'Kavita Mishra',
    phone: '+919000000010',
    email: 'operator.prayagraj@sahayata.example',
    role: 'operator',
    organisation: 'prayagraj-mitra',
    districts: [],
    language: 'hi',
  },
  {
    name: 'Ravi Ranjan',
    phone: '+919000000011',
    email: 'volunteer.patna@sahayata.example',
    role: 'volunteer',
    organisation: 'bihar-volunteers',
    districts: ['Patna'],
    language: 'hi',
  },
];
