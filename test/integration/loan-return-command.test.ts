// The borrower's RETURN <ref> / वापसी <ref> by WhatsApp: a pick-up request on their loan and a reply in the loan's
// language, no new case; a reference that is not the sender's open loan gets "not found" and changes nothing.
import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoanDetail } from '../../src/shared/contracts/loans.js';
import { rowsOf } from '../../src/server/db/client.js';
import { loanEvents, loans, outbox } from '../../src/server/db/schema/index.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { createChannelAccount, postInbound, type TestAccount } from '../factories/channels.js';
import { createDepot, createItem } from '../factories/lending.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({ roles: ['operatorKanpur'] });
let whatsapp: TestAccount;

beforeAll(async () => {
  whatsapp = await createChannelAccount(t.database.db, t.world.orgA.id, 'whatsapp');
});

async function drainInbox(): Promise<void> {
  while ((await processNextInboxItem({ db: t.database.db })) !== 'none');
}

async function lendTo(borrowerPhone: string, language: 'hi' | 'en'): Promise<LoanDetail> {
  const operator = t.client('operatorKanpur');
  const opened = await operator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(t.world.kanpur) });
  const { caseId } = opened.json() as { caseId: string };
  const depot = await createDepot(t.database.db, t.world.orgA.id, t.world.kanpur);
  const item = await createItem(t.database.db, depot);
  const response = await operator.request({
    method: 'POST',
    url: '/api/v1/loans',
    payload: {
      caseId,
      itemId: item.id,
      patientName: 'Kamla Devi',
      patientPhone: freshPhone(),
      borrowerName: 'Vijay',
      borrowerPhone,
      address: 'Shuklaganj, Unnao road',
      language,
      gate: { covidPositive: true, hasPrescription: null, homeIsolation: true, spo2: 91 },
      deposit: { amount: 5000, mode: 'cash', receiptNumber: 'R-9' },
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function repliesTo(phone: string) {
  return t.database.db.select().from(outbox).where(eq(outbox.toAddress, phone));
}

async function casesOf(phone: string): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await t.database.db.execute(sql`select count(*)::int as n from cases where ${phone} = any(requester_phones)`),
  );
  return rows[0]?.n ?? 0;
}

describe('RETURN by WhatsApp', () => {
  it('वापसी <ref> from the borrower makes a pick-up, replies in Hindi, opens no case', async () => {
    const phone = freshPhone();
    const loan = await lendTo(phone, 'hi');
    expect(
      (await postInbound(t.app, whatsapp, { from: phone, text: `वापसी ${loan.reference.toLowerCase()}।` })).statusCode,
    ).toBe(200);
    await drainInbox();
    const [row] = await t.database.db.select().from(loans).where(eq(loans.id, loan.id));
    expect(row?.pickupRequestedAt).not.toBeNull();
    const events = await t.database.db.select().from(loanEvents).where(eq(loanEvents.loanId, loan.id));
    const pickup = events.find((e) => e.type === 'pickup_requested');
    expect(pickup).toMatchObject({ actorId: null, details: { via: 'message' } });
    const [reply] = await repliesTo(phone);
    expect(reply?.template).toBe('loan_return.requested');
    expect(reply?.body).toMatch(/[\u0900-\u097F]/);
    expect(reply?.body).toContain(loan.reference);
    expect(await casesOf(phone)).toBe(0);
    const detail = (
      await t.client('operatorKanpur').request({ method: 'GET', url: `/api/v1/loans/${loan.id}` })
    ).json() as LoanDetail;
    expect(detail.pickupRequested).toBe(true);
  });

  it('RETURN <ref> from a number that does not hold the loan changes nothing and says so', async () => {
    const loan = await lendTo(freshPhone(), 'en');
    const stranger = freshPhone();
    await postInbound(t.app, whatsapp, { from: stranger, text: `RETURN ${loan.reference}` });
    await drainInbox();
    const [row] = await t.database.db.select().from(loans).where(eq(loans.id, loan.id));
    expect(row?.pickupRequestedAt).toBeNull();
    const [pickups] = await t.database.db
      .select({ n: count() })
      .from(loanEvents)
      .where(and(eq(loanEvents.loanId, loan.id), eq(loanEvents.type, 'pickup_requested')));
    expect(pickups?.n).toBe(0);
    const [reply] = await repliesTo(stranger);
    expect(reply?.template).toBe('loan_return.not_found');
    expect(await casesOf(stranger)).toBe(0);
  });

  it('the same RETURN twice records one pick-up request', async () => {
    const phone = freshPhone();
    const loan = await lendTo(phone, 'en');
    await postInbound(t.app, whatsapp, { from: phone, text: `return #${loan.reference}` });
    await postInbound(t.app, whatsapp, { from: phone, text: `RETURN ${loan.reference}` });
    await drainInbox();
    const [pickups] = await t.database.db
      .select({ n: count() })
      .from(loanEvents)
      .where(and(eq(loanEvents.loanId, loan.id), eq(loanEvents.type, 'pickup_requested')));
    expect(pickups?.n).toBe(1);
  });
});
