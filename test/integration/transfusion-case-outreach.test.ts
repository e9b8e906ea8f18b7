// Outreach on the desk case a thalassemia child's shortfall opens (usecases/transfusion-bookings/transfusion-case.ts):
// the donors the child's roster already booked for that transfusion are not asked a second time by outreach (they are
// shown as near misses, with their booking), and a donor asked for a transfusion on a later day is asked for that day,
// not "today".
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CandidatesView } from '../../src/shared/contracts/outreach.js';
import type { PlanResult } from '../../src/shared/contracts/transfusion-bookings.js';
import { rowsOf } from '../../src/server/db/client.js';
import { addDays, kolkataDay } from '../../src/server/domain/blood/calendar.js';
import { runTransfusionRoster } from '../../src/server/usecases/transfusion-bookings/run-transfusion-roster.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { createChannelAccount, postInbound, type TestAccount } from '../factories/channels.js';
import { createDonor } from '../factories/donors.js';
import { addToRoster, createTransfusionPatient } from '../factories/transfusion-patients.js';
import { testSecret } from '../support/app.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['coordinatorKanpur'] });
const links = { secret: testSecret, publicUrl: 'http://localhost:3000' };
const today = kolkataDay(new Date());

let whatsapp: TestAccount;

beforeAll(async () => {
  whatsapp = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'whatsapp');
});

describe('outreach for a transfusion the pool cannot cover', () => {
  it('asks donors outside the pool for the transfusion day, never the donors booked for it', async () => {
    const db = ctx.database.db;
    // Due tomorrow (within the desk's 72 h window), 2 units, a pool of 2 who are booked and have not answered: within
    // the window only a confirmed donor counts, so the case asks for 2 units.
    const patient = await createTransfusionPatient(db, {
      organisationId: ctx.world.orgA.id,
      district: ctx.world.kanpur,
      actorId: ctx.world.coordinatorKanpur.id,
      over: { unitsPerTransfusion: 2, lastTransfusionOn: addDays(today, -20), bookAhead: 1 },
    });
    const pool = [
      await createDonor(db, ctx.world.orgA.id, ctx.world.kanpur, { language: 'en' }),
      await createDonor(db, ctx.world.orgA.id, ctx.world.kanpur, { language: 'hi' }),
    ];
    await addToRoster(
      db,
      patient,
      pool.map((d) => d.id),
    );
    // Donors of the organisation near the centre who are not in the child's pool.
    const others = [];
    for (let i = 0; i < 3; i++) others.push(await createDonor(db, ctx.world.orgA.id, ctx.world.kanpur));

    const planned = await ctx.client('coordinatorKanpur').request({
      method: 'POST',
      url: `/api/v1/transfusion-patients/${patient.id}/bookings/plan`,
    });
    expect(planned.statusCode, planned.body).toBe(200);
    const [first] = (planned.json() as PlanResult).items;
    expect(first?.dueOn).toBe(addDays(today, 1));
    expect(new Set(first?.bookings.map((b) => b.donorId))).toEqual(new Set(pool.map((d) => d.id)));

    const run = await runTransfusionRoster(db, links);
    expect(run.outreachStarted).toBeGreaterThanOrEqual(1);
    const [row] = rowsOf<{ case_id: string }>(
      await db.execute(sql`select case_id from transfusions where id = ${first?.id}::uuid`),
    );
    const caseId = row?.case_id;
    if (!caseId) throw new Error('no case opened');

    const asks = rowsOf<{ donor_id: string; phone: string }>(
      await db.execute(sql`select donor_id, phone from donor_asks where case_id = ${caseId}::uuid`),
    );
    // Someone was asked — the others, and none of the two booked from the pool.
    expect(asks.length).toBeGreaterThan(0);
    const asked = new Set(asks.map((a) => a.donor_id));
    expect(pool.filter((d) => asked.has(d.id))).toEqual([]);
    expect(others.some((d) => asked.has(d.id))).toBe(true);

    // The ask names the transfusion's day, and does not say "today".
    const messages = rowsOf<{ template: string; body: string }>(
      await db.execute(sql`select template, body from outbox where case_id = ${caseId}::uuid
        and purpose = 'donor_ask'`),
    );
    expect(messages.length).toBe(asks.length);
    const spoken = `${first!.dueOn.slice(8, 10)}-${first!.dueOn.slice(5, 7)}-${first!.dueOn.slice(0, 4)}`;
    for (const m of messages) {
      expect(m.template).toBe('donor_ask.ask_on');
      expect(m.body).toContain(spoken);
      expect(m.body).not.toMatch(/today|आज/);
    }

    // The case page lists the pool's donors as not asked, with their booking.
    const [need] = rowsOf<{ id: string }>(
      await db.execute(sql`select id from case_needs where case_id = ${caseId}::uuid and resource = 'blood'`),
    );
    const candidates = await ctx.client('coordinatorKanpur').request({
      method: 'GET',
      url: `/api/v1/cases/${caseId}/needs/${need?.id}/candidates`,
    });
    expect(candidates.statusCode, candidates.body).toBe(200);
    const body = candidates.json() as CandidatesView;
    for (const d of pool) {
      const miss = body.nearMisses.find((m) => m.donor.id === d.id);
      expect(miss?.exclusions).toContainEqual({ code: 'booked_for_transfusion', params: { state: 'booked' } });
    }

    // Nor may an operator ask one of them directly.
    const direct = await ctx.client('coordinatorKanpur').request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/needs/${need?.id}/asks`,
      payload: { donorId: pool[0]!.id },
    });
    expect(direct.statusCode, direct.body).toBe(409);
    expect(direct.json()).toMatchObject({ code: 'outreach_unavailable' });

    // An asked donor says YES by WhatsApp: matched, and told to come on that day.
    const yes = asks[0]!;
    expect((await postInbound(ctx.app, whatsapp, { from: yes.phone, text: 'YES' })).statusCode).toBe(200);
    while ((await processNextInboxItem({ db })) !== 'none');
    const [reply] = rowsOf<{ template: string; body: string }>(
      await db.execute(sql`select template, body from outbox where to_address = ${yes.phone}
        and template like 'donor_answer.%'`),
    );
    expect(reply?.template).toBe('donor_answer.matched_on');
    expect(reply?.body).toContain(spoken);
  });
});
