// The web app's `translation` namespace: one catalog per area in locales/{en,hi}/translation/<area>.json, merged.
// Imported one by one (not globbed) so that `t()` keys stay typed: i18next.d.ts takes the merged English type, and a
// key missing from it does not compile. A new area adds its two files here; i18n-catalogs.test.ts fails naming any
// catalog file on disk that is not listed, and any key that two areas both hold.
import enAccount from '../../locales/en/translation/account.json';
import enAudit from '../../locales/en/translation/audit.json';
import enAuth from '../../locales/en/translation/auth.json';
import enBlood from '../../locales/en/translation/blood.json';
import enDonors from '../../locales/en/translation/donors.json';
import enDonate from '../../locales/en/translation/donate.json';
import enOutreach from '../../locales/en/translation/outreach.json';
import enBloodReports from '../../locales/en/translation/blood-reports.json';
import enCallbacks from '../../locales/en/translation/callbacks.json';
import enCamps from '../../locales/en/translation/camps.json';
import enCases from '../../locales/en/translation/cases.json';
import enCertificates from '../../locales/en/translation/certificates.json';
import enChannels from '../../locales/en/translation/channels.json';
import enCommon from '../../locales/en/translation/common.json';
import enDesk from '../../locales/en/translation/desk.json';
import enFlaggedPhones from '../../locales/en/translation/flagged-phones.json';
import enGeography from '../../locales/en/translation/geography.json';
import enHome from '../../locales/en/translation/home.json';
import enIntake from '../../locales/en/translation/intake.json';
import enJobs from '../../locales/en/translation/jobs.json';
import enLeads from '../../locales/en/translation/leads.json';
import enLending from '../../locales/en/translation/lending.json';
import enNotifications from '../../locales/en/translation/notifications.json';
import enOrganisations from '../../locales/en/translation/organisations.json';
import enPeople from '../../locales/en/translation/people.json';
import enPublic from '../../locales/en/translation/public.json';
import enShell from '../../locales/en/translation/shell.json';
import enSimulator from '../../locales/en/translation/simulator.json';
import enThalassemia from '../../locales/en/translation/thalassemia.json';
import hiAccount from '../../locales/hi/translation/account.json';
import hiAudit from '../../locales/hi/translation/audit.json';
import hiAuth from '../../locales/hi/translation/auth.json';
import hiBlood from '../../locales/hi/translation/blood.json';
import hiDonors from '../../locales/hi/translation/donors.json';
import hiDonate from '../../locales/hi/translation/donate.json';
import hiOutreach from '../../locales/hi/translation/outreach.json';
import hiBloodReports from '../../locales/hi/translation/blood-reports.json';
import hiCallbacks from '../../locales/hi/translation/callbacks.json';
import hiCamps from '../../locales/hi/translation/camps.json';
import hiCases from '../../locales/hi/translation/cases.json';
import hiCertificates from '../../locales/hi/translation/certificates.json';
import hiChannels from '../../locales/hi/translation/channels.json';
import hiCommon from '../../locales/hi/translation/common.json';
import hiDesk from '../../locales/hi/translation/desk.json';
import hiFlaggedPhones from '../../locales/hi/translation/flagged-phones.json';
import hiGeography from '../../locales/hi/translation/geography.json';
import hiHome from '../../locales/hi/translation/home.json';
import hiIntake from '../../locales/hi/translation/intake.json';
import hiJobs from '../../locales/hi/translation/jobs.json';
import hiLeads from '../../locales/hi/translation/leads.json';
import hiLending from '../../locales/hi/translation/lending.json';
import hiNotifications from '../../locales/hi/translation/notifications.json';
import hiOrganisations from '../../locales/hi/translation/organisations.json';
import hiPeople from '../../locales/hi/translation/people.json';
import hiPublic from '../../locales/hi/translation/public.json';
import hiShell from '../../locales/hi/translation/shell.json';
import hiSimulator from '../../locales/hi/translation/simulator.json';
import hiThalassemia from '../../locales/hi/translation/thalassemia.json';

type Catalog = { [key: string]: string | Catalog };

/** The areas' catalogs as one type: the union of the area types turned into their intersection (all their keys). */
type Merged<Areas> = (
  Areas[keyof Areas] extends infer Area ? (Area extends unknown ? (a: Area) => void : never) : never
) extends (a: infer All) => void
  ? All
  : never;

const english = {
  account: enAccount,
  audit: enAudit,
  auth: enAuth,
  blood: enBlood,
  'blood-reports': enBloodReports,
  callbacks: enCallbacks,
  camps: enCamps,
  cases: enCases,
  certificates: enCertificates,
  channels: enChannels,
  common: enCommon,
  desk: enDesk,
  donate: enDonate,
  donors: enDonors,
  'flagged-phones': enFlaggedPhones,
  geography: enGeography,
  home: enHome,
  intake: enIntake,
  jobs: enJobs,
  leads: enLeads,
  lending: enLending,
  notifications: enNotifications,
  organisations: enOrganisations,
  outreach: enOutreach,
  people: enPeople,
  public: enPublic,
  shell: enShell,
  simulator: enSimulator,
  thalassemia: enThalassemia,
};

/** The same areas in Hindi: the compiler checks the list, the tests their keys. */
const hindi: Record<keyof typeof english, Catalog> = {
  account: hiAccount,
  audit: hiAudit,
  auth: hiAuth,
  blood: hiBlood,
  'blood-reports': hiBloodReports,
  callbacks: hiCallbacks,
  camps: hiCamps,
  cases: hiCases,
  certificates: hiCertificates,
  channels: hiChannels,
  common: hiCommon,
  desk: hiDesk,
  donate: hiDonate,
  donors: hiDonors,
  'flagged-phones': hiFlaggedPhones,
  geography: hiGeography,
  home: hiHome,
  intake: hiIntake,
  jobs: hiJobs,
  leads: hiLeads,
  lending: hiLending,
  notifications: hiNotifications,
  organisations: hiOrganisations,
  outreach: hiOutreach,
  people: hiPeople,
  public: hiPublic,
  shell: hiShell,
  simulator: hiSimulator,
  thalassemia: hiThalassemia,
};

export const translationAreas = { en: english, hi: hindi };

function merge<Areas extends Record<string, Catalog>>(areas: Areas): Merged<Areas> {
  return Object.assign({}, ...Object.values(areas)) as Merged<Areas>;
}

/** Each language's catalog, as i18next reads it. */
export const translations = { en: merge(english), hi: merge(hindi) };
