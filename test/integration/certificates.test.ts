// Donors' certificates over HTTP: the organisation's settings (bad input refused, nothing written), numbers that
// never repeat under parallel issue, one certificate per donation, a whole camp at once, the public verification
// (only real numbers; a typo told apart; never the phone), the PDF, sending the link, revoking, and scope.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type {
  CampCertificatesResult,
  CertificateList,
  CertificateSettingsView,
  CertificateView,
  PublicCertificateView,
  SendCertificateResult,
} from '../../src/shared/contracts/certificates.js';
import {
  campEvents,
  certificates,
  donors,
  organisationCertificateSettings,
  outbox,
} from '../../src/server/db/schema/index.js';
import { formatCertificateNumber } from '../../src/server/domain/certificates/certificate-number.js';
import { createCamp, createCampRegistration } from '../factories/camps.js';
import { createChannelAccount } from '../factories/channels.js';
import { createDonations } from '../factories/donations.js';
import { createDonor } from '../factories/donors.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({
  roles: ['coordinatorKanpur', 'operatorKanpur', 'coordinatorUnnao', 'coordinatorPrayagraj', 'viewerA', 'admin'],
});
const coordinator = t.client('coordinatorKanpur');
const operator = t.client('operatorKanpur');
const unnao = t.client('coordinatorUnnao');
const prayagraj = t.client('coordinatorPrayagraj');
const viewer = t.client('viewerA');

const settings = {
  nameEn: 'Kanpur Nagar Police Commissionerate',
  nameHi: 'कानपुर नगर पुलिस कमिश्नरेट',
  signatoryEn: 'Police Commissioner, Kanpur Nagar',
  signatoryHi: 'पुलिस आयुक्त, कानपुर नगर',
  numberPrefix: 'KNP',
};

/** A 1×1 PNG. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let settingsSaved = false;
async function saveSettings(): Promise<void> {
  if (settingsSaved) return;
  const response = await coordinator.request({
    method: 'PUT',
    url: `/api/v1/organisations/${t.world.orgA.id}/certificate-settings`,
    payload: settings,
  });
  expect(response.statusCode, response.body).toBe(200);
  settingsSaved = true;
}

let day = 0;
/** A Kanpur donor of organisation A with one whole-blood donation at a blood centre: the donation's id. */
async function donation(over: { name?: string; district?: string; organisationId?: string } = {}) {
  const organisationId = over.organisationId ?? t.world.orgA.id;
  const district = over.district ?? t.world.kanpur;
  const donor = await createDonor(t.database.db, organisationId, district, {
    ...(over.name ? { name: over.name } : {}),
  });
  day += 1;
  const [id] = await createDonations(t.database.db, donor.id, [
    { product: 'whole_blood', donatedOn: `2026-0${1 + (day % 9)}-${String(1 + (day % 27)).padStart(2, '0')}` },
  ]);
  if (!id) throw new Error('no donation');
  return { donationId: id, donorId: donor.id, phone: donor.phone };
}

async function issue(donationId: string, client = operator) {
  return client.request({ method: 'POST', url: `/api/v1/donations/${donationId}/certificate` });
}

async function issued(donationId: string): Promise<CertificateView> {
  const response = await issue(donationId);
  expect([200, 201], response.body).toContain(response.statusCode);
  return response.json() as CertificateView;
}

describe('certificate settings', () => {
  it('start unset; bad input is a 400 naming each field, and nothing is written', async () => {
    const url = `/api/v1/organisations/${t.world.orgA.id}/certificate-settings`;
    const before = await operator.request({ method: 'GET', url });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ configured: false, numberPrefix: null, can: { update: false } });

    const bad = await coordinator.request({
      method: 'PUT',
      url,
      payload: { ...settings, numberPrefix: 'knp1', nameHi: '' },
    });
    const problem = expectProblem(bad, 400, 'validation_failed');
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['nameHi', 'numberPrefix']);
    const tooLong = await coordinator.request({
      method: 'PUT',
      url,
      payload: { ...settings, numberPrefix: 'ABCDEFG' },
    });
    expect(expectProblem(tooLong, 400, 'validation_failed').errors?.map((e) => e.field)).toEqual(['numberPrefix']);
    const rows = await t.database.db
      .select()
      .from(organisationCertificateSettings)
      .where(eq(organisationCertificateSettings.organisationId, t.world.orgA.id));
    expect(rows).toEqual([]);
  });

  it('are changed by the organisation’s coordinators only, and hidden from other organisations', async () => {
    const url = `/api/v1/organisations/${t.world.orgA.id}/certificate-settings`;
    expectProblem(await operator.request({ method: 'PUT', url, payload: settings }), 403, 'forbidden');
    expectProblem(await prayagraj.request({ method: 'GET', url }), 404, 'not_found');
    expectProblem(await prayagraj.request({ method: 'PUT', url, payload: settings }), 404, 'not_found');
    expectProblem(await viewer.request({ method: 'GET', url }), 403, 'forbidden');

    await saveSettings();
    const read = (await coordinator.request({ method: 'GET', url })).json() as CertificateSettingsView;
    expect(read).toMatchObject({ ...settings, configured: true, can: { update: true } });
  });

  it('refuse a number prefix another organisation uses', async () => {
    await saveSettings();
    const response = await prayagraj.request({
      method: 'PUT',
      url: `/api/v1/organisations/${t.world.orgB.id}/certificate-settings`,
      payload: { ...settings, numberPrefix: 'KNP' },
    });
    const problem = expectProblem(response, 409, 'certificate_unavailable');
    expect(problem.errors?.map((e) => e.field)).toEqual(['numberPrefix']);
  });

  it('keep a PNG or JPEG logo up to 200 KB and refuse anything else', async () => {
    await saveSettings();
    const url = `/api/v1/organisations/${t.world.orgA.id}/certificate-settings/logo`;
    const put = (payload: Buffer, type: string, client = coordinator) =>
      client.request({ method: 'PUT', url, payload, headers: { 'content-type': type } });
    const saved = await put(png, 'image/png');
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ logoType: 'image/png' });
    const read = await operator.request({ method: 'GET', url });
    expect(read.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(read.rawPayload, png)).toBe(0);

    expectProblem(await put(Buffer.from('GIF89a....'), 'image/png'), 415, 'document_rejected');
    expect((await put(Buffer.from('GIF89a....'), 'image/gif')).statusCode).toBe(415);
    expect((await put(Buffer.alloc(201 * 1024, 1), 'image/png')).statusCode).toBe(413);
    expectProblem(await put(png, 'image/png', operator), 403, 'forbidden');
  });
});

describe('issuing certificates', () => {
  it('needs the organisation’s settings first', async () => {
    const { donationId } = await donation({ organisationId: t.world.orgB.id, district: t.world.prayagraj });
    expectProblem(await issue(donationId, prayagraj), 409, 'certificate_unavailable');
    expect(await t.database.db.select().from(certificates).where(eq(certificates.donationId, donationId))).toEqual([]);
  });

  it('numbers never repeat when many are issued at once, and a donation gets one certificate', async () => {
    await saveSettings();
    const given = [];
    for (let i = 0; i < 12; i += 1) given.push(await donation());
    const responses = await Promise.all(given.map((g) => issue(g.donationId)));
    expect(responses.map((r) => r.statusCode)).toEqual(given.map(() => 201));
    const numbers = responses.map((r) => (r.json() as CertificateView).number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const number of numbers) expect(number).toMatch(/^KNP-\d{4}-\d{5}-[0-9A-Z]$/);
    const sequences = numbers.map((n) => Number(n.split('-')[2])).sort((a, b) => a - b);
    const first = sequences[0] ?? 0;
    expect(sequences).toEqual(sequences.map((_, i) => first + i));

    // The same donation again, also twice at once: the one certificate.
    const [g] = given;
    const again = await Promise.all([issue(g?.donationId ?? ''), issue(g?.donationId ?? '', coordinator)]);
    expect(again.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(again.map((r) => (r.json() as CertificateView).number)).toEqual([numbers[0], numbers[0]]);
  });

  it('copies what it says from the donation and donor, and shows only initials to the desk', async () => {
    await saveSettings();
    const { donationId } = await donation({ name: 'श्रीकृष्ण त्रिपाठी' });
    const certificate = await issued(donationId);
    expect(certificate).toMatchObject({
      donorInitials: 'श्री. त्रि.',
      bloodGroup: 'B+',
      product: 'whole_blood',
      units: 1,
      place: 'Test Blood Centre',
      language: 'hi',
      revokedAt: null,
      can: { send: true, revoke: false },
    });
    expect(certificate.verifyUrl).toBe(`http://localhost:3000/verify/${certificate.number}`);
    const [row] = await t.database.db.select().from(certificates).where(eq(certificates.id, certificate.id));
    expect(row).toMatchObject({ donorName: 'श्रीकृष्ण त्रिपाठी', organisationNameHi: settings.nameHi });
  });

  it('issues a whole camp at once, with the camp as the place, and again only what is new', async () => {
    await saveSettings();
    const camp = await createCamp(t.database.db, t.world.orgA.id, t.world.kanpur, { title: 'Police Lines camp' });
    const gave = [await donation(), await donation()];
    for (const g of gave) {
      await createCampRegistration(t.database.db, camp, {
        donorId: g.donorId,
        state: 'donated',
        donationId: g.donationId,
        product: 'whole_blood',
        units: 1,
      });
    }
    await createCampRegistration(t.database.db, camp, { state: 'deferred', deferralReason: 'low_haemoglobin' });

    const url = `/api/v1/camps/${camp.id}/certificates`;
    expectProblem(await prayagraj.request({ method: 'POST', url }), 404, 'not_found');
    expectProblem(await unnao.request({ method: 'POST', url }), 404, 'not_found');
    const first = await operator.request({ method: 'POST', url });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ issued: 2, existing: 0, donations: 2 } satisfies CampCertificatesResult);
    const second = await coordinator.request({ method: 'POST', url });
    expect(second.json()).toEqual({ issued: 0, existing: 2, donations: 2 });

    const list = (
      await operator.request({ method: 'GET', url: `/api/v1/certificates?campId=${camp.id}` })
    ).json() as CertificateList;
    expect(list.total).toBe(2);
    expect(list.items.map((c) => c.place)).toEqual([
      'Police Lines camp, Police Lines, Kanpur',
      'Police Lines camp, Police Lines, Kanpur',
    ]);
    expect(list.items.map((c) => c.campId)).toEqual([camp.id, camp.id]);
    const events = await t.database.db
      .select()
      .from(campEvents)
      .where(and(eq(campEvents.campId, camp.id), eq(campEvents.type, 'certificates_issued')));
    expect(events.map((e) => e.details)).toEqual([{ issued: 2, existing: 0 }]);

    // Another district's coordinator of the same organisation, and another organisation, see none of them.
    const other = (
      await unnao.request({ method: 'GET', url: `/api/v1/certificates?campId=${camp.id}` })
    ).json() as CertificateList;
    expect(other.total).toBe(0);
    const outside = (
      await prayagraj.request({ method: 'GET', url: `/api/v1/certificates?campId=${camp.id}` })
    ).json() as CertificateList;
    expect(outside.items).toEqual([]);
  });

  it('issues a camp and its donations one by one at the same time without a failure or a gap', async () => {
    await saveSettings();
    const camp = await createCamp(t.database.db, t.world.orgA.id, t.world.kanpur, { title: 'Parallel camp' });
    const gave = [];
    for (let i = 0; i < 6; i += 1) gave.push(await donation());
    for (const g of gave) {
      await createCampRegistration(t.database.db, camp, {
        donorId: g.donorId,
        state: 'donated',
        donationId: g.donationId,
        product: 'whole_blood',
        units: 1,
      });
    }
    const url = `/api/v1/camps/${camp.id}/certificates`;
    // The camp's issue and each donation's own issue (last first, so their locks cross) all at once.
    const responses = await Promise.all([
      operator.request({ method: 'POST', url }),
      ...[...gave].reverse().map((g) => issue(g.donationId, coordinator)),
      coordinator.request({ method: 'POST', url }),
    ]);
    for (const r of responses) expect([200, 201], r.body).toContain(r.statusCode);
    const rows = await t.database.db.select().from(certificates).where(eq(certificates.campId, camp.id));
    expect(rows).toHaveLength(gave.length);
    expect(new Set(rows.map((r) => r.donationId)).size).toBe(gave.length);
    const all = await t.database.db.select().from(certificates).where(eq(certificates.organisationId, t.world.orgA.id));
    const sequences = all.map((c) => Number(c.number.split('-')[2])).sort((a, b) => a - b);
    expect(sequences).toEqual(sequences.map((_, i) => i + 1));
  });

  it('is out of reach of other organisations and other districts: 404', async () => {
    await saveSettings();
    const { donationId } = await donation();
    expectProblem(await issue(donationId, prayagraj), 404, 'not_found');
    expectProblem(await issue(donationId, unnao), 404, 'not_found');
    expectProblem(await issue(donationId, viewer), 403, 'forbidden');
    const certificate = await issued(donationId);
    const pdf = `/api/v1/certificates/${certificate.number}/pdf`;
    expectProblem(await prayagraj.request({ method: 'GET', url: pdf }), 404, 'not_found');
    expectProblem(await unnao.request({ method: 'GET', url: pdf }), 404, 'not_found');
    const send = `/api/v1/certificates/${certificate.number}/send`;
    expectProblem(await prayagraj.request({ method: 'POST', url: send }), 404, 'not_found');
  });
});

describe('public verification', () => {
  it('answers only real numbers: never issued and mistyped are 404, with a distinct code for a typo', async () => {
    await saveSettings();
    const { donationId, phone } = await donation({ name: 'Ramesh Kumar' });
    const certificate = await issued(donationId);
    const verify = (number: string) => t.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${number}` });

    const ok = await verify(certificate.number);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      number: certificate.number,
      valid: true,
      revoked: false,
      donorInitials: 'R. K.',
      bloodGroup: 'B+',
      product: 'whole_blood',
      units: 1,
      place: 'Test Blood Centre',
      organisationNameEn: settings.nameEn,
      organisationNameHi: settings.nameHi,
    } satisfies Partial<PublicCertificateView>);
    expect(ok.body).not.toContain(phone.slice(-10));
    expect(ok.body).not.toContain(phone.slice(-4));
    expect(ok.body).not.toMatch(/phone/i);
    expect(ok.body).not.toContain('Ramesh');

    // As people type it: lower case, spaces for dashes.
    const typed = await verify(encodeURIComponent(certificate.number.toLowerCase().replaceAll('-', ' ')));
    expect((typed.json() as PublicCertificateView).number).toBe(certificate.number);

    const [prefix, year, sequence, check] = certificate.number.split('-');
    const wrongCheck = check === 'A' ? 'B' : 'A';
    expectProblem(await verify(`${prefix}-${year}-${sequence}-${wrongCheck}`), 404, 'certificate_check_failed');
    const neverIssued = formatCertificateNumber({ prefix: 'KNP', year: Number(year), sequence: 99_999 });
    expectProblem(await verify(neverIssued), 404, 'not_found');
    expectProblem(await verify('not-a-number'), 404, 'not_found');
  });

  it('offers the PDF by number until it is revoked; revoking is a coordinator’s, with a reason', async () => {
    await saveSettings();
    const { donationId } = await donation();
    const certificate = await issued(donationId);
    const publicPdf = `/api/v1/public/certificates/${certificate.number}/pdf?lang=en`;
    const pdf = await t.app.inject({ method: 'GET', url: publicPdf });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const desk = await operator.request({
      method: 'GET',
      url: `/api/v1/certificates/${certificate.number}/pdf?lang=hi`,
    });
    expect(desk.statusCode).toBe(200);
    expect(desk.headers['content-disposition']).toContain(`${certificate.number}-hi.pdf`);

    const revoke = `/api/v1/certificates/${certificate.number}/revoke`;
    expectProblem(
      await operator.request({ method: 'POST', url: revoke, payload: { reason: 'Wrong donor' } }),
      403,
      'forbidden',
    );
    expectProblem(await coordinator.request({ method: 'POST', url: revoke, payload: {} }), 400, 'validation_failed');
    const revoked = await coordinator.request({ method: 'POST', url: revoke, payload: { reason: 'Wrong donor' } });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ revokedReason: 'Wrong donor', can: { send: false, revoke: false } });
    expectProblem(
      await coordinator.request({ method: 'POST', url: revoke, payload: { reason: 'Again' } }),
      409,
      'certificate_unavailable',
    );

    const verified = await t.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${certificate.number}` });
    expect(verified.json()).toMatchObject({ valid: false, revoked: true });
    expectProblem(await t.app.inject({ method: 'GET', url: publicPdf }), 404, 'not_found');
    expectProblem(
      await operator.request({ method: 'POST', url: `/api/v1/certificates/${certificate.number}/send` }),
      409,
      'certificate_unavailable',
    );
  });
});

describe('the OpenAPI document', () => {
  it('lists the public verification and the certificate routes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/public/certificates/{number}',
        '/api/v1/public/certificates/{number}/pdf',
        '/api/v1/donations/{id}/certificate',
        '/api/v1/camps/{id}/certificates',
        '/api/v1/certificates',
        '/api/v1/organisations/{id}/certificate-settings',
      ]),
    );
  });
});

describe('sending a certificate', () => {
  it('queues the verify link in the donor’s language, and nothing for a donor who sent STOP', async () => {
    await saveSettings();
    await createChannelAccount(t.database.db, t.world.orgA.id, 'whatsapp');
    const { donationId, phone, donorId } = await donation({ name: 'क्षितिज मिश्र' });
    const certificate = await issued(donationId);
    const send = () => operator.request({ method: 'POST', url: `/api/v1/certificates/${certificate.number}/send` });
    const sent = await send();
    expect(sent.statusCode, sent.body).toBe(200);
    const result = sent.json() as SendCertificateResult;
    expect(result.queued).toBe(true);
    expect(result.certificate.sentAt).not.toBeNull();
    const [message] = await t.database.db.select().from(outbox).where(eq(outbox.toAddress, phone));
    expect(message).toMatchObject({ language: 'hi', channel: 'whatsapp', template: 'certificate.send' });
    expect(message?.body).toContain(`http://localhost:3000/verify/${certificate.number}`);
    expect(message?.body).toContain('प्रमाण पत्र');
    expect(message?.body).toContain(settings.nameHi);

    await t.database.db.update(donors).set({ optedOutAt: new Date() }).where(eq(donors.id, donorId));
    const muted = await send();
    expect((muted.json() as SendCertificateResult).queued).toBe(false);
    expect(await t.database.db.select().from(outbox).where(eq(outbox.toAddress, phone))).toHaveLength(1);
  });
});
