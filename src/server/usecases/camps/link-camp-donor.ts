// The registry donor a camp registration is: the organisation's donor with that phone when there is one, else a new
// donor registered through the registry's one way in (usecases/donors/register-donor.ts) from what the registration
// knows — name, phone, group, category, language, the camp's district and place. Sex, date of birth and weight
// wait for the verification call, as for a donor who came by message. A donor already registered is linked, never
// overwritten with the registration's thinner data.
import { and, eq } from 'drizzle-orm';
import type { DonorRegistration } from '../../../shared/contracts/donor-input.js';
import type { DonorSource } from '../../../shared/enums.js';
import type { Tx } from '../../db/client.js';
import { donors } from '../../db/schema/index.js';
import { channelText } from '../../i18n.js';
import { donorRegistrationErrors, registerDonor } from '../donors/register-donor.js';
import type { CampRegistrationRow, CampRow } from './camp-access.js';

const donorSourceOf: Record<CampRegistrationRow['source'], DonorSource> = {
  web: 'web',
  whatsapp: 'whatsapp',
  sms: 'sms',
  operator: 'operator',
  invitation: 'operator',
  walk_in: 'operator',
};

export type LinkedDonor = { donorId: string; created: boolean } | { donorId: null; refused: string[] };

export async function linkCampDonor(
  tx: Tx,
  camp: CampRow,
  registration: CampRegistrationRow,
  actorId: string | null,
  now: Date,
): Promise<LinkedDonor> {
  if (registration.donorId) return { donorId: registration.donorId, created: false };
  const [known] = await tx
    .select({ id: donors.id })
    .from(donors)
    .where(and(eq(donors.organisationId, camp.organisationId), eq(donors.phone, registration.phone)));
  if (known) return { donorId: known.id, created: false };
  const language = registration.language;
  const input: DonorRegistration = {
    phone: registration.phone,
    name: registration.name,
    sex: null,
    dateOfBirth: null,
    weightBand: null,
    bloodGroup: registration.bloodGroup,
    district: camp.districtCode,
    locality: camp.locality,
    pincode: camp.pincode,
    products: ['whole_blood'],
    contactFrom: 420,
    contactTo: 1320,
    category: registration.category,
    language,
    preferredChannel: registration.source === 'sms' ? 'sms' : 'whatsapp',
    firstTimeDonor: false,
    lastDonation: null,
    deferrals: [],
    pregnant: false,
    breastFeeding: false,
    contestedClauses: [],
    consentPurpose: channelText(language, 'camp.consent_purpose', { camp: camp.title }),
  };
  const problems = await donorRegistrationErrors(tx, camp.organisationId, input, now);
  if (problems.length > 0) return { donorId: null, refused: problems.map((p) => `${p.field}:${p.code}`) };
  const registered = await registerDonor(tx, {
    organisationId: camp.organisationId,
    input,
    source: donorSourceOf[registration.source],
    actorId,
    now,
    details: { campId: camp.id, campRegistrationId: registration.id },
  });
  return { donorId: registered.donorId, created: registered.created };
}
