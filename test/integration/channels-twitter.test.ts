// The Twitter/X poller: mentions kept in the inbox once, the cursor moved only after, rate limits obeyed;
// a tweeted plea becomes a case (answered by people, not automatically).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/server/db/client.js';
import { pollTwitter } from '../../src/server/usecases/channels/poll-twitter.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { createChannelAccount, type TestAccount } from '../factories/channels.js';
import { fixtureJson } from '../fixtures/webhooks/load.js';
import { createTestApp, type TestContext } from '../support/app.js';
import { buildWorld } from '../support/world.js';

let ctx: TestContext;
let twitter: TestAccount;

function fakeTwitter(responses: { status: number; body: unknown; headers?: Record<string, string> }[]) {
  const urls: string[] = [];
  const impl = (async (url: string | URL | Request) => {
    urls.push(String(url));
    const next = responses.shift() ?? { status: 200, body: fixtureJson('twitter', 'empty') };
    return new Response(JSON.stringify(next.body), {
      status: next.status,
      headers: { 'content-type': 'application/json', ...next.headers },
    });
  }) as typeof fetch;
  return { impl, urls };
}

const cursor = async () =>
  rowsOf<{ since_id: string | null; next_poll_at: string | Date }>(
    await ctx.database.db.execute(sql`select since_id, next_poll_at from twitter_cursors
      where account_id = ${twitter.id}::uuid and source = 'mentions'`),
  )[0];

beforeAll(async () => {
  ctx = await createTestApp();
  const world = await buildWorld(ctx.database.db);
  twitter = await createChannelAccount(ctx.database.db, world.orgA.id, 'twitter', { address: '1500000000000000001' });
});
afterAll(async () => ctx.close());

describe('the Twitter poller', () => {
  it('keeps new mentions once and moves since_id; the next poll asks only for newer ones', async () => {
    const first = fakeTwitter([{ status: 200, body: fixtureJson('twitter', 'mentions') }]);
    const now = new Date('2026-11-22T10:00:00Z');
    expect(
      await pollTwitter(
        { db: ctx.database.db, baseUrl: () => 'http://x.invalid', intervalMs: 60_000, fetch: first.impl },
        now,
      ),
    ).toEqual({ kept: 2 });
    expect(first.urls[0]).toContain(`/2/users/${twitter.address}/mentions`);
    expect((await cursor())?.since_id).toBe('1921954061089398915');

    // Too soon: nothing is asked.
    const early = fakeTwitter([]);
    await pollTwitter(
      { db: ctx.database.db, baseUrl: () => 'http://x.invalid', intervalMs: 60_000, fetch: early.impl },
      new Date(now.getTime() + 10_000),
    );
    expect(early.urls).toHaveLength(0);

    // The same page again (a restart between keeping and moving the cursor) keeps nothing twice.
    const later = new Date(now.getTime() + 61_000);
    const again = fakeTwitter([{ status: 200, body: fixtureJson('twitter', 'mentions') }]);
    expect(
      (
        await pollTwitter(
          { db: ctx.database.db, baseUrl: () => 'http://x.invalid', intervalMs: 60_000, fetch: again.impl },
          later,
        )
      ).kept,
    ).toBe(0);
    expect(again.urls[0]).toContain('since_id=1921954061089398915');
  });

  it('waits for the rate-limit window to reset after a 429', async () => {
    const now = new Date('2026-11-22T11:00:00Z');
    const reset = Math.floor(now.getTime() / 1000) + 900;
    const limited = fakeTwitter([
      {
        status: 429,
        body: { title: 'Too Many Requests' },
        headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) },
      },
    ]);
    await pollTwitter(
      { db: ctx.database.db, baseUrl: () => 'http://x.invalid', intervalMs: 60_000, fetch: limited.impl },
      now,
    );
    const next = new Date((await cursor())?.next_poll_at ?? 0).getTime();
    expect(next).toBeGreaterThanOrEqual(reset * 1000);
    expect((await cursor())?.since_id).toBe('1921954061089398915');
  });

  it('turns a tweeted plea into a case and answers nothing automatically', async () => {
    while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
    const cases = rowsOf<{ channel: string; district_code: string }>(
      await ctx.database.db.execute(sql`select channel, district_code from cases where channel = 'twitter'`),
    );
    expect(cases.map((c) => c.district_code).sort()).toEqual(['BR-PATNA', 'TG-HYDERABAD']);
    const replies = rowsOf<{ n: number }>(
      await ctx.database.db.execute(sql`select count(*)::int as n from outbox where channel = 'twitter'`),
    );
    expect(replies[0]?.n).toBe(0);
  });
});
