// The Twitter/X poller: mentions kept in the inbox once, the cursor moved only after, rate limits obeyed;
// a tweeted plea becomes a case (answered by people, not automatically).
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/server/db/client.js';
import { pollTwitter } from '../../src/server/usecases/channels/poll-twitter.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { createChannelAccount, type TestAccount } from '../factories/channels.js';
import { fixtureJson } from '../fixtures/webhooks/load.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld();

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

const cursor = async (twitter: TestAccount) =>
  rowsOf<{ since_id: string | null; next_poll_at: string | Date }>(
    await ctx.database.db.execute(sql`select since_id, next_poll_at from twitter_cursors
      where account_id = ${twitter.id}::uuid and source = 'mentions'`),
  )[0];

/** Each test polls an account of its own: the poller reads every enabled account, so the others are switched off. */
async function ownTwitterAccount(): Promise<TestAccount> {
  await ctx.database.db.execute(sql`update channel_accounts set enabled = false where provider = 'twitter'`);
  return createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'twitter'); // (the factory forgets the cache)
}

/** The recorded mentions with every tweet id moved by `shift`, for a test whose tweets must be new to the inbox. */
function mentionsShiftedBy(shift: bigint): unknown {
  const move = (id: string) => (BigInt(id) + shift).toString();
  const page = fixtureJson('twitter', 'mentions') as {
    data: Array<{ id: string; edit_history_tweet_ids: string[] }>;
    meta: { newest_id: string; oldest_id: string };
  };
  return {
    ...page,
    data: page.data.map((t) => ({ ...t, id: move(t.id), edit_history_tweet_ids: t.edit_history_tweet_ids.map(move) })),
    meta: { ...page.meta, newest_id: move(page.meta.newest_id), oldest_id: move(page.meta.oldest_id) },
  };
}

describe('the Twitter poller', () => {
  it('keeps new mentions once and moves since_id; the next poll asks only for newer ones', async () => {
    const twitter = await ownTwitterAccount();
    const first = fakeTwitter([{ status: 200, body: fixtureJson('twitter', 'mentions') }]);
    const now = new Date('2026-11-22T10:00:00Z');
    expect(
      await pollTwitter(
        { db: ctx.database.db, baseUrl: () => 'http://x.invalid', intervalMs: 60_000, fetch: first.impl },
        now,
      ),
    ).toEqual({ kept: 2 });
    expect(first.urls[0]).toContain(`/2/users/${twitter.address}/mentions`);
    expect((await cursor(twitter))?.since_id).toBe('1921954061089398915');

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

  it('waits for the rate-limit window to reset after a 429, and keeps its place', async () => {
    const twitter = await ownTwitterAccount();
    const page = mentionsShiftedBy(1_000n) as { meta: { newest_id: string } };
    const before = new Date('2026-11-22T10:59:00Z');
    await pollTwitter(
      {
        db: ctx.database.db,
        baseUrl: () => 'http://x.invalid',
        intervalMs: 60_000,
        fetch: fakeTwitter([{ status: 200, body: page }]).impl,
      },
      before,
    );
    expect((await cursor(twitter))?.since_id).toBe(page.meta.newest_id);
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
    expect(limited.urls).toHaveLength(1);
    const next = new Date((await cursor(twitter))?.next_poll_at ?? 0).getTime();
    expect(next).toBeGreaterThanOrEqual(reset * 1000);
    expect((await cursor(twitter))?.since_id).toBe(page.meta.newest_id);
  });

  it('turns a tweeted plea into a case and answers nothing automatically', async () => {
    await ownTwitterAccount();
    const page = mentionsShiftedBy(2_000n) as { data: Array<{ id: string }> };
    const kept = await pollTwitter(
      {
        db: ctx.database.db,
        baseUrl: () => 'http://x.invalid',
        intervalMs: 60_000,
        fetch: fakeTwitter([{ status: 200, body: page }]).impl,
      },
      new Date('2026-11-22T12:00:00Z'),
    );
    expect(kept).toEqual({ kept: 2 });
    while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
    const tweetIds = page.data.map((t) => t.id);
    const cases = rowsOf<{ channel: string; district_code: string }>(
      await ctx.database.db.execute(sql`select distinct c.id, c.channel, c.district_code from cases c
        join messages m on m.case_id = c.id
        where m.channel = 'twitter' and m.provider_id in (${sql.join(tweetIds, sql`, `)})`),
    );
    expect(cases.map((c) => c.district_code).sort()).toEqual(['BR-PATNA', 'TG-HYDERABAD']);
    const replies = rowsOf<{ n: number }>(
      await ctx.database.db.execute(sql`select count(*)::int as n from outbox where channel = 'twitter'`),
    );
    expect(replies[0]?.n).toBe(0);
  });
});
