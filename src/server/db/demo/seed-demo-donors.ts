// Seeds the demo's blood donors once (demo-donors.ts), in one transaction: each checked and located as the
// registry's way in (register-donor.ts) does, verified by their organisation's demo coordinator or operator where
// the spec says so, each donation checked against the eligibility rules on its day, and every next eligible day
// decided by the same rules from the donations (record-past-donations.ts).
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.js';
import { bloodPolicyFor } from '../queries/blood-policies.js';
import { donations, donorEvents, donors, users } from '../schema/index.js';
import type { BloodPolicy } from '../../domain/blood/blood-policy.js';
import { decideDonorEligibility } from '../../domain/blood/donor-eligibility.js';
import { registrationProblems } from '../../domain/blood/registration-checks.js';
import { locate } from '../../domain/geo/locate.js';
import { demoDonors, type DemoDonor } from './demo-donors.js';
import { demoPeople } from './demo-people.js';
import { assertEligibleWhenGiven, donationEvent, lastDayOf } from './record-past-donations.js';

/** Who verifies an organisation's demo donors: its first demo coordinator, else operator; null if it has neither. */
async function verifiers(db: Db): Promise<Map<string, string>> {
  const byOrganisation = new Map<string, string>();
  const staff = demoPeople.filter((p) => p.organisation !== null && ['coordinator', 'operator'].includes(p.role));
  if (staff.length === 0) return byOrganisation;
  const rows = await db
    .select({ id: users.id, phone: users.phone })
    .from(users)
    .where(
      inArray(
        users.phone,
        staff.map((p) => p.phone),
      ),
    );
  for (const role of ['coordinator', 'operator'] as const) {
    for (const p of staff.filter((s) => s.role === role)) {
      const id = rows.find((r) => r.phone === p.phone)?.id;
      if (id && p.organisation && !byOrganisation.has(p.organisation)) byOrganisation.set(p.organisation, id);
    }
  }
  return byOrganisation;
}

const morningOf = (day: string) => new Date(`${day}T09:00:00+05:30`);

interface Rows {
  donors: Array<typeof donors.$inferInsert>;
  events: Array<typeof donorEvents.$inferInsert>;
  donations: Array<typeof donations.$inferInsert>;
}

/** One demo donor's rows: the registration as register-donor.ts would make it, verification, donations. */
function rowsOf(
  spec: DemoDonor,
  organisation: { id: string; districts: readonly string[] },
  policy: BloodPolicy,
  verifierId: string | null,
  now: Date,
  rows: Rows,
): void {
  const { input } = spec;
  const registeredAt = spec.registeredOn ? new Date(`${spec.registeredOn}T10:00:00+05:30`) : now;
  const problems = registrationProblems(input, registeredAt);
  if (problems.length > 0 || !organisation.districts.includes(input.district)) {
    throw new Error(`demo data: donor ${input.phone} cannot register (${problems.map((p) => p.code).join(', ')})`);
  }
  const id = randomUUID();
  const facts = {
    dateOfBirth: input.dateOfBirth,
    sex: input.sex,
    weightBand: input.weightBand,
    weightKg: input.weightKg ?? null,
    products: [...input.products],
    firstTimeDonor: input.firstTimeDonor,
    declaredLastDonation: input.lastDonation ?? null,
    deferrals: [...input.deferrals],
    pregnant: input.pregnant,
    breastFeeding: input.breastFeeding,
    breastFeedingUntil: input.breastFeedingUntil ?? null,
    contestedClauses: [],
    centreDeferralReason: null,
    centreDeferralUntil: null,
  };
  const given = assertEligibleWhenGiven({ ...facts, id: input.phone }, [], spec.donations, policy);
  const atRegistration = decideDonorEligibility(facts, [], policy, registeredAt);
  const decided = decideDonorEligibility(facts, given, policy, now);
  const place = locate({
    pincode: input.pincode ?? null,
    locality: input.locality ?? null,
    districtCode: input.district,
  });
  const firstGiven = spec.donations[0];
  const verifiedAt = spec.verifiedWith ? (firstGiven ? morningOf(firstGiven.donatedOn) : now) : null;
  const confirmedAt = firstGiven ? morningOf(firstGiven.donatedOn) : null;
  rows.donors.push({
    id,
    organisationId: organisation.id,
    phone: input.phone,
    name: input.name,
    ...facts,
    bloodGroup: input.bloodGroup,
    // The blood centre typed their blood when they first gave.
    groupConfirmedAt: confirmedAt,
    groupConfirmedById: confirmedAt ? verifierId : null,
    groupConfirmedCentre: firstGiven?.bloodCentre ?? null,
    districtCode: input.district,
    locality: input.locality ?? null,
    pincode: input.pincode ?? null,
    lat: place.lat,
    lon: place.lon,
    locationSource: place.source,
    contactFrom: input.contactFrom,
    contactTo: input.contactTo,
    category: input.category,
    language: input.language,
    preferredChannel: input.preferredChannel,
    consentPurpose: input.consentPurpose,
    consentAt: registeredAt,
    consentChannel: 'demo',
    source: 'demo',
    verifiedAt,
    verifiedById: verifiedAt ? verifierId : null,
    idSeen: spec.verifiedWith,
    ...decided,
    eligibilityDecidedAt: now,
    lastDonatedOn: lastDayOf(given),
    createdAt: registeredAt,
    updatedAt: now,
  });
  const summary = (d: typeof decided) =>
    Object.fromEntries(
      Object.entries(d.eligibility).map(([product, e]) => [product, { eligible: e.eligible, from: e.from }]),
    );
  const event = (
    type: typeof donorEvents.$inferInsert.type,
    at: Date,
    details: Record<string, unknown>,
    actorId: string | null = null,
  ) => rows.events.push({ donorId: id, organisationId: organisation.id, type, actorId, at, details });
  event('registered', registeredAt, {
    source: 'demo',
    eligibility: summary(atRegistration),
    ruleSet: atRegistration.eligibilityRuleSet,
  });
  if (verifiedAt) {
    event('verified', verifiedAt, { idSeen: spec.verifiedWith, source: 'demo' }, verifierId);
  }
  for (const donation of spec.donations) {
    const donationId = randomUUID();
    rows.donations.push({
      id: donationId,
      donorId: id,
      organisationId: organisation.id,
      product: donation.product,
      units: 1,
      bagNumber: donation.bagNumber,
      bloodCentre: donation.bloodCentre,
      donatedOn: donation.donatedOn,
      reachedNote: donation.reachedNote,
      recordedById: verifierId,
      recordedAt: new Date(`${donation.donatedOn}T18:00:00+05:30`),
    });
    rows.events.push(donationEvent({ id, organisationId: organisation.id }, donationId, donation, verifierId));
  }
  if (confirmedAt && firstGiven) {
    event('group_confirmed', confirmedAt, { bloodGroup: input.bloodGroup, centre: firstGiven.bloodCentre }, verifierId);
  }
  if (spec.donations.length > 0) {
    // What the donations decided, as of today.
    event('updated', now, { source: 'demo', eligibility: summary(decided), ruleSet: decided.eligibilityRuleSet });
  }
}

async function insertInChunks<T>(rows: readonly T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Seeds the donors unless the demo's donors are there already (idempotent). `organisations` maps demo-people.ts
 * keys to the seeded organisations. The rows are made in memory by the registry's rules and written in a few
 * statements: a demo start pays well under a second for them, where one registration at a time took many.
 */
export async function seedDemoDonors(
  db: Db,
  organisations: ReadonlyMap<string, { id: string; name: string; districts: readonly string[] }>,
  now: Date = new Date(),
): Promise<{ created: number }> {
  const [seeded] = await db.select({ id: donors.id }).from(donors).where(eq(donors.source, 'demo')).limit(1);
  if (seeded) return { created: 0 };
  const verifierOf = await verifiers(db);
  const names = new Map([...organisations].map(([key, org]) => [key, org.name]));
  const specs = demoDonors(now, names);
  const policies = new Map<string, BloodPolicy>();
  for (const [, org] of organisations) policies.set(org.id, await bloodPolicyFor(db, org.id));
  const rows: Rows = { donors: [], events: [], donations: [] };
  for (const spec of specs) {
    const organisation = organisations.get(spec.organisation);
    const policy = organisation ? policies.get(organisation.id) : undefined;
    if (!organisation || !policy) throw new Error(`demo data: no organisation ${spec.organisation} for its donors`);
    rowsOf(spec, organisation, policy, verifierOf.get(spec.organisation) ?? null, now, rows);
  }
  await db.transaction(async (tx) => {
    await insertInChunks(rows.donors, 100, (chunk) => tx.insert(donors).values(chunk));
    await insertInChunks(rows.donations, 200, (chunk) => tx.insert(donations).values(chunk));
    await insertInChunks(rows.events, 300, (chunk) => tx.insert(donorEvents).values(chunk));
  });
  return { created: specs.length };
}
