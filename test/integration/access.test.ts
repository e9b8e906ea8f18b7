// Every endpoint × role: one matrix of every route the app registers under /api/v1 (a test fails naming any route
// without a row). Anonymous callers are refused with 401 unless the route is public, the roles a row leaves out
// with 403, and the roles it names get past the role check. A coordinator of one district cannot read or change
// another district's people.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import {
  callbacks,
  equipmentItems,
  leads,
  notifications,
  organisationCertificateSettings,
  outbox,
  refillOrderItems,
  refillOrders,
} from '../../src/server/db/schema/index.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import type { CaseDetail } from '../../src/shared/contracts/cases.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { createChannelAccount, postInbound } from '../factories/channels.js';
import { createDonor, donorBody } from '../factories/donors.js';
import { createDepot, createItem, createSponsor, createStockSite, createVendor } from '../factories/lending.js';
import { createPerson, type Person } from '../factories/index.js';
import { createTransfusionPatient } from '../factories/transfusion-patients.js';
import { campBody, createCamp, createCampRegistration, kolkataToday } from '../factories/camps.js';
import { createDonations } from '../factories/donations.js';
import { signIn, type Client } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld, type TestWorld } from '../support/setup.js';
import type { World } from '../support/world.js';

/** The roles every row is checked for (the coordinator of Prayagraj is used by the scoping tests below). */
const matrixRoles = ['admin', 'coordinatorKanpur', 'operatorKanpur', 'volunteerKanpur', 'viewerA'] as const;
type MatrixRole = (typeof matrixRoles)[number];
const everyone = matrixRoles;
const desk = ['admin', 'coordinatorKanpur', 'operatorKanpur'] as const;
const deskAndViewer = ['admin', 'coordinatorKanpur', 'operatorKanpur', 'viewerA'] as const;
const managers = ['admin', 'coordinatorKanpur'] as const;

/** The simulator is off in this app; routes that exist only with it on are checked on `simulatorApp`. */
const app = useTestWorld({ roles: [...matrixRoles, 'coordinatorPrayagraj'] });
/** The simulator on: its own routes are checked here, and so is every row's allowed side (which writes). */
const simulatorApp = useTestWorld({ roles: matrixRoles, app: { simulator: true } });

/** Real ids in the Kanpur operator's scope, so a refusal comes from the role check and not from a lookup. */
interface Seeds {
  world: World;
  caseId: string;
  otherCaseId: string;
  needId: string;
  messageId: string;
  spare: Person;
  channelAccountId: string;
  callbackId: string;
  leadId: string;
  outboxId: string;
  notificationId: string;
  flaggedPhone: string;
  /** A donor of organisation A in Kanpur (the blood registry's rows). */
  donorId: string;
}

async function seed(t: TestWorld<MatrixRole>): Promise<Seeds> {
  const { world } = t;
  const db = t.database.db;
  const operator = t.clients.operatorKanpur;
  const newCase = async (): Promise<CaseDetail> => {
    const created = await operator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(world.kanpur) });
    expect(created.statusCode, created.body).toBe(201);
    const { caseId } = created.json() as { caseId: string };
    return (await operator.request({ method: 'GET', url: `/api/v1/cases/${caseId}` })).json() as CaseDetail;
  };
  const first = await newCase();
  const second = await newCase();
  const spare = await createPerson(db, { role: 'volunteer', organisationId: world.orgA.id, districts: [world.kanpur] });
  const whatsapp = await createChannelAccount(db, world.orgA.id, 'whatsapp');
  const exotel = await createChannelAccount(db, world.orgA.id, 'exotel');
  expect((await postInbound(t.app, exotel, { from: freshPhone(), text: '', kind: 'missed_call' })).statusCode).toBe(
    200,
  );
  const offer = 'I have 2 oxygen cylinders available to donate in Kanpur, call 9839012345';
  expect((await postInbound(t.app, whatsapp, { from: freshPhone(), text: offer })).statusCode).toBe(200);
  while ((await processNextInboxItem({ db })) !== 'none');
  const [callback] = await db.select().from(callbacks).where(eq(callbacks.organisationId, world.orgA.id));
  const [lead] = await db.select().from(leads).where(eq(leads.organisationId, world.orgA.id));
  const [failed] = await db
    .insert(outbox)
    .values({
      organisationId: world.orgA.id,
      accountId: whatsapp.id,
      provider: 'whatsapp',
      channel: 'whatsapp',
      toAddress: freshPhone(),
      language: 'hi',
      body: 'अनुरोध दर्ज हुआ',
      purpose: 'reply',
      caseId: first.id,
      dedupeKey: `access:${first.id}`,
      state: 'failed',
      error: 'interrupted',
    })
    .returning();
  const [notification] = await db
    .insert(notifications)
    .values({ userId: world.admin.id, kind: 'escalation', caseId: first.id })
    .returning();
  const flaggedPhone = freshPhone();
  const flagged = await operator.request({
    method: 'POST',
    url: '/api/v1/flagged-phones',
    payload: { phone: flaggedPhone, reason: 'asked for money up front' },
  });
  expect(flagged.statusCode, flagged.body).toBe(201);
  const needId = first.needs[0]?.id;
  const messageId = first.messages[0]?.id;
  if (!callback || !lead || !failed || !notification || !needId || !messageId) throw new Error('seed incomplete');
  return {
    world,
    caseId: first.id,
    otherCaseId: second.id,
    needId,
    messageId,
    spare,
    channelAccountId: whatsapp.id,
    callbackId: callback.id,
    leadId: lead.id,
    outboxId: failed.id,
    notificationId: notification.id,
    flaggedPhone,
    donorId: (await createDonor(db, world.orgA.id, world.kanpur)).id,
  };
}

let seeds: Seeds;
let simulatorSeeds: Seeds;
beforeAll(async () => {
  seeds = await seed(app);
  simulatorSeeds = await seed(simulatorApp);
});

/** Lending's records (issue #13) in organisation A's Kanpur desk, per app (keyed by the world's organisation A). */
interface LendingSeeds {
  depotId: string;
  itemId: string;
  qrToken: string;
  /** An empty cylinder at the depot (put on the refill order by the rows that add items). */
  emptyId: string;
  stockSiteId: string;
  sponsorId: string;
  vendorId: string;
  /** An order out at the vendor with one cylinder on it. */
  refillOrderId: string;
  refillItemId: string;
}
const lendingSeeds = new Map<string, LendingSeeds>();
beforeAll(async () => {
  for (const t of [app, simulatorApp]) {
    const db = t.database.db;
    const depot = await createDepot(db, t.world.orgA.id, t.world.kanpur);
    const item = await createItem(db, depot);
    const empty = await createItem(db, depot, { condition: 'empty' });
    const vendor = await createVendor(db, t.world.orgA.id);
    const atVendor = await createItem(db, depot, { condition: 'empty' });
    const [order] = await db
      .insert(refillOrders)
      .values({
        organisationId: t.world.orgA.id,
        districtCode: t.world.kanpur,
        depotId: depot.id,
        vendorId: vendor.id,
        prices: vendor.prices,
        status: 'sent',
      })
      .returning();
    if (!order) throw new Error('no refill order');
    await db
      .insert(refillOrderItems)
      .values({ orderId: order.id, organisationId: t.world.orgA.id, itemId: atVendor.id, cylinderType: 'B' });
    await db.update(equipmentItems).set({ status: 'refilling' }).where(eq(equipmentItems.id, atVendor.id));
    lendingSeeds.set(t.world.orgA.id, {
      depotId: depot.id,
      itemId: item.id,
      qrToken: item.qrToken,
      emptyId: empty.id,
      stockSiteId: (await createStockSite(db, t.world.orgA.id, t.world.kanpur)).id,
      sponsorId: (await createSponsor(db, t.world.orgA.id)).id,
      vendorId: vendor.id,
      refillOrderId: order.id,
      refillItemId: atVendor.id,
    });
  }
});
const lending = (s: Seeds): LendingSeeds => {
  const found = lendingSeeds.get(s.world.orgA.id);
  if (!found) throw new Error('lending seeds missing');
  return found;
};

/** Loans (issue #13): a cylinder to lend from the seeded case, and a loan out with one document, per app. */
interface LoanSeeds {
  itemId: string;
  loanId: string;
  documentId: string;
}
const loanSeeds = new Map<string, LoanSeeds>();
const lendPayload = (caseId: string, itemId: string) => ({
  caseId,
  itemId,
  patientName: 'Access Patient',
  patientPhone: freshPhone(),
  address: 'Kidwai Nagar',
  gate: { covidPositive: true, hasPrescription: null, homeIsolation: true, spo2: 92 },
  deposit: { amount: 0, mode: 'none', receiptNumber: null },
});
beforeAll(async () => {
  for (const [t, s] of [
    [app, seeds],
    [simulatorApp, simulatorSeeds],
  ] as const) {
    const depot = await createDepot(t.database.db, t.world.orgA.id, t.world.kanpur);
    const [spare, out] = [await createItem(t.database.db, depot), await createItem(t.database.db, depot)];
    const operator = t.clients.operatorKanpur;
    const lent = await operator.request({
      method: 'POST',
      url: '/api/v1/loans',
      payload: lendPayload(s.otherCaseId, out.id),
    });
    expect(lent.statusCode, lent.body).toBe(201);
    const loanId = (lent.json() as { id: string }).id;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(16)]);
    const document = await operator.request({
      method: 'POST',
      url: `/api/v1/loans/${loanId}/documents?kind=prescription`,
      headers: { 'content-type': 'image/png' },
      payload: png,
    });
    expect(document.statusCode, document.body).toBe(201);
    loanSeeds.set(t.world.orgA.id, { itemId: spare.id, loanId, documentId: (document.json() as { id: string }).id });
  }
});
const loanSeed = (s: Seeds): LoanSeeds => {
  const found = loanSeeds.get(s.world.orgA.id);
  if (!found) throw new Error('loan seeds missing');
  return found;
};

/** Thalassemia care (issue #14): a child of organisation A in Kanpur and a donor who may join their pool, per app. */
const thalassemiaSeeds = new Map<string, { patientId: string; donorId: string }>();
beforeAll(async () => {
  for (const t of [app, simulatorApp]) {
    const db = t.database.db;
    const patient = await createTransfusionPatient(db, { organisationId: t.world.orgA.id, district: t.world.kanpur });
    const donor = await createDonor(db, t.world.orgA.id, t.world.kanpur, { bloodGroup: 'B+' });
    thalassemiaSeeds.set(t.world.orgA.id, { patientId: patient.id, donorId: donor.id });
  }
});
/** An id that names no transfusion or booking: the thalassemia actions answer 404 for it past the role check. */
const absentId = '00000000-0000-4000-8000-000000000000';
const thalassemia = (s: Seeds): { patientId: string; donorId: string } => {
  const found = thalassemiaSeeds.get(s.world.orgA.id);
  if (!found) throw new Error('thalassemia seeds missing');
  return found;
};

/** Camps (issue #14): a camp of organisation A in Kanpur today with one registration, and one to cancel, per app. */
const campSeeds = new Map<
  string,
  { campId: string; otherCampId: string; code: string; registrationId: string; phone: string }
>();
beforeAll(async () => {
  for (const t of [app, simulatorApp]) {
    const db = t.database.db;
    const camp = await createCamp(db, t.world.orgA.id, t.world.kanpur);
    const other = await createCamp(db, t.world.orgA.id, t.world.kanpur);
    const registration = await createCampRegistration(db, camp);
    campSeeds.set(t.world.orgA.id, {
      campId: camp.id,
      otherCampId: other.id,
      code: camp.code,
      registrationId: registration.id,
      phone: registration.phone,
    });
  }
});
const campSeed = (s: Seeds) => {
  const found = campSeeds.get(s.world.orgA.id);
  if (!found) throw new Error('camp seeds missing');
  return found;
};

/** Certificates (issue #14): organisation A's settings with a logo, a camp, a donation and its certificate, per app. */
const certificateSeeds = new Map<string, { campId: string; donationId: string; number: string }>();
beforeAll(async () => {
  for (const t of [app, simulatorApp]) {
    const db = t.database.db;
    await db.insert(organisationCertificateSettings).values({
      organisationId: t.world.orgA.id,
      nameEn: 'Access Organisation',
      nameHi: 'पहुँच संस्था',
      signatoryEn: 'Access Signatory',
      signatoryHi: 'पहुँच हस्ताक्षरकर्ता',
      numberPrefix: 'ACC',
      logo: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(16)]),
      logoType: 'image/png',
    });
    const camp = await createCamp(db, t.world.orgA.id, t.world.kanpur);
    const donor = await createDonor(db, t.world.orgA.id, t.world.kanpur);
    const [donationId] = await createDonations(db, donor.id, [{ product: 'whole_blood', donatedOn: '2026-03-01' }]);
    const other = await createDonor(db, t.world.orgA.id, t.world.kanpur);
    const [issuedId] = await createDonations(db, other.id, [{ product: 'whole_blood', donatedOn: '2026-03-02' }]);
    const issued = await t.clients.operatorKanpur.request({
      method: 'POST',
      url: `/api/v1/donations/${issuedId ?? ''}/certificate`,
    });
    expect(issued.statusCode, issued.body).toBe(201);
    if (!donationId) throw new Error('no donation');
    certificateSeeds.set(t.world.orgA.id, {
      campId: camp.id,
      donationId,
      number: (issued.json() as { number: string }).number,
    });
  }
});
const certificate = (s: Seeds): { campId: string; donationId: string; number: string } => {
  const found = certificateSeeds.get(s.world.orgA.id);
  if (!found) throw new Error('certificate seeds missing');
  return found;
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Endpoint {
  method: Method;
  /** The route as Fastify registers it, `:param` and all. */
  route: string;
  url: (s: Seeds) => string;
  body?: (s: Seeds) => unknown;
  /** Who gets past the role check: `public` (no session needed), else the roles of the world's people. */
  allowed: 'public' | readonly MatrixRole[];
  /** Only registered with the simulator on. */
  simulator?: true;
  /** Ends the caller's session: checked on a session of its own. */
  endsSession?: true;
  /** Answers with an endless event stream: read only as far as its status. */
  stream?: true;
  /** How the roles it leaves out are refused: 403, or 404 where what they asked for is hidden from them. */
  refusedWith?: 404;
  /** What a person of an allowed role does first, when the action needs it (holding a claim). */
  before?: (client: Client, s: Seeds, t: TestWorld<MatrixRole>) => Promise<unknown>;
}

const endpoints: Endpoint[] = [
  // Sign-in and one's own account.
  {
    method: 'POST',
    route: '/api/v1/auth/sign-in',
    url: () => '/api/v1/auth/sign-in',
    body: (s) => ({ identifier: s.world.viewerA.phone, password: s.world.viewerA.password }),
    allowed: 'public',
  },
  {
    method: 'POST',
    route: '/api/v1/auth/sign-in-code',
    url: () => '/api/v1/auth/sign-in-code',
    body: () => ({ identifier: freshPhone() }),
    allowed: 'public',
  },
  {
    method: 'POST',
    route: '/api/v1/auth/sign-out',
    url: () => '/api/v1/auth/sign-out',
    allowed: everyone,
    endsSession: true,
  },
  { method: 'GET', route: '/api/v1/auth/session', url: () => '/api/v1/auth/session', allowed: everyone },
  {
    method: 'POST',
    route: '/api/v1/auth/password',
    url: () => '/api/v1/auth/password',
    body: () => ({ currentPassword: 'x', newPassword: 'long-enough-pass' }),
    allowed: everyone,
  },
  {
    method: 'PATCH',
    route: '/api/v1/me',
    url: () => '/api/v1/me',
    body: () => ({ preferredLanguage: 'en' }),
    allowed: everyone,
  },
  // Organisations.
  {
    method: 'GET',
    route: '/api/v1/organisations',
    url: () => '/api/v1/organisations',
    allowed: [...managers, 'viewerA'],
  },
  {
    method: 'POST',
    route: '/api/v1/organisations',
    url: () => '/api/v1/organisations',
    body: (s) => ({ name: `New ${Math.random()}`, kind: 'ngo', districts: [s.world.kanpur] }),
    allowed: ['admin'],
  },
  {
    method: 'GET',
    route: '/api/v1/organisations/:id',
    url: (s) => `/api/v1/organisations/${s.world.orgA.id}`,
    allowed: [...managers, 'viewerA'],
  },
  {
    method: 'PATCH',
    route: '/api/v1/organisations/:id',
    url: (s) => `/api/v1/organisations/${s.world.orgA.id}`,
    body: () => ({ kind: 'ngo' }),
    allowed: ['admin'],
  },
  {
    method: 'GET',
    route: '/api/v1/organisations/:id/desk-policy',
    url: (s) => `/api/v1/organisations/${s.world.orgA.id}/desk-policy`,
    allowed: everyone,
  },
  {
    method: 'PUT',
    route: '/api/v1/organisations/:id/desk-policy',
    url: (s) => `/api/v1/organisations/${s.world.orgA.id}/desk-policy`,
    body: () => ({ triage: { elderlyAge: 60 } }),
    allowed: managers,
  },
  // People.
  { method: 'GET', route: '/api/v1/users', url: () => '/api/v1/users', allowed: managers },
  {
    method: 'POST',
    route: '/api/v1/users',
    url: () => '/api/v1/users',
    body: (s) => ({
      name: 'X',
      phone: freshPhone(),
      password: 'long-enough-pass',
      membership: { role: 'operator', organisationId: s.world.orgA.id, districts: [s.world.kanpur] },
    }),
    allowed: managers,
  },
  {
    method: 'GET',
    route: '/api/v1/users/:id',
    url: (s) => `/api/v1/users/${s.world.operatorKanpur.id}`,
    allowed: managers,
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/:id',
    url: (s) => `/api/v1/users/${s.spare.id}`,
    body: () => ({ preferredLanguage: 'hi' }),
    allowed: managers,
  },
  {
    method: 'POST',
    route: '/api/v1/users/:id/memberships',
    url: (s) => `/api/v1/users/${s.spare.id}/memberships`,
    body: (s) => ({ role: 'viewer', organisationId: s.world.orgA.id, districts: [s.world.kanpur] }),
    allowed: managers,
  },
  {
    method: 'DELETE',
    route: '/api/v1/users/:id/memberships/:membershipId',
    url: (s) => `/api/v1/users/${s.spare.id}/memberships/${s.spare.membershipId}`,
    allowed: managers,
  },
  { method: 'GET', route: '/api/v1/audit-events', url: () => '/api/v1/audit-events', allowed: managers },
  // Reference data and the public side.
  { method: 'GET', route: '/api/v1/geography/states', url: () => '/api/v1/geography/states', allowed: 'public' },
  {
    method: 'GET',
    route: '/api/v1/geography/districts',
    url: () => '/api/v1/geography/districts?state=UP',
    allowed: 'public',
  },
  { method: 'GET', route: '/api/v1/public/challenge', url: () => '/api/v1/public/challenge', allowed: 'public' },
  {
    method: 'POST',
    route: '/api/v1/public/requests',
    url: () => '/api/v1/public/requests',
    body: (s) => ({
      name: 'Sunita',
      phone: freshPhone(),
      needs: [{ resource: 'oxygen_cylinder', quantity: 1 }],
      district: s.world.kanpur,
      consent: true,
    }),
    allowed: 'public',
  },
  {
    method: 'GET',
    route: '/api/v1/public/requests/:reference',
    url: () => '/api/v1/public/requests/KNP-0000?phoneLast4=1234',
    allowed: 'public',
  },
  // Cases.
  { method: 'GET', route: '/api/v1/cases', url: () => '/api/v1/cases', allowed: deskAndViewer },
  {
    method: 'POST',
    route: '/api/v1/cases',
    url: () => '/api/v1/cases',
    body: (s) => caseBody(s.world.kanpur),
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/similar',
    url: () => '/api/v1/cases/similar?phone=9839012345',
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/stream',
    url: () => '/api/v1/cases/stream',
    allowed: deskAndViewer,
    stream: true,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/bulk',
    url: () => '/api/v1/cases/bulk',
    body: (s) => ({ caseIds: [s.caseId], action: 'assign', assigneeId: null }),
    allowed: desk,
  },
  { method: 'GET', route: '/api/v1/cases/:id', url: (s) => `/api/v1/cases/${s.caseId}`, allowed: deskAndViewer },
  {
    method: 'PATCH',
    route: '/api/v1/cases/:id',
    url: (s) => `/api/v1/cases/${s.caseId}`,
    body: () => ({ patient: { age: 59 } }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/transitions',
    url: (s) => `/api/v1/cases/${s.caseId}/transitions`,
    body: () => ({ to: 'verifying' }),
    allowed: desk,
  },
  { method: 'POST', route: '/api/v1/cases/:id/claim', url: (s) => `/api/v1/cases/${s.caseId}/claim`, allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/assign',
    url: (s) => `/api/v1/cases/${s.caseId}/assign`,
    body: () => ({ assigneeId: null }),
    allowed: desk,
    // Coordinators assign anyone; an operator hands on a case they hold (an admin frees it first).
    before: async (client, s, t) => {
      await t.clients.admin.request({
        method: 'POST',
        url: `/api/v1/cases/${s.caseId}/assign`,
        payload: { assigneeId: null },
      });
      return client.request({ method: 'POST', url: `/api/v1/cases/${s.caseId}/claim` });
    },
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/assignable',
    url: (s) => `/api/v1/cases/${s.caseId}/assignable`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/notes',
    url: (s) => `/api/v1/cases/${s.caseId}/notes`,
    body: () => ({ note: 'n' }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/calls',
    url: (s) => `/api/v1/cases/${s.caseId}/calls`,
    body: () => ({ outcome: 'no_answer' }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/reveal-contact',
    url: (s) => `/api/v1/cases/${s.caseId}/reveal-contact`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/priority',
    url: (s) => `/api/v1/cases/${s.caseId}/priority`,
    body: () => ({ priority: null }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/quantities',
    url: (s) => `/api/v1/cases/${s.caseId}/quantities`,
    body: (s) => ({ needId: s.needId, quantityFulfilled: 0 }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/merge',
    url: (s) => `/api/v1/cases/${s.otherCaseId}/merge`,
    body: (s) => ({ intoCaseId: s.caseId }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/split',
    url: (s) => `/api/v1/cases/${s.caseId}/split`,
    body: (s) => ({ messageIds: [s.messageId], needIds: [s.needId] }),
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/referral-options',
    url: (s) => `/api/v1/cases/${s.caseId}/referral-options`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/referrals',
    url: (s) => `/api/v1/cases/${s.caseId}/referrals`,
    body: (s) => ({ organisationId: s.world.orgB.id, note: 'please take this one' }),
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/outbound',
    url: (s) => `/api/v1/cases/${s.caseId}/outbound`,
    allowed: deskAndViewer,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/outbound/:outboxId/resend',
    url: (s) => `/api/v1/cases/${s.caseId}/outbound/${s.outboxId}/resend`,
    allowed: desk,
  },
  // The fraud list, notifications, understanding.
  { method: 'GET', route: '/api/v1/flagged-phones', url: () => '/api/v1/flagged-phones', allowed: deskAndViewer },
  {
    method: 'POST',
    route: '/api/v1/flagged-phones',
    url: () => '/api/v1/flagged-phones',
    body: () => ({ phone: freshPhone(), reason: 'asked for advance' }),
    allowed: desk,
  },
  {
    method: 'DELETE',
    route: '/api/v1/flagged-phones/:phone',
    url: (s) => `/api/v1/flagged-phones/${encodeURIComponent(s.flaggedPhone)}`,
    allowed: desk,
  },
  { method: 'GET', route: '/api/v1/notifications', url: () => '/api/v1/notifications', allowed: everyone },
  {
    method: 'POST',
    route: '/api/v1/cases/triage-preview',
    url: () => '/api/v1/cases/triage-preview',
    body: () => ({ text: 'oxygen chahiye jaldi', needs: [{ resource: 'oxygen_cylinder' }] }),
    allowed: desk,
  },
  { method: 'GET', route: '/api/v1/overview', url: () => '/api/v1/overview', allowed: deskAndViewer },
  {
    method: 'POST',
    route: '/api/v1/notifications/:id/read',
    url: (s) => `/api/v1/notifications/${s.notificationId}/read`,
    allowed: everyone,
  },
  {
    method: 'POST',
    route: '/api/v1/understand',
    url: () => '/api/v1/understand',
    body: () => ({ text: 'Kanpur mein oxygen cylinder chahiye, SpO2 86' }),
    allowed: everyone,
  },
  // Channels, missed calls and leads.
  { method: 'GET', route: '/api/v1/channel-accounts', url: () => '/api/v1/channel-accounts', allowed: managers },
  {
    method: 'POST',
    route: '/api/v1/channel-accounts',
    url: () => '/api/v1/channel-accounts',
    body: (s) => ({
      organisationId: s.world.orgA.id,
      provider: 'twilio',
      address: freshPhone(),
      label: 'SMS',
      secrets: { webhookSecret: 'a-secret-of-our-own', accountId: 'AC1' },
    }),
    allowed: managers,
  },
  {
    method: 'PATCH',
    route: '/api/v1/channel-accounts/:id',
    url: (s) => `/api/v1/channel-accounts/${s.channelAccountId}`,
    body: () => ({ label: 'WhatsApp' }),
    allowed: managers,
    refusedWith: 404,
  },
  { method: 'GET', route: '/api/v1/channel-queue', url: () => '/api/v1/channel-queue', allowed: managers },
  { method: 'GET', route: '/api/v1/jobs', url: () => '/api/v1/jobs', allowed: ['admin'] },
  { method: 'GET', route: '/api/v1/callbacks', url: () => '/api/v1/callbacks', allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/callbacks/:id/claim',
    url: (s) => `/api/v1/callbacks/${s.callbackId}/claim`,
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'POST',
    route: '/api/v1/callbacks/:id/release',
    url: (s) => `/api/v1/callbacks/${s.callbackId}/release`,
    allowed: desk,
    refusedWith: 404,
    // Only the one calling releases: whoever held it is let go, then this person claims it.
    before: async (client, s, t) => {
      await t.database.db.execute(
        sql`update callbacks set status = 'open', claimed_by_id = null, claimed_at = null where id = ${s.callbackId}::uuid`,
      );
      return client.request({ method: 'POST', url: `/api/v1/callbacks/${s.callbackId}/claim` });
    },
  },
  {
    method: 'POST',
    route: '/api/v1/callbacks/:id/complete',
    url: (s) => `/api/v1/callbacks/${s.callbackId}/complete`,
    body: () => ({ outcome: 'reached' }),
    allowed: desk,
    refusedWith: 404,
  },
  { method: 'GET', route: '/api/v1/leads', url: () => '/api/v1/leads', allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/leads/:id/reveal-contact',
    url: (s) => `/api/v1/leads/${s.leadId}/reveal-contact`,
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'POST',
    route: '/api/v1/leads/:id/review',
    url: (s) => `/api/v1/leads/${s.leadId}/review`,
    body: () => ({ status: 'verified' }),
    allowed: desk,
    refusedWith: 404,
  },
  // The simulator page's API (only with the simulator on).
  {
    method: 'POST',
    route: '/api/v1/simulator/messages',
    url: () => '/api/v1/simulator/messages',
    body: () => ({ provider: 'whatsapp', from: '9876543210', text: 'Kanpur mein oxygen chahiye' }),
    allowed: desk,
    simulator: true,
  },
  { method: 'GET', route: '/api/v1/simulator/log', url: () => '/api/v1/simulator/log', allowed: desk, simulator: true },
  // Blood: the donor registry (routes/donors.ts).
  { method: 'GET', route: '/api/v1/donors', url: () => '/api/v1/donors', allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/donors',
    url: () => '/api/v1/donors',
    body: (s) => ({ ...donorBody(s.world.kanpur), organisationId: s.world.orgA.id }),
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/donors/:id',
    url: (s) => `/api/v1/donors/${s.donorId}`,
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'PATCH',
    route: '/api/v1/donors/:id',
    url: (s) => `/api/v1/donors/${s.donorId}`,
    body: () => ({ locality: 'Kidwai Nagar' }),
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'POST',
    route: '/api/v1/donors/:id/reveal-contact',
    url: (s) => `/api/v1/donors/${s.donorId}/reveal-contact`,
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'POST',
    route: '/api/v1/donors/:id/calls',
    url: (s) => `/api/v1/donors/${s.donorId}/calls`,
    body: () => ({ outcome: 'reached' }),
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'POST',
    route: '/api/v1/donors/:id/verify',
    url: (s) => `/api/v1/donors/${s.donorId}/verify`,
    body: () => ({ idSeen: 'aadhaar' }),
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'POST',
    route: '/api/v1/donors/:id/group',
    url: (s) => `/api/v1/donors/${s.donorId}/group`,
    body: () => ({ bloodGroup: 'B+', centre: 'Hallet Hospital blood centre' }),
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'POST',
    route: '/api/v1/donors/:id/deferral',
    url: (s) => `/api/v1/donors/${s.donorId}/deferral`,
    body: () => ({ reason: 'low haemoglobin', until: null }),
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'DELETE',
    route: '/api/v1/donors/:id/deferral',
    url: (s) => `/api/v1/donors/${s.donorId}/deferral`,
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'POST',
    route: '/api/v1/donors/:id/withdraw-consent',
    url: (s) => `/api/v1/donors/${s.donorId}/withdraw-consent`,
    body: () => ({}),
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'GET',
    route: '/api/v1/donors/:id/donations',
    url: (s) => `/api/v1/donors/${s.donorId}/donations`,
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'POST',
    route: '/api/v1/donors/:id/donations',
    url: (s) => `/api/v1/donors/${s.donorId}/donations`,
    body: () => ({ product: 'plasma', bloodCentre: 'Hallet Hospital blood centre', donatedOn: '2026-01-10' }),
    allowed: desk,
    refusedWith: 404,
  },
  {
    method: 'POST',
    route: '/api/v1/donors/import/preview',
    url: () => '/api/v1/donors/import/preview',
    body: (s) => ({
      organisationId: s.world.orgA.id,
      district: s.world.kanpur,
      consentPurpose: 'roster',
      csv: 'phone,name\n',
    }),
    allowed: managers,
  },
  {
    method: 'POST',
    route: '/api/v1/donors/import',
    url: () => '/api/v1/donors/import',
    body: (s) => ({
      organisationId: s.world.orgA.id,
      district: s.world.kanpur,
      consentPurpose: 'roster',
      csv: 'phone,name\n',
    }),
    allowed: managers,
  },
  {
    method: 'POST',
    route: '/api/v1/leads/:id/donor',
    url: (s) => `/api/v1/leads/${s.leadId}/donor`,
    body: (s) => donorBody(s.world.kanpur),
    allowed: desk,
    refusedWith: 404,
  },
  // Blood: the public's donor registration and a donor's own history (routes/public-donors.ts).
  {
    method: 'POST',
    route: '/api/v1/public/donors/code',
    url: () => '/api/v1/public/donors/code',
    body: (s) => ({ phone: freshPhone(), language: 'hi', district: s.world.kanpur }),
    allowed: 'public',
  },
  {
    method: 'POST',
    route: '/api/v1/public/donors',
    url: () => '/api/v1/public/donors',
    body: (s) => ({
      phone: freshPhone(),
      name: 'सुनील कुमार',
      sex: 'male',
      dateOfBirth: '1994-05-10',
      weightBand: '>55',
      bloodGroup: 'B+',
      district: s.world.kanpur,
      consentPurpose: 'To be asked for blood for patients near me',
      code: '000000',
    }),
    allowed: 'public',
  },
  {
    method: 'POST',
    route: '/api/v1/public/donors/me/code',
    url: () => '/api/v1/public/donors/me/code',
    body: () => ({ phone: freshPhone() }),
    allowed: 'public',
  },
  {
    method: 'POST',
    route: '/api/v1/public/donors/me',
    url: () => '/api/v1/public/donors/me',
    body: () => ({ phone: freshPhone(), code: '000000' }),
    allowed: 'public',
  },
  // Blood: a case's donors — matching, outreach, replacement donors, the answer link (routes/case-donors.ts).
  ...(['candidates', 'asks'] as const).map((what): Endpoint => ({
    method: 'GET',
    route: `/api/v1/cases/:id/needs/:needId/${what}`,
    url: (s) => `/api/v1/cases/${s.caseId}/needs/${s.needId}/${what}`,
    allowed: desk,
  })),
  {
    method: 'POST',
    route: '/api/v1/cases/:id/needs/:needId/asks',
    url: (s) => `/api/v1/cases/${s.caseId}/needs/${s.needId}/asks`,
    body: (s) => ({ donorId: s.donorId }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/needs/:needId/outreach',
    url: (s) => `/api/v1/cases/${s.caseId}/needs/${s.needId}/outreach`,
    body: () => ({}),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/needs/:needId/outreach/stop',
    url: (s) => `/api/v1/cases/${s.caseId}/needs/${s.needId}/outreach/stop`,
    body: () => ({}),
    allowed: desk,
  },
  // Replacement donors (routes/replacement-donors.ts) and the donor's answer link (routes/donor-answers.ts).
  {
    method: 'POST',
    route: '/api/v1/cases/:id/needs/:needId/replacement-donors',
    url: (s) => `/api/v1/cases/${s.caseId}/needs/${s.needId}/replacement-donors`,
    body: (s) => ({
      phone: freshPhone(),
      name: 'Mahesh Yadav',
      sex: 'male',
      dateOfBirth: '1990-02-11',
      weightBand: '>55',
      bloodGroup: 'B+',
      district: s.world.kanpur,
      consentPurpose: 'Brought by the family to replace the units issued',
    }),
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/public/donor-answers/:token',
    url: () => '/api/v1/public/donor-answers/AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA',
    allowed: 'public',
  },
  {
    method: 'POST',
    route: '/api/v1/public/donor-answers/:token',
    url: () => '/api/v1/public/donor-answers/AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA',
    body: () => ({ answer: 'yes' }),
    allowed: 'public',
  },
  // Blood: figures and the organisation's blood policy (routes/blood-reports.ts).
  { method: 'GET', route: '/api/v1/reports/blood', url: () => '/api/v1/reports/blood', allowed: deskAndViewer },
  {
    method: 'GET',
    route: '/api/v1/organisations/:id/blood-policy',
    url: (s) => `/api/v1/organisations/${s.world.orgA.id}/blood-policy`,
    allowed: everyone,
  },
  {
    method: 'PUT',
    route: '/api/v1/organisations/:id/blood-policy',
    url: (s) => `/api/v1/organisations/${s.world.orgA.id}/blood-policy`,
    body: () => ({ asksPerUnit: 3 }),
    allowed: managers,
  },
  // Lending: equipment (routes/equipment.ts) and depots (routes/depots.ts).
  { method: 'GET', route: '/api/v1/equipment', url: () => '/api/v1/equipment', allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/equipment',
    url: () => '/api/v1/equipment',
    body: (s) => ({ depotId: lending(s).depotId, items: [{ kind: 'mask' }] }),
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/equipment/labels',
    url: (s) => `/api/v1/equipment/labels?depotId=${lending(s).depotId}`,
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/equipment/scan/:qrToken',
    url: (s) => `/api/v1/equipment/scan/${lending(s).qrToken}`,
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/equipment/:id',
    url: (s) => `/api/v1/equipment/${lending(s).itemId}`,
    allowed: desk,
  },
  {
    method: 'PATCH',
    route: '/api/v1/equipment/:id',
    url: (s) => `/api/v1/equipment/${lending(s).itemId}`,
    body: () => ({ note: 'dent on the shoulder' }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/equipment/:id/movements',
    url: (s) => `/api/v1/equipment/${lending(s).itemId}/movements`,
    body: () => ({ kind: 'marked_empty' }),
    allowed: desk,
  },
  { method: 'GET', route: '/api/v1/depots', url: () => '/api/v1/depots', allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/depots',
    url: () => '/api/v1/depots',
    body: (s) => ({
      organisationId: s.world.orgA.id,
      district: s.world.kanpur,
      name: `Depot ${Math.random()}`,
      kind: 'police_station',
      address: 'Kotwali, Kanpur',
      lat: null,
      lon: null,
      contactPhone: null,
    }),
    allowed: managers,
  },
  {
    method: 'GET',
    route: '/api/v1/depots/:id',
    url: (s) => `/api/v1/depots/${lending(s).depotId}`,
    allowed: desk,
  },
  {
    method: 'PATCH',
    route: '/api/v1/depots/:id',
    url: (s) => `/api/v1/depots/${lending(s).depotId}`,
    body: () => ({ address: 'Kotwali, Kanpur' }),
    allowed: managers,
  },
  // Lending: figures, policy, oxygen stock, sponsors, refills.
  {
    method: 'GET',
    route: '/api/v1/lending/figures',
    url: () => '/api/v1/lending/figures',
    allowed: deskAndViewer,
  },
  {
    method: 'GET',
    route: '/api/v1/lending-policy/:organisationId',
    url: (s) => `/api/v1/lending-policy/${s.world.orgA.id}`,
    allowed: desk,
  },
  {
    method: 'PATCH',
    route: '/api/v1/lending-policy/:organisationId',
    url: (s) => `/api/v1/lending-policy/${s.world.orgA.id}`,
    body: () => ({ loanDays: 7 }),
    allowed: managers,
  },
  { method: 'GET', route: '/api/v1/oxygen-stock', url: () => '/api/v1/oxygen-stock', allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/oxygen-stock',
    url: () => '/api/v1/oxygen-stock',
    body: (s) => ({
      organisationId: s.world.orgA.id,
      district: s.world.kanpur,
      name: `War room ${Math.random()}`,
      kind: 'war_room',
    }),
    allowed: managers,
  },
  {
    method: 'GET',
    route: '/api/v1/oxygen-stock/:id',
    url: (s) => `/api/v1/oxygen-stock/${lending(s).stockSiteId}`,
    allowed: desk,
  },
  {
    method: 'PATCH',
    route: '/api/v1/oxygen-stock/:id',
    url: (s) => `/api/v1/oxygen-stock/${lending(s).stockSiteId}`,
    body: () => ({ alertHours: 6 }),
    allowed: managers,
  },
  {
    method: 'POST',
    route: '/api/v1/oxygen-stock/:id/entries',
    url: (s) => `/api/v1/oxygen-stock/${lending(s).stockSiteId}/entries`,
    body: () => ({ kind: 'count', cylinders: { D: 4 } }),
    allowed: desk,
  },
  { method: 'GET', route: '/api/v1/sponsors', url: () => '/api/v1/sponsors', allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/sponsors',
    url: () => '/api/v1/sponsors',
    body: (s) => ({ organisationId: s.world.orgA.id, name: `Sponsor ${Math.random()}`, kind: 'trust' }),
    allowed: managers,
  },
  {
    method: 'PATCH',
    route: '/api/v1/sponsors/:id',
    url: (s) => `/api/v1/sponsors/${lending(s).sponsorId}`,
    body: () => ({ note: 'funded ten B cylinders' }),
    allowed: managers,
  },
  {
    method: 'POST',
    route: '/api/v1/sponsors/:id/link',
    url: (s) => `/api/v1/sponsors/${lending(s).sponsorId}/link`,
    allowed: managers,
  },
  {
    method: 'GET',
    route: '/api/v1/public/sponsors/:token',
    url: () => `/api/v1/public/sponsors/${'x'.repeat(32)}`,
    allowed: 'public',
  },
  { method: 'GET', route: '/api/v1/refills/vendors', url: () => '/api/v1/refills/vendors', allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/refills/vendors',
    url: () => '/api/v1/refills/vendors',
    body: (s) => ({ organisationId: s.world.orgA.id, name: `Vendor ${Math.random()}`, prices: { B: 150 } }),
    allowed: managers,
  },
  {
    method: 'PATCH',
    route: '/api/v1/refills/vendors/:id',
    url: (s) => `/api/v1/refills/vendors/${lending(s).vendorId}`,
    body: () => ({ address: 'Fazalganj, Kanpur' }),
    allowed: managers,
  },
  { method: 'GET', route: '/api/v1/refills', url: () => '/api/v1/refills', allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/refills',
    url: () => '/api/v1/refills',
    body: (s) => ({ depotId: lending(s).depotId, vendorId: lending(s).vendorId, itemIds: [] }),
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/refills/:id',
    url: (s) => `/api/v1/refills/${lending(s).refillOrderId}`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/refills/:id/items',
    url: (s) => `/api/v1/refills/${lending(s).refillOrderId}/items`,
    body: (s) => ({ itemIds: [lending(s).emptyId] }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/refills/:id/settle',
    url: (s) => `/api/v1/refills/${lending(s).refillOrderId}/settle`,
    body: (s) => ({ lines: [{ itemId: lending(s).refillItemId, status: 'returned_full' }] }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/refills/:id/cancel',
    url: (s) => `/api/v1/refills/${lending(s).refillOrderId}/cancel`,
    body: () => ({ reason: 'vendor closed' }),
    allowed: desk,
  },
  // Lending: loans from a case (routes/case-lending.ts, routes/loans.ts).
  {
    method: 'GET',
    route: '/api/v1/cases/:caseId/lending',
    url: (s) => `/api/v1/cases/${s.caseId}/lending`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:caseId/gate',
    url: (s) => `/api/v1/cases/${s.caseId}/gate`,
    body: () => ({ covidPositive: true, hasPrescription: null, homeIsolation: true, spo2: 92 }),
    allowed: desk,
  },
  { method: 'GET', route: '/api/v1/loans', url: () => '/api/v1/loans', allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/loans',
    url: () => '/api/v1/loans',
    body: (s) => lendPayload(s.caseId, loanSeed(s).itemId),
    allowed: desk,
  },
  { method: 'GET', route: '/api/v1/loans/:id', url: (s) => `/api/v1/loans/${loanSeed(s).loanId}`, allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/loans/:id/hand-over',
    url: (s) => `/api/v1/loans/${loanSeed(s).loanId}/hand-over`,
    body: () => ({ byName: 'Volunteer Asha', at: new Date().toISOString() }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/loans/:id/documents',
    url: (s) => `/api/v1/loans/${loanSeed(s).loanId}/documents?kind=prescription`,
    body: () => ({ not: 'a file' }),
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/loans/:id/documents/:documentId',
    url: (s) => `/api/v1/loans/${loanSeed(s).loanId}/documents/${loanSeed(s).documentId}`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/loans/:id/extend',
    url: (s) => `/api/v1/loans/${loanSeed(s).loanId}/extend`,
    body: () => ({ days: 2, reason: 'Still needs oxygen' }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/loans/:id/pickup',
    url: (s) => `/api/v1/loans/${loanSeed(s).loanId}/pickup`,
    body: () => ({ assigneeId: null }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/loans/:id/reveal-contact',
    url: (s) => `/api/v1/loans/${loanSeed(s).loanId}/reveal-contact`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/loans/:id/write-off',
    url: (s) => `/api/v1/loans/${loanSeed(s).loanId}/write-off`,
    body: () => ({ lossReason: 'not_returned', note: 'Moved away' }),
    allowed: managers,
  },
  {
    method: 'POST',
    route: '/api/v1/loans/:id/cancel',
    url: (s) => `/api/v1/loans/${loanSeed(s).loanId}/cancel`,
    body: () => ({ reason: 'Lent by mistake' }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/loans/:id/return',
    url: (s) => `/api/v1/loans/${loanSeed(s).loanId}/return`,
    body: () => ({ condition: 'full' }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/loans/:id/deposit',
    url: (s) => `/api/v1/loans/${loanSeed(s).loanId}/deposit`,
    body: () => ({ kind: 'refund', amount: 100 }),
    allowed: desk,
  },
  // Thalassemia care: children on regular transfusion and their rosters (routes/transfusion-patients.ts).
  { method: 'GET', route: '/api/v1/transfusion-patients', url: () => '/api/v1/transfusion-patients', allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/transfusion-patients',
    url: () => '/api/v1/transfusion-patients',
    body: (s) => ({
      name: 'Access Child',
      guardianName: 'Access Guardian',
      guardianPhone: freshPhone(),
      bloodGroup: 'B+',
      intervalDays: 21,
      unitsPerTransfusion: 2,
      centre: 'Hallet Hospital',
      district: s.world.kanpur,
      consentBy: 'Access Guardian',
    }),
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/transfusion-patients/:id',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}`,
    allowed: desk,
  },
  {
    method: 'PATCH',
    route: '/api/v1/transfusion-patients/:id',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}`,
    body: () => ({ notes: 'Comes with her mother' }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/transfusion-patients/:id/reveal',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/reveal`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/transfusion-patients/:id/state',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/state`,
    body: () => ({ state: 'paused', reason: 'In hospital' }),
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/transfusion-patients/:id/roster',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/roster`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/transfusion-patients/:id/roster',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/roster`,
    body: (s) => ({ donorId: thalassemia(s).donorId }),
    allowed: desk,
  },
  {
    method: 'DELETE',
    route: '/api/v1/transfusion-patients/:id/roster/:donorId',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/roster/${thalassemia(s).donorId}`,
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/transfusion-patients/:id/roster/candidates',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/roster/candidates`,
    allowed: desk,
  },
  // Thalassemia care: the calendar, bookings and answers (routes/transfusion-bookings.ts). A transfusion or booking
  // id that is not the child's is "not found" once the role check has passed.
  {
    method: 'GET',
    route: '/api/v1/transfusion-patients/:id/transfusions',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/transfusions`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/transfusion-patients/:id/bookings/plan',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/bookings/plan`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/transfusion-patients/:id/bookings/:bookingId/answer',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/bookings/${absentId}/answer`,
    body: () => ({ answer: 'confirmed' }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/transfusion-patients/:id/bookings/:bookingId/outcome',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/bookings/${absentId}/outcome`,
    body: () => ({ outcome: 'no_show' }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/transfusion-patients/:id/transfusions/:transfusionId/done',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/transfusions/${absentId}/done`,
    body: () => ({ doneOn: '2026-01-05', unitsGiven: 2 }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/transfusion-patients/:id/transfusions/:transfusionId/missed',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/transfusions/${absentId}/missed`,
    body: () => ({}),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/transfusion-patients/:id/transfusions/:transfusionId/move',
    url: (s) => `/api/v1/transfusion-patients/${thalassemia(s).patientId}/transfusions/${absentId}/move`,
    body: () => ({ dueOn: '2099-01-05' }),
    allowed: desk,
  },
  { method: 'GET', route: '/api/v1/transfusion-calendar', url: () => '/api/v1/transfusion-calendar', allowed: desk },
  // Certificates: settings, issuing, the list, PDFs, sending, revoking, and the public verification
  // (routes/certificates.ts, routes/public-certificates.ts).
  {
    method: 'GET',
    route: '/api/v1/organisations/:id/certificate-settings',
    url: (s) => `/api/v1/organisations/${s.world.orgA.id}/certificate-settings`,
    allowed: desk,
  },
  {
    method: 'PUT',
    route: '/api/v1/organisations/:id/certificate-settings',
    url: (s) => `/api/v1/organisations/${s.world.orgA.id}/certificate-settings`,
    body: () => ({
      nameEn: 'Access Organisation',
      nameHi: 'पहुँच संस्था',
      signatoryEn: 'Access Signatory',
      signatoryHi: 'पहुँच हस्ताक्षरकर्ता',
      numberPrefix: 'ACC',
    }),
    allowed: managers,
  },
  {
    method: 'GET',
    route: '/api/v1/organisations/:id/certificate-settings/logo',
    url: (s) => `/api/v1/organisations/${s.world.orgA.id}/certificate-settings/logo`,
    allowed: desk,
  },
  {
    method: 'PUT',
    route: '/api/v1/organisations/:id/certificate-settings/logo',
    url: (s) => `/api/v1/organisations/${s.world.orgA.id}/certificate-settings/logo`,
    body: () => ({ not: 'an image' }),
    allowed: managers,
  },
  {
    method: 'POST',
    route: '/api/v1/donations/:id/certificate',
    url: (s) => `/api/v1/donations/${certificate(s).donationId}/certificate`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/camps/:id/certificates',
    url: (s) => `/api/v1/camps/${certificate(s).campId}/certificates`,
    allowed: desk,
  },
  { method: 'GET', route: '/api/v1/certificates', url: () => '/api/v1/certificates', allowed: desk },
  {
    method: 'GET',
    route: '/api/v1/certificates/:number/pdf',
    url: (s) => `/api/v1/certificates/${certificate(s).number}/pdf?lang=en`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/certificates/:number/send',
    url: (s) => `/api/v1/certificates/${certificate(s).number}/send`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/certificates/:number/revoke',
    url: (s) => `/api/v1/certificates/${certificate(s).number}/revoke`,
    body: () => ({ reason: 'Issued to the wrong donor' }),
    allowed: managers,
  },
  {
    method: 'GET',
    route: '/api/v1/public/certificates/:number',
    url: (s) => `/api/v1/public/certificates/${certificate(s).number}`,
    allowed: 'public',
  },
  {
    method: 'GET',
    route: '/api/v1/public/certificates/:number/pdf',
    url: (s) => `/api/v1/public/certificates/${certificate(s).number}/pdf?lang=hi`,
    allowed: 'public',
  },
  // Camps: planning, registrations, check-in, outcomes, the report and the public page (routes/camps.ts).
  { method: 'GET', route: '/api/v1/camps', url: () => '/api/v1/camps', allowed: desk },
  {
    method: 'POST',
    route: '/api/v1/camps',
    url: () => '/api/v1/camps',
    // Tomorrow, so the body is valid at any hour the matrix runs.
    body: (s) =>
      campBody(s.world.kanpur, {
        startsAt: new Date(kolkataToday(9).getTime() + 86_400_000).toISOString(),
        endsAt: new Date(kolkataToday(17).getTime() + 86_400_000).toISOString(),
      }),
    allowed: managers,
  },
  { method: 'GET', route: '/api/v1/camps/:id', url: (s) => `/api/v1/camps/${campSeed(s).campId}`, allowed: desk },
  {
    method: 'PATCH',
    route: '/api/v1/camps/:id',
    url: (s) => `/api/v1/camps/${campSeed(s).campId}`,
    body: () => ({ targetUnits: 60 }),
    allowed: managers,
  },
  {
    method: 'POST',
    route: '/api/v1/camps/:id/cancel',
    url: (s) => `/api/v1/camps/${campSeed(s).otherCampId}/cancel`,
    body: () => ({ reason: 'Venue unavailable' }),
    allowed: managers,
  },
  {
    method: 'POST',
    route: '/api/v1/camps/:id/held',
    url: (s) => `/api/v1/camps/${campSeed(s).otherCampId}/held`,
    allowed: managers,
  },
  {
    method: 'POST',
    route: '/api/v1/camps/:id/invite',
    url: (s) => `/api/v1/camps/${campSeed(s).campId}/invite`,
    body: () => ({ radiusKm: 10, limit: 5 }),
    allowed: managers,
  },
  {
    method: 'POST',
    route: '/api/v1/camps/:id/thank',
    url: (s) => `/api/v1/camps/${campSeed(s).campId}/thank`,
    allowed: managers,
  },
  {
    method: 'GET',
    route: '/api/v1/camps/:id/registrations',
    url: (s) => `/api/v1/camps/${campSeed(s).campId}/registrations`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/camps/:id/registrations',
    url: (s) => `/api/v1/camps/${campSeed(s).campId}/registrations`,
    body: () => ({ name: 'सुनील कुमार', phone: freshPhone() }),
    allowed: desk,
  },
  {
    method: 'DELETE',
    route: '/api/v1/camps/:id/registrations/:rid',
    url: (s) => `/api/v1/camps/${campSeed(s).campId}/registrations/${campSeed(s).registrationId}`,
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/camps/:id/check-ins',
    url: (s) => `/api/v1/camps/${campSeed(s).campId}/check-ins`,
    body: (s) => ({ phone: campSeed(s).phone }),
    allowed: desk,
  },
  {
    method: 'POST',
    route: '/api/v1/camps/:id/registrations/:rid/outcome',
    url: (s) => `/api/v1/camps/${campSeed(s).campId}/registrations/${campSeed(s).registrationId}/outcome`,
    body: () => ({ outcome: 'deferred', reason: 'low_haemoglobin', until: null }),
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/camps/:id/report',
    url: (s) => `/api/v1/camps/${campSeed(s).campId}/report`,
    allowed: desk,
  },
  {
    method: 'GET',
    route: '/api/v1/public/camps/:code',
    url: (s) => `/api/v1/public/camps/${campSeed(s).code}`,
    allowed: 'public',
  },
  {
    method: 'POST',
    route: '/api/v1/public/camps/:code/registrations',
    url: (s) => `/api/v1/public/camps/${campSeed(s).code}/registrations`,
    body: () => ({ name: 'रीना देवी', phone: freshPhone() }),
    allowed: 'public',
  },
];

/** The app and the ids a row is checked against. */
const target = (endpoint: Endpoint): { t: TestWorld<MatrixRole>; s: Seeds } =>
  endpoint.simulator ? { t: simulatorApp, s: simulatorSeeds } : { t: app, s: seeds };

async function send(
  endpoint: Endpoint,
  t: TestWorld<MatrixRole>,
  s: Seeds,
  client?: Client,
): Promise<LightMyRequestResponse> {
  const options = {
    method: endpoint.method,
    url: endpoint.url(s),
    ...(endpoint.body ? { payload: endpoint.body(s) as object } : {}),
  };
  if (!endpoint.stream) return client ? client.request(options) : t.app.inject(options);
  // An event stream that got past the checks never ends: read its status, then hang up. A refusal is read whole.
  const hangUp = new AbortController();
  const streamed = { ...options, payloadAsStream: true, signal: hangUp.signal };
  const response = client ? await client.request(streamed) : await t.app.inject(streamed);
  let text = '';
  if (response.statusCode === 200) hangUp.abort();
  else for await (const chunk of response.stream()) text += String(chunk);
  return { ...response, body: text, payload: text, json: <T>() => JSON.parse(text) as T };
}

const label = (e: Endpoint) => `${e.method} ${e.route}`;
/** Does a concrete URL (its path) fall under a route pattern in Fastify's `:param` form? */
function routeMatches(route: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';
  const pattern = route
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}$`).test(path);
}

describe('the access matrix', () => {
  it('has one row for every route registered under /api/v1, and no row for a route that does not exist', () => {
    const registered = [...app.routes, ...simulatorApp.routes]
      .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`);
    expect(registered).toContain('GET /api/v1/cases');
    const inMatrix = endpoints.map(label);
    const missing = [...new Set(registered)].filter((route) => !inMatrix.includes(route)).sort();
    expect(missing, `routes with no row in the access matrix:\n  ${missing.join('\n  ')}\n`).toEqual([]);
    const stale = inMatrix.filter((row) => !registered.includes(row));
    expect(stale, 'rows for routes the app does not register').toEqual([]);
    const twice = inMatrix.filter((row, i) => inMatrix.indexOf(row) !== i);
    expect(twice, 'routes with more than one row').toEqual([]);
  });

  it('says `public` exactly for the routes that need no session, and each row’s URL is its route', () => {
    const publicRoutes = new Set(
      [...app.routes, ...simulatorApp.routes]
        .filter((r) => (r.config as { public?: boolean } | undefined)?.public === true && r.method !== 'HEAD')
        .map((r) => `${r.method} ${r.url}`),
    );
    expect(publicRoutes.size).toBeGreaterThan(0);
    expect(
      endpoints
        .filter((e) => e.allowed === 'public')
        .map(label)
        .sort(),
    ).toEqual([...publicRoutes].sort());
    const mismatched = endpoints.filter((e) => !routeMatches(e.route, e.url(target(e).s))).map(label);
    expect(mismatched).toEqual([]);
  });
});

describe('anonymous callers', () => {
  it.each(endpoints.filter((e) => e.allowed !== 'public').map((e) => [label(e), e] as const))(
    '%s is refused with 401',
    async (_label, endpoint) => {
      const { t, s } = target(endpoint);
      expectProblem(await send(endpoint, t, s), 401, 'unauthenticated');
    },
  );

  it.each(endpoints.filter((e) => e.allowed === 'public').map((e) => [label(e), e] as const))(
    '%s is open to them',
    async (_label, endpoint) => {
      const { t, s } = target(endpoint);
      const response = await send(endpoint, t, s);
      expect(response.statusCode, response.body).not.toBe(401);
      expect(response.statusCode, response.body).toBeLessThan(500);
    },
  );
});

describe('signed-in callers with the wrong role', () => {
  const cases = endpoints.flatMap((endpoint) =>
    endpoint.allowed === 'public'
      ? []
      : matrixRoles
          .filter((role) => !endpoint.allowed.includes(role))
          .map((role) => [role, label(endpoint), endpoint.refusedWith ?? 403, endpoint] as const),
  );
  it.each(cases)('%s: %s is refused with %d', async (role, _label, status, endpoint) => {
    const { t, s } = target(endpoint);
    const response = await send(endpoint, t, s, t.clients[role]);
    expectProblem(response, status, status === 404 ? 'not_found' : 'forbidden');
  });
});

describe('signed-in callers with a role the row names', () => {
  // On the simulator app, whose writes no other test reads. Whatever the outcome (done, 404 for a row an earlier
  // role already removed, 409), it is not the role check refusing them.
  const cases = endpoints.flatMap((endpoint) =>
    endpoint.allowed === 'public' ? [] : endpoint.allowed.map((role) => [role, label(endpoint), endpoint] as const),
  );
  it.each(cases)('%s: %s gets past the role check', async (role, _label, endpoint) => {
    const t = simulatorApp;
    const person = t.world[role];
    const client = endpoint.endsSession ? await signIn(t.app, person.phone, person.password) : t.clients[role];
    await endpoint.before?.(client, simulatorSeeds, t);
    const response = await send(endpoint, t, simulatorSeeds, client);
    expect(response.statusCode, response.body).not.toBe(401);
    expect(response.statusCode, response.body).not.toBe(403);
    expect(response.statusCode, response.body).toBeLessThan(500);
  });
});

describe('district scoping for coordinators', () => {
  const kanpurCoordinator = app.client('coordinatorKanpur');
  const prayagrajCoordinator = app.client('coordinatorPrayagraj');
  const admin = app.client('admin');

  it('lists only people in the coordinator’s organisation and districts', async () => {
    const { world } = app;
    const response = await kanpurCoordinator.request({ method: 'GET', url: '/api/v1/users?limit=200' });
    expect(response.statusCode).toBe(200);
    const ids = (response.json() as { items: Array<{ id: string }> }).items.map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([world.operatorKanpur.id, world.volunteerKanpur.id, world.viewerA.id]));
    expect(ids).not.toContain(world.operatorUnnao.id);
    expect(ids).not.toContain(world.operatorPrayagraj.id);
    expect(ids).not.toContain(world.admin.id);
  });

  it('cannot read a person of another district (404, no hint they exist)', async () => {
    const { world } = app;
    const sameOrgOtherDistrict = await kanpurCoordinator.request({
      method: 'GET',
      url: `/api/v1/users/${world.operatorUnnao.id}`,
    });
    expectProblem(sameOrgOtherDistrict, 404, 'not_found');
    const otherOrg = await prayagrajCoordinator.request({
      method: 'GET',
      url: `/api/v1/users/${world.operatorKanpur.id}`,
    });
    expectProblem(otherOrg, 404, 'not_found');
  });

  it('cannot change a person of another district, and nothing changes', async () => {
    const { world } = app;
    const response = await kanpurCoordinator.request({
      method: 'PATCH',
      url: `/api/v1/users/${world.operatorUnnao.id}`,
      payload: { isActive: false },
    });
    expectProblem(response, 404, 'not_found');
    const check = await admin.request({ method: 'GET', url: `/api/v1/users/${world.operatorUnnao.id}` });
    expect((check.json() as { isActive: boolean }).isActive).toBe(true);
  });

  it('cannot add people to another district, another organisation, or as coordinator', async () => {
    const { world } = app;
    const base = { name: 'New Person', password: 'long-enough-pass' };
    const otherDistrict = await kanpurCoordinator.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        ...base,
        phone: '9111111111',
        membership: { role: 'operator', organisationId: world.orgA.id, districts: [world.unnao] },
      },
    });
    expectProblem(otherDistrict, 403, 'forbidden');
    const allDistricts = await kanpurCoordinator.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        ...base,
        phone: '9111111112',
        membership: { role: 'operator', organisationId: world.orgA.id, districts: [] },
      },
    });
    expectProblem(allDistricts, 403, 'forbidden');
    const otherOrg = await kanpurCoordinator.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        ...base,
        phone: '9111111113',
        membership: { role: 'operator', organisationId: world.orgB.id, districts: [world.prayagraj] },
      },
    });
    expectProblem(otherOrg, 403, 'forbidden');
    const asCoordinator = await kanpurCoordinator.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        ...base,
        phone: '9111111114',
        membership: { role: 'coordinator', organisationId: world.orgA.id, districts: [world.kanpur] },
      },
    });
    expectProblem(asCoordinator, 403, 'forbidden');
    const asAdmin = await kanpurCoordinator.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...base, phone: '9111111115', membership: { role: 'admin', organisationId: null, districts: [] } },
    });
    expectProblem(asAdmin, 403, 'forbidden');
    const list = await admin.request({ method: 'GET', url: '/api/v1/users?q=New%20Person' });
    expect((list.json() as { total: number }).total).toBe(0);
  });

  it('sees only its own organisations', async () => {
    const { world } = app;
    const response = await prayagrajCoordinator.request({ method: 'GET', url: '/api/v1/organisations' });
    const ids = (response.json() as { items: Array<{ id: string }> }).items.map((o) => o.id);
    expect(ids).toEqual([world.orgB.id]);
    const other = await prayagrajCoordinator.request({
      method: 'GET',
      url: `/api/v1/organisations/${world.orgA.id}`,
    });
    expectProblem(other, 404, 'not_found');
  });

  it('sees audit events of its own organisation only', async () => {
    const { world } = app;
    // An event in each organisation, so the list has something to show and something to hide.
    for (const [client, organisationId, district] of [
      [kanpurCoordinator, world.orgA.id, world.kanpur],
      [prayagrajCoordinator, world.orgB.id, world.prayagraj],
    ] as const) {
      const added = await client.request({
        method: 'POST',
        url: '/api/v1/users',
        payload: {
          name: 'Audited Person',
          phone: freshPhone(),
          password: 'long-enough-pass',
          membership: { role: 'operator', organisationId, districts: [district] },
        },
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    const response = await prayagrajCoordinator.request({ method: 'GET', url: '/api/v1/audit-events?limit=200' });
    expect(response.statusCode).toBe(200);
    const events = (response.json() as { items: Array<{ action: string }> }).items;
    expect(events.map((e) => e.action)).toContain('user.created');
    expect(events.filter((e) => JSON.stringify(e).includes(world.orgA.id))).toEqual([]);
  });
});
