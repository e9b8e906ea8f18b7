// Camp factories (issue #14): a camp of an organisation in a district and its registrations, written straight to the
// database so a test (or the demo and certificates tests) builds only the world it needs. The HTTP body for planning
// a camp is `campBody`; `createCamp` skips the API (a past camp, a held one, a camp of another organisation).
import { randomBytes } from 'node:crypto';
import type { PlanCampBody } from '../../src/shared/contracts/camps.js';
import type {
  CampRegistrationSource,
  CampRegistrationState,
  CampState,
  DonorCategory,
} from '../../src/shared/enums.js';
import type { DbOrTx } from '../../src/server/db/client.js';
import { campRegistrations, camps } from '../../src/server/db/schema/index.js';
import { newCampCode } from '../../src/server/domain/camps/camp-code.js';
import { freshPhone } from './cases.js';

export type CampRow = typeof camps.$inferSelect;
export type CampRegistrationRow = typeof campRegistrations.$inferSelect;

/** The start of today's camp in Kolkata: 09:00 IST today (03:30 UTC), whatever the clock says now. */
export function kolkataToday(hour = 9, minute = 0): Date {
  const now = new Date(Date.now() + 5.5 * 3_600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour, minute) - 5.5 * 3_600_000);
}

/** The body the API takes to plan a camp: today 09:00–17:00 Kolkata at the police lines unless told otherwise. */
export function campBody(district: string, over: Partial<PlanCampBody> = {}): PlanCampBody {
  const startsAt = kolkataToday(9);
  return {
    title: 'Blood donation camp',
    venue: 'Police Lines, Kanpur',
    venueAddress: 'Police Lines, Civil Lines, Kanpur',
    locality: 'Civil Lines',
    pincode: '208001',
    district,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 8 * 3_600_000).toISOString(),
    slotMinutes: 60,
    slotCapacity: 10,
    partnerCentre: 'Hallet Hospital (LLR) Blood Centre',
    targetUnits: 50,
    coOrganisers: ['Rotary Club Kanpur'],
    ...over,
  };
}

/** A camp row (planned, today 09:00–17:00 Kolkata, in Kanpur's centre by default). */
export async function createCamp(
  db: DbOrTx,
  organisationId: string,
  districtCode: string,
  over: Partial<{
    title: string;
    venue: string;
    startsAt: Date;
    endsAt: Date;
    slotMinutes: number;
    slotCapacity: number;
    partnerCentre: string;
    targetUnits: number;
    state: CampState;
    lat: number;
    lon: number;
    coOrganisers: string[];
    thankedAt: Date | null;
    createdById: string | null;
  }> = {},
): Promise<CampRow> {
  const startsAt = over.startsAt ?? kolkataToday(9);
  const [row] = await db
    .insert(camps)
    .values({
      organisationId,
      districtCode,
      code: newCampCode(),
      title: over.title ?? 'Blood donation camp',
      venue: over.venue ?? 'Police Lines, Kanpur',
      venueAddress: 'Police Lines, Civil Lines, Kanpur',
      locality: 'Civil Lines',
      pincode: '208001',
      lat: over.lat ?? 26.4675,
      lon: over.lon ?? 80.3507,
      locationSource: 'pincode',
      startsAt,
      endsAt: over.endsAt ?? new Date(startsAt.getTime() + 8 * 3_600_000),
      slotMinutes: over.slotMinutes ?? 60,
      slotCapacity: over.slotCapacity ?? 10,
      partnerCentre: over.partnerCentre ?? 'Hallet Hospital (LLR) Blood Centre',
      targetUnits: over.targetUnits ?? 50,
      coOrganisers: over.coOrganisers ?? [],
      state: over.state ?? 'planned',
      thankedAt: over.thankedAt ?? null,
      createdById: over.createdById ?? null,
    })
    .returning();
  if (!row) throw new Error('no camp');
  return row;
}

/** A registration at the camp (registered in its first slot by default; a donated one needs its donation's id). */
export async function createCampRegistration(
  db: DbOrTx,
  camp: CampRow,
  over: Partial<{
    name: string;
    phone: string;
    donorId: string | null;
    bloodGroup: CampRegistrationRow['bloodGroup'];
    category: DonorCategory;
    language: 'hi' | 'en';
    source: CampRegistrationSource;
    slotAt: Date | null;
    state: CampRegistrationState;
    checkedInAt: Date | null;
    outcomeAt: Date | null;
    product: CampRegistrationRow['product'];
    units: number | null;
    bagNumber: string | null;
    donationId: string | null;
    deferralReason: string | null;
    deferralUntil: string | null;
  }> = {},
): Promise<CampRegistrationRow> {
  const [row] = await db
    .insert(campRegistrations)
    .values({
      campId: camp.id,
      organisationId: camp.organisationId,
      donorId: over.donorId ?? null,
      name: over.name ?? `Donor ${randomBytes(3).toString('hex')}`,
      phone: over.phone ?? freshPhone(),
      bloodGroup: over.bloodGroup ?? null,
      category: over.category ?? 'citizen',
      language: over.language ?? 'hi',
      source: over.source ?? 'operator',
      slotAt: over.slotAt === undefined ? camp.startsAt : over.slotAt,
      state: over.state ?? 'registered',
      checkInToken: randomBytes(16).toString('base64url'),
      checkedInAt: over.checkedInAt ?? null,
      outcomeAt: over.outcomeAt ?? null,
      product: over.product ?? null,
      units: over.units ?? null,
      bagNumber: over.bagNumber ?? null,
      donationId: over.donationId ?? null,
      deferralReason: over.deferralReason ?? null,
      deferralUntil: over.deferralUntil ?? null,
    })
    .returning();
  if (!row) throw new Error('no registration');
  return row;
}
