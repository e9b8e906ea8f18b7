// Seeds the Kanpur police's thalassemia care and their camp at the police lines (demo-thalassemia.ts) once, in one
// transaction, as the rules would have made them:
// - each child's roster is drawn from the organisation's verified demo donors, compatible for red cells
//   (domain/blood/compatibility.ts), nearest the child's centre first, a donor in one pool only;
// - the calendar runs every `intervalDays` from the first transfusion given; who gave for each past transfusion and
//   who is booked for the next three is decided by the roster rotation (domain/thalassemia/roster-rotation.ts: never
//   within 90/120 days of the donor's last donation or booking, never above the monthly contact limit, load spread),
//   and the past donations are recorded through record-past-donations.ts (checked against the eligibility rules on
//   their day, the donors' next eligible days decided from them);
// - the camp's donors are registry donors; donations through record-past-donations.ts with bag numbers, deferrals
//   set the blood centre's deferral and re-decide eligibility, certificates are issued by the certificates' own
//   numbering (usecases/certificates/issue-certificate.ts) with the Police Commissioner's settings.
// No message is queued: the bookings' asks were answered "before" the seed, and the roster job sends the reminders
// when the server runs, as for any booking.
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client.js';
import { bloodPolicyFor } from '../queries/blood-policies.js';
import {
  campEvents,
  campRegistrations,
  camps,
  certificates,
  donorEvents,
  donors,
  organisationCertificateSettings,
  rosterMembers,
  transfusionBookings,
  transfusionPatientEvents,
  transfusionPatients,
  transfusions,
  users,
} from '../schema/index.js';
import { addDays, kolkataDay } from '../../domain/blood/calendar.js';
import { compatibility } from '../../domain/blood/compatibility.js';
import { decideDonorEligibility } from '../../domain/blood/donor-eligibility.js';
import { distanceKm } from '../../domain/geo/distance.js';
import { locate } from '../../domain/geo/locate.js';
import { planBookings, type PoolDonor } from '../../domain/thalassemia/roster-rotation.js';
import { nextTransfusionDays } from '../../domain/thalassemia/transfusion-calendar.js';
import { certifyLockedDonation, lockDonationToCertify } from '../../usecases/certificates/issue-certificate.js';
import { demoPeople } from './demo-people.js';
import {
  demoCamp,
  demoTodaysCamp,
  demoCertificateSettings,
  demoChildren,
  thalassemiaDistrict,
  thalassemiaOrganisation,
  type DemoChild,
} from './demo-thalassemia.js';
import { recordPastDonations } from './record-past-donations.js';

type DonorRow = typeof donors.$inferSelect;

const hourMs = 3_600_000;
/** An instant on a Kolkata day, `minute` minutes after its midnight. */
const at = (day: string, minute: number) => new Date(new Date(`${day}T00:00:00+05:30`).getTime() + minute * 60_000);

async function staffIds(db: DbOrTx): Promise<{ coordinatorId: string | null; operatorId: string | null }> {
  const idOf = async (email: string) => {
    const person = demoPeople.find((p) => p.email === email);
    if (!person) return null;
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.phone, person.phone));
    return row?.id ?? null;
  };
  return {
    coordinatorId: await idOf('coordinator.kanpur@sahayata.example'),
    operatorId: await idOf('operator.kanpur@sahayata.example'),
  };
}

/** Whether a donor's red cells suit a child of this group (a donor whose group is not known does not). */
const suits = (donor: DonorRow, group: DemoChild['bloodGroup']): boolean =>
  donor.bloodGroup !== null && compatibility({ group: donor.bloodGroup }, { group }, 'red_cells').compatible;

/** The organisation's demo donors in the district who have never given and may be asked, in phone order. */
async function freshDemoDonors(tx: DbOrTx, organisationId: string): Promise<DonorRow[]> {
  return tx
    .select()
    .from(donors)
    .where(
      and(
        eq(donors.organisationId, organisationId),
        eq(donors.districtCode, thalassemiaDistrict),
        eq(donors.source, 'demo'),
        isNull(donors.lastDonatedOn),
        isNull(donors.optedOutAt),
        isNull(donors.consentWithdrawnAt),
        sql`'whole_blood' = any(${donors.products})`,
        sql`${donors.eligibleWholeBloodFrom} is not null`,
      ),
    )
    .orderBy(donors.phone);
}

interface Staff {
  coordinatorId: string | null;
  operatorId: string | null;
}

/** One child: profile, roster, the transfusions given and the next ones booked, with their history. */
async function seedChild(
  tx: DbOrTx,
  organisationId: string,
  spec: DemoChild,
  candidates: DonorRow[],
  taken: Set<string>,
  staff: Staff,
  contactLimitPerMonth: number,
  now: Date,
): Promise<void> {
  const today = kolkataDay(now);
  const place = locate({ pincode: spec.pincode, locality: null, districtCode: thalassemiaDistrict });
  const lastGiven = addDays(today, -spec.lastGivenDaysAgo);
  const pastDays = Array.from({ length: spec.pastTransfusions }, (_, i) =>
    addDays(lastGiven, -(spec.pastTransfusions - 1 - i) * spec.intervalDays),
  );
  const firstDay = pastDays[0] ?? lastGiven;
  const bookAhead = 3;
  const nextDays = nextTransfusionDays({
    lastTransfusionOn: lastGiven,
    intervalDays: spec.intervalDays,
    today,
    count: bookAhead,
  });
  const registeredAt = at(addDays(firstDay, -10), 11 * 60);

  // The roster: compatible for red cells, verified, nearest the centre; men first, as the regular donors a
  // coordinator asks to give every three months are.
  const pool = candidates
    .filter((d) => !taken.has(d.id) && d.verifiedAt !== null && suits(d, spec.bloodGroup))
    .map((d) => ({ donor: d, km: distanceKm({ lat: d.lat, lon: d.lon }, place) }))
    .sort((a, b) => Number(b.donor.sex === 'male') - Number(a.donor.sex === 'male') || a.km - b.km)
    .slice(0, spec.poolSize)
    .map((c) => c.donor);
  if (pool.length < spec.poolSize) {
    throw new Error(`demo data: only ${pool.length} compatible verified donors for ${spec.reference}`);
  }
  for (const d of pool) taken.add(d.id);

  const [child] = await tx
    .insert(transfusionPatients)
    .values({
      organisationId,
      districtCode: thalassemiaDistrict,
      reference: spec.reference,
      name: spec.name,
      sex: spec.sex,
      dateOfBirth: spec.dateOfBirth,
      guardianName: spec.guardianName,
      guardianPhone: spec.guardianPhone,
      language: spec.language,
      preferredChannel: 'whatsapp',
      bloodGroup: spec.bloodGroup,
      phenotypeNotes: spec.phenotypeNotes,
      intervalDays: spec.intervalDays,
      unitsPerTransfusion: spec.unitsPerTransfusion,
      centre: spec.centre,
      centreAddress: spec.centreAddress,
      pincode: spec.pincode,
      lat: place.lat,
      lon: place.lon,
      locationSource: place.source,
      lastTransfusionOn: lastGiven,
      bookAhead,
      arrivalMinute: spec.arrivalMinute,
      consentAt: registeredAt,
      consentBy: spec.consentBy,
      createdById: staff.coordinatorId,
      createdAt: registeredAt,
      updatedAt: now,
    })
    .returning({ id: transfusionPatients.id });
  if (!child) throw new Error('demo data: child insert returned nothing');
  const patientId = child.id;
  const events: Array<typeof transfusionPatientEvents.$inferInsert> = [];
  const event = (
    type: (typeof transfusionPatientEvents.$inferInsert)['type'],
    when: Date,
    details: Record<string, unknown>,
    actorId = staff.coordinatorId,
  ) => events.push({ patientId, organisationId, type, actorId, at: when, details });
  event('registered', registeredAt, { source: 'demo', reference: spec.reference });

  const addedAt = new Date(registeredAt.getTime() + hourMs);
  await tx
    .insert(rosterMembers)
    .values(pool.map((d) => ({ patientId, donorId: d.id, organisationId, addedById: staff.coordinatorId, addedAt })));
  for (const d of pool) event('roster_member_added', addedAt, { donorId: d.id });

  // Who gives when: the rotation over the whole calendar, from the first transfusion given.
  const calendar = [...pastDays, ...nextDays].map((dueOn) => ({
    id: randomUUID(),
    dueOn,
    units: spec.unitsPerTransfusion,
  }));
  const poolDonors: PoolDonor[] = pool.map((d) => ({
    donorId: d.id,
    sex: d.sex,
    // They had never given: eligible from the first day on the calendar.
    eligibleWholeBloodFrom: firstDay,
    lastDonatedOn: null,
    bookedDays: [],
  }));
  const plan = planBookings({
    transfusions: calendar.map((t) => ({ ...t, booked: [] })),
    pool: poolDonors,
    today: firstDay,
    contactLimitPerMonth,
    monthContacts: {},
  });
  if (plan.shortfalls.length > 0) {
    throw new Error(`demo data: the roster of ${spec.reference} cannot cover its calendar`);
  }

  // Past transfusions: given on their day, each booked donor's donation recorded at the centre.
  const past = new Set(pastDays);
  const givenBy = new Map<string, Array<{ transfusionId: string; day: string }>>();
  for (const booking of plan.bookings) {
    const transfusion = calendar.find((t) => t.id === booking.transfusionId);
    if (!transfusion || !past.has(transfusion.dueOn)) continue;
    const list = givenBy.get(booking.donorId) ?? [];
    list.push({ transfusionId: transfusion.id, day: transfusion.dueOn });
    givenBy.set(booking.donorId, list);
  }
  const donationOf = new Map<string, string>();
  let bag = 0;
  for (const [donorId, given] of givenBy) {
    const sorted = [...given].sort((a, b) => a.day.localeCompare(b.day));
    const ids = await recordPastDonations(tx, {
      donorId,
      actorId: staff.operatorId,
      now,
      donations: sorted.map((g) => {
        bag += 1;
        return {
          product: 'whole_blood' as const,
          donatedOn: g.day,
          bloodCentre: spec.centre,
          bagNumber: `${spec.reference}-${g.day.replaceAll('-', '')}-${bag}`,
          reachedNote: `a thalassemia child at ${spec.centre}`,
        };
      }),
    });
    sorted.forEach((g, i) => donationOf.set(`${g.transfusionId}:${donorId}`, ids[i] ?? ''));
  }

  await tx.insert(transfusions).values(
    calendar.map((t) => {
      const done = past.has(t.dueOn);
      return {
        id: t.id,
        patientId,
        organisationId,
        districtCode: thalassemiaDistrict,
        dueOn: t.dueOn,
        units: t.units,
        state: done ? ('done' as const) : ('covered' as const),
        doneOn: done ? t.dueOn : null,
        unitsGiven: done ? t.units : null,
        createdAt: done ? at(addDays(t.dueOn, -40), 10 * 60) : now,
        updatedAt: done ? at(t.dueOn, 17 * 60) : now,
      };
    }),
  );
  const firstNext = nextDays[0];
  const bookingRows = plan.bookings.map((booking) => {
    const transfusion = calendar.find((t) => t.id === booking.transfusionId);
    if (!transfusion) throw new Error('demo data: a booking without its transfusion');
    const done = past.has(transfusion.dueOn);
    // Asked a week ahead (or at the seed for the later ones); the next transfusion's donors have said yes.
    const askedAt = done ? at(addDays(transfusion.dueOn, -7), 11 * 60) : new Date(now.getTime() - 2 * 24 * hourMs);
    const answered = done || transfusion.dueOn === firstNext;
    const answeredAt = answered ? new Date(askedAt.getTime() + 3 * hourMs) : null;
    return {
      transfusionId: transfusion.id,
      patientId,
      donorId: booking.donorId,
      organisationId,
      state: done ? ('donated' as const) : answered ? ('confirmed' as const) : ('booked' as const),
      bookedById: staff.coordinatorId,
      bookedAt: askedAt,
      askedAt,
      answeredAt,
      answerChannel: answered ? 'whatsapp' : null,
      remindedAt: done ? at(addDays(transfusion.dueOn, -1), 18 * 60) : null,
      donationId: done ? (donationOf.get(`${transfusion.id}:${booking.donorId}`) ?? null) : null,
    };
  });
  await tx.insert(transfusionBookings).values(bookingRows);
  for (const row of bookingRows) {
    const transfusion = calendar.find((t) => t.id === row.transfusionId);
    event('booking_made', row.bookedAt, {
      transfusionId: row.transfusionId,
      donorId: row.donorId,
      dueOn: transfusion?.dueOn,
    });
    if (row.answeredAt) {
      event(
        'booking_answered',
        row.answeredAt,
        { transfusionId: row.transfusionId, donorId: row.donorId, answer: 'confirmed', channel: 'whatsapp' },
        null,
      );
    }
  }
  for (const day of pastDays) {
    event(
      'transfusion_done',
      at(day, 17 * 60),
      { dueOn: day, doneOn: day, unitsGiven: spec.unitsPerTransfusion },
      staff.operatorId,
    );
  }
  await tx.insert(transfusionPatientEvents).values(events);
}

/** The camp at the police lines: held, its donors' outcomes recorded, certificates issued, donors thanked. */
async function seedCamp(
  tx: DbOrTx,
  organisationId: string,
  candidates: DonorRow[],
  taken: Set<string>,
  staff: Staff,
  now: Date,
): Promise<void> {
  const day = addDays(kolkataDay(now), -demoCamp.heldDaysAgo);
  const place = locate({ pincode: demoCamp.pincode, locality: demoCamp.locality, districtCode: thalassemiaDistrict });
  const plannedAt = at(addDays(day, -21), 11 * 60);
  const [camp] = await tx
    .insert(camps)
    .values({
      organisationId,
      districtCode: thalassemiaDistrict,
      code: demoCamp.code,
      title: demoCamp.title,
      venue: demoCamp.venue,
      venueAddress: demoCamp.venueAddress,
      locality: demoCamp.locality,
      pincode: demoCamp.pincode,
      lat: place.lat,
      lon: place.lon,
      locationSource: place.source,
      startsAt: at(day, demoCamp.startMinute),
      endsAt: at(day, demoCamp.endMinute),
      slotMinutes: demoCamp.slotMinutes,
      slotCapacity: demoCamp.slotCapacity,
      partnerCentre: demoCamp.partnerCentre,
      targetUnits: demoCamp.targetUnits,
      coOrganisers: [...demoCamp.coOrganisers],
      state: 'held',
      thankedAt: at(addDays(day, 1), 10 * 60),
      createdById: staff.coordinatorId,
      createdAt: plannedAt,
      updatedAt: at(addDays(day, 1), 10 * 60),
    })
    .returning();
  if (!camp) throw new Error('demo data: camp insert returned nothing');
  const events: Array<typeof campEvents.$inferInsert> = [];
  const event = (
    type: (typeof campEvents.$inferInsert)['type'],
    when: Date,
    details: Record<string, unknown>,
    registrationId: string | null = null,
    actorId = staff.coordinatorId,
  ) => events.push({ campId: camp.id, organisationId, type, registrationId, actorId, at: when, details });
  event('planned', plannedAt, { source: 'demo' });

  const policy = await bloodPolicyFor(tx, organisationId);
  const pick = (category: string) => {
    const donor = candidates.find((d) => !taken.has(d.id) && d.category === category);
    if (!donor) throw new Error(`demo data: no ${category} demo donor left for the camp`);
    taken.add(donor.id);
    return donor;
  };
  const slots = Math.floor((demoCamp.endMinute - demoCamp.startMinute) / demoCamp.slotMinutes);
  let bag = 0;
  for (const [i, spec] of demoCamp.registrations.entries()) {
    const donor = pick(spec.category);
    const walkIn = spec.source === 'walk_in';
    const slotMinute = demoCamp.startMinute + (Math.floor(i / 2) % slots) * demoCamp.slotMinutes;
    const registeredAt = walkIn ? at(day, slotMinute) : at(addDays(day, -(2 + (i % 9))), 10 * 60 + i * 7);
    const checkedInAt = at(day, slotMinute + 5);
    const outcomeAt = at(day, slotMinute + 35);
    let donationId: string | null = null;
    let bagNumber: string | null = null;
    if (spec.outcome.donated) {
      bag += 1;
      bagNumber = `HLT-${day.replaceAll('-', '')}-${String(bag).padStart(3, '0')}`;
      const [recorded] = await recordPastDonations(tx, {
        donorId: donor.id,
        actorId: staff.operatorId,
        now,
        donations: [
          {
            product: 'whole_blood',
            donatedOn: day,
            bloodCentre: demoCamp.partnerCentre,
            bagNumber,
            reachedNote: `${demoCamp.title}, ${demoCamp.venue}`,
          },
        ],
      });
      donationId = recorded ?? null;
    } else {
      // The blood centre's deferral wins over the donor's own answers until its day.
      const until = spec.outcome.untilDaysAfter === null ? null : addDays(day, spec.outcome.untilDaysAfter);
      const record = { ...donor, centreDeferralReason: spec.outcome.reason, centreDeferralUntil: until };
      const decided = decideDonorEligibility(record, [], policy, now);
      await tx
        .update(donors)
        .set({
          centreDeferralReason: spec.outcome.reason,
          centreDeferralUntil: until,
          ...decided,
          eligibilityDecidedAt: now,
          updatedAt: now,
        })
        .where(eq(donors.id, donor.id));
      await tx.insert(donorEvents).values({
        donorId: donor.id,
        organisationId,
        type: 'centre_deferral',
        actorId: staff.operatorId,
        at: outcomeAt,
        details: { reason: spec.outcome.reason, until, centre: demoCamp.partnerCentre, campId: camp.id },
      });
    }
    const [registration] = await tx
      .insert(campRegistrations)
      .values({
        campId: camp.id,
        organisationId,
        donorId: donor.id,
        name: donor.name,
        phone: donor.phone,
        bloodGroup: donor.bloodGroup,
        category: spec.category,
        language: donor.language,
        source: spec.source,
        slotAt: walkIn ? null : at(day, slotMinute),
        state: spec.outcome.donated ? 'donated' : 'deferred',
        checkInToken: randomBytes(16).toString('base64url'),
        registeredAt,
        checkedInAt,
        checkedInById: staff.operatorId,
        outcomeAt,
        outcomeById: staff.operatorId,
        deferralReason: spec.outcome.donated ? null : spec.outcome.reason,
        deferralUntil:
          spec.outcome.donated || spec.outcome.untilDaysAfter === null
            ? null
            : addDays(day, spec.outcome.untilDaysAfter),
        product: spec.outcome.donated ? 'whole_blood' : null,
        units: spec.outcome.donated ? 1 : null,
        bagNumber,
        donationId,
        thankedAt: at(addDays(day, 1), 10 * 60),
      })
      .returning({ id: campRegistrations.id });
    if (!registration) throw new Error('demo data: registration insert returned nothing');
    const rid = registration.id;
    event(
      'registered',
      registeredAt,
      { source: spec.source },
      rid,
      spec.source === 'operator' || walkIn ? staff.operatorId : null,
    );
    event('checked_in', checkedInAt, { by: walkIn ? 'phone' : 'token' }, rid, staff.operatorId);
    event(
      spec.outcome.donated ? 'donated' : 'deferred',
      outcomeAt,
      spec.outcome.donated
        ? { product: 'whole_blood', units: 1, bagNumber }
        : {
            reason: spec.outcome.reason,
            until: spec.outcome.untilDaysAfter === null ? null : addDays(day, spec.outcome.untilDaysAfter),
          },
      rid,
      staff.operatorId,
    );
  }
  event('held', at(day, demoCamp.endMinute + 30), {});

  // Certificates: the Police Commissioner's, numbered by the organisation's counter, issued the day after.
  await tx
    .insert(organisationCertificateSettings)
    .values({ organisationId, ...demoCertificateSettings, updatedById: staff.coordinatorId, updatedAt: plannedAt })
    .onConflictDoNothing();
  const [settings] = await tx
    .select()
    .from(organisationCertificateSettings)
    .where(eq(organisationCertificateSettings.organisationId, organisationId));
  if (!settings) throw new Error('demo data: no certificate settings');
  const issuedAt = at(addDays(day, 1), 9 * 60 + 30);
  const given = await tx
    .select({ donationId: campRegistrations.donationId })
    .from(campRegistrations)
    .where(and(eq(campRegistrations.campId, camp.id), sql`${campRegistrations.donationId} is not null`))
    .orderBy(campRegistrations.outcomeAt, campRegistrations.registeredAt);
  const issued: string[] = [];
  for (const { donationId } of given) {
    const subject = donationId ? await lockDonationToCertify(tx, donationId) : null;
    if (!subject) throw new Error('demo data: a camp donation without its donor');
    const { row } = await certifyLockedDonation(tx, subject, settings, staff.coordinatorId, issuedAt);
    issued.push(row.id);
  }
  if (issued.length > 0) {
    await tx
      .update(certificates)
      .set({ sentAt: new Date(issuedAt.getTime() + hourMs) })
      .where(inArray(certificates.id, issued));
  }
  event('certificates_issued', issuedAt, { issued: issued.length });
  event('thanked', at(addDays(day, 1), 10 * 60), {
    donated: given.length,
    deferred: demoCamp.registrations.length - given.length,
  });
  await tx.insert(campEvents).values(events);
}

/**
 * Seeds the children and the camp unless they are there already (each idempotent on its own: the first child's
 * guardian phone, the camp's code). `organisations` maps demo-people.ts keys to the seeded organisations; a demo
 * without the Kanpur police gets neither.
 */
/** Today's camp at the police lines: planned, three donors registered, nobody checked in yet. */
async function seedTodaysCamp(
  tx: DbOrTx,
  organisationId: string,
  candidates: DonorRow[],
  taken: Set<string>,
  staff: Staff,
  now: Date,
): Promise<void> {
  const day = kolkataDay(now);
  const place = locate({ pincode: demoCamp.pincode, locality: demoCamp.locality, districtCode: thalassemiaDistrict });
  const plannedAt = new Date(now.getTime() - 10 * 24 * 3_600_000);
  const [camp] = await tx
    .insert(camps)
    .values({
      organisationId,
      districtCode: thalassemiaDistrict,
      code: demoTodaysCamp.code,
      title: demoTodaysCamp.title,
      venue: demoCamp.venue,
      venueAddress: demoCamp.venueAddress,
      locality: demoCamp.locality,
      pincode: demoCamp.pincode,
      lat: place.lat,
      lon: place.lon,
      locationSource: place.source,
      startsAt: at(day, demoTodaysCamp.startMinute),
      endsAt: at(day, demoTodaysCamp.endMinute),
      slotMinutes: demoTodaysCamp.slotMinutes,
      slotCapacity: demoTodaysCamp.slotCapacity,
      partnerCentre: demoCamp.partnerCentre,
      targetUnits: demoTodaysCamp.targetUnits,
      coOrganisers: [...demoCamp.coOrganisers],
      state: 'planned',
      createdById: staff.coordinatorId,
      createdAt: plannedAt,
      updatedAt: plannedAt,
    })
    .returning();
  if (!camp) throw new Error('demo data: camp insert returned nothing');
  const events: Array<typeof campEvents.$inferInsert> = [
    {
      campId: camp.id,
      organisationId,
      type: 'planned',
      actorId: staff.coordinatorId,
      at: plannedAt,
      details: { source: 'demo' },
    },
  ];
  for (const [i, spec] of demoTodaysCamp.registrations.entries()) {
    const donor = candidates.find((d) => !taken.has(d.id) && d.category === spec.category);
    if (!donor) throw new Error(`demo data: no ${spec.category} demo donor left for today's camp`);
    taken.add(donor.id);
    const registeredAt = new Date(plannedAt.getTime() + (i + 1) * 24 * 3_600_000);
    const [registration] = await tx
      .insert(campRegistrations)
      .values({
        campId: camp.id,
        organisationId,
        donorId: donor.id,
        name: donor.name,
        phone: donor.phone,
        bloodGroup: donor.bloodGroup,
        category: spec.category,
        language: donor.language,
        source: spec.source,
        slotAt: at(day, demoTodaysCamp.startMinute + i * demoTodaysCamp.slotMinutes),
        state: 'registered',
        checkInToken: randomBytes(16).toString('base64url'),
        registeredAt,
      })
      .returning({ id: campRegistrations.id });
    if (!registration) throw new Error('demo data: registration insert returned nothing');
    events.push({
      campId: camp.id,
      organisationId,
      type: 'registered',
      registrationId: registration.id,
      actorId: spec.source === 'operator' ? staff.operatorId : null,
      at: registeredAt,
      details: { source: spec.source },
    });
  }
  await tx.insert(campEvents).values(events);
}

export async function seedDemoThalassemia(
  db: Db,
  organisations: ReadonlyMap<string, { id: string }>,
  now: Date = new Date(),
): Promise<{ children: number; camps: number }> {
  const organisation = organisations.get(thalassemiaOrganisation);
  if (!organisation) return { children: 0, camps: 0 };
  const organisationId = organisation.id;
  const [hasChildren] = await db
    .select({ id: transfusionPatients.id })
    .from(transfusionPatients)
    .where(
      and(
        eq(transfusionPatients.organisationId, organisationId),
        inArray(
          transfusionPatients.guardianPhone,
          demoChildren.map((c) => c.guardianPhone),
        ),
      ),
    )
    .limit(1);
  const [hasCamp] = await db.select({ id: camps.id }).from(camps).where(eq(camps.code, demoCamp.code)).limit(1);
  if (hasChildren && hasCamp) return { children: 0, camps: 0 };
  const staff = await staffIds(db);
  const policy = await bloodPolicyFor(db, organisationId);
  return db.transaction(async (tx) => {
    const candidates = await freshDemoDonors(tx, organisationId);
    // Donors already in a pool stay there.
    const pooled = await tx
      .select({ donorId: rosterMembers.donorId })
      .from(rosterMembers)
      .where(and(eq(rosterMembers.organisationId, organisationId), isNull(rosterMembers.removedAt)));
    const taken = new Set(pooled.map((p) => p.donorId));
    let children = 0;
    if (!hasChildren) {
      // The child with the fewest compatible donors (O+ takes only O) is given a roster first.
      const compatibleCount = (spec: DemoChild) =>
        candidates.filter((d) => d.verifiedAt !== null && suits(d, spec.bloodGroup)).length;
      for (const spec of [...demoChildren].sort((a, b) => compatibleCount(a) - compatibleCount(b))) {
        await seedChild(tx, organisationId, spec, candidates, taken, staff, policy.maxAsksPer30Days, now);
        children += 1;
      }
    }
    if (!hasCamp) {
      await seedCamp(tx, organisationId, candidates, taken, staff, now);
      await seedTodaysCamp(tx, organisationId, candidates, taken, staff, now);
    }
    return { children, camps: hasCamp ? 0 : 2 };
  });
}
