// Reads the organisation's Twitter/X mentions and saved searches since the last tweet seen, respecting the
// API's rate limits, and keeps new tweets in the inbox like any other message. The cursor (since_id) moves
// only after the tweets are kept, so a crash means re-reading (the inbox ignores repeats), never a gap.
import { sql } from 'drizzle-orm';
import {
  buildTwitterMentionsRequest,
  buildTwitterSearchRequest,
  nextTwitterPollAt,
  parseTwitterTweets,
} from '../../channels/twitter/index.js';
import { rowsOf, type Db } from '../../db/client.js';
import { accountsOf, type ChannelAccount } from '../../db/queries/channel-accounts.js';
import { acceptInbound } from './accept-inbound.js';

export interface TwitterPollDeps {
  db: Db;
  baseUrl: () => string;
  intervalMs: number;
  fetch?: typeof fetch;
}

export async function pollTwitter(deps: TwitterPollDeps, now = new Date()): Promise<{ kept: number }> {
  let kept = 0;
  for (const account of await accountsOf(deps.db, 'twitter')) {
    if (!account.secrets.accessToken) continue;
    const searches = ((account.settings.searches as string[] | undefined) ?? []).map((q) => `search:${q}`);
    for (const source of ['mentions', ...searches]) kept += await pollSource(deps, account, source, now);
  }
  return { kept };
}

async function pollSource(deps: TwitterPollDeps, account: ChannelAccount, source: string, now: Date): Promise<number> {
  const cursor = rowsOf<{ since_id: string | null; next_poll_at: string | Date }>(
    await deps.db.execute(sql`select since_id, next_poll_at from twitter_cursors
      where account_id = ${account.id}::uuid and source = ${source}`),
  )[0];
  if (cursor && new Date(cursor.next_poll_at) > now) return 0;
  const options = {
    baseUrl: deps.baseUrl(),
    sinceId: cursor?.since_id ?? null,
    bearerToken: account.secrets.accessToken ?? '',
  };
  const request =
    source === 'mentions'
      ? buildTwitterMentionsRequest({ ...options, userId: account.address })
      : buildTwitterSearchRequest({ ...options, query: source.slice('search:'.length) });
  const response = await (deps.fetch ?? fetch)(request.url, {
    method: request.method,
    headers: request.headers,
    signal: AbortSignal.timeout(15_000),
  });
  const headers = Object.fromEntries(response.headers.entries());
  const nextPollAt = nextTwitterPollAt({ status: response.status, headers, now, intervalMs: deps.intervalMs });
  let newestId = cursor?.since_id ?? null;
  let kept = 0;
  if (response.ok) {
    const page = parseTwitterTweets(await response.json(), {
      accountAddress: account.address,
      ownUserId: account.address,
      now,
    });
    kept = (await acceptInbound(deps.db, page.events, [account])).accepted;
    newestId = page.newestId ?? newestId;
  }
  await deps.db.execute(sql`insert into twitter_cursors (account_id, source, since_id, next_poll_at, updated_at)
    values (${account.id}::uuid, ${source}, ${newestId}, ${nextPollAt.toISOString()}::timestamptz, now())
    on conflict (account_id, source) do update set since_id = excluded.since_id, next_poll_at = excluded.next_poll_at,
      updated_at = now()`);
  return kept;
}
