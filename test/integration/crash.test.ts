// Crash safety: kill -9 the server while 500 signed WhatsApp messages are being posted and processed,
// restart it, let the "provider" retry everything, and check every accepted message was processed exactly
// once: no loss, no duplicate case, no duplicate reply. Runs on the database kind of this pass.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql as drizzleSql } from 'drizzle-orm';
import { openDatabase, rowsOf } from '../../src/server/db/client.js';
import { demoPassword, demoPeople } from '../../src/server/db/demo/demo-people.js';
import { demoChannelDefaults } from '../../src/server/db/demo/demo-channel-defaults.js';
import { senderBatchSize } from '../../src/server/usecases/channels/send-due-outbound.js';
import { signedInbound, type SimulatedAccount } from '../../src/server/simulator/signed-inbound.js';
import { ensureBuilt, startServerProcess, type ServerProcess } from '../support/server-process.js';

const onPostgres = process.env.TEST_DB === 'postgres';
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sahayata-crash-'));
const databaseName = `sahayata_crash_${process.pid}_${randomBytes(3).toString('hex')}`;
const adminUrl = process.env.TEST_DATABASE_URL ?? '';
const databaseUrl = onPostgres ? Object.assign(new URL(adminUrl), { pathname: `/${databaseName}` }).toString() : '';

const env: Record<string, string> = onPostgres
  ? { DATABASE_URL: databaseUrl, SESSION_SECRET: 'crash-test-secret-0123456789-0123456789', DEMO: '1', SIMULATOR: '1' }
  : { SAHAYATA_DATA_DIR: dataDir, DEMO: '1', SIMULATOR: '1' };

const account: SimulatedAccount = {
  provider: 'whatsapp',
  address: demoChannelDefaults.env.WHATSAPP_PHONE_NUMBER_ID ?? '',
  secrets: { webhookSecret: demoChannelDefaults.env.WHATSAPP_APP_SECRET ?? '' },
};

// Enough that the kill lands while requests, the inbox worker and the sender are all busy; more only costs CI time.
const peopleCount = 400;
const writeTwice = 100;
const messageCount = peopleCount + writeTwice;

/** 400 people; 100 of them write twice (the same need): 500 messages, 400 cases. */
function messages() {
  const run = randomBytes(3).readUIntBE(0, 3) % 90_000;
  const people = Array.from(
    { length: peopleCount },
    (_, i) => `+9170${String(run).padStart(5, '0')}${String(i).padStart(3, '0')}`,
  );
  const list = people.map((from, i) => ({
    from,
    id: `wamid.crash-${run}-${i}`,
    text: `Oxygen cylinder chahiye Kanpur, SpO2 ${80 + (i % 15)}`,
  }));
  for (let i = 0; i < writeTwice; i += 1) {
    const from = people[i * 4] ?? '';
    list.push({
      from,
      id: `wamid.crash-${run}-again-${i}`,
      text: 'Please help, oxygen cylinder still needed in Kanpur',
    });
  }
  return list;
}

async function post(server: ServerProcess, message: { from: string; id: string; text: string }): Promise<number> {
  const signed = signedInbound({ account, ...message }, server.baseUrl);
  try {
    const response = await fetch(`${server.baseUrl}${signed.path}`, {
      method: signed.method,
      headers: signed.headers,
      body: signed.body ?? null,
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0; // the connection died with the server: the provider will retry
  }
}

async function signInAsAdmin(server: ServerProcess): Promise<string> {
  const admin = demoPeople.find((p) => p.role === 'admin');
  const response = await fetch(`${server.baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: admin?.phone, password: demoPassword }),
  });
  expect(response.status).toBe(200);
  return response.headers.get('set-cookie')?.split(';')[0] ?? '';
}

/** A `count(*) as n` query runner on the test's database. */
async function counter(server: ServerProcess): Promise<(sql: string) => Promise<number>> {
  // Stopped as an operator would (SIGTERM): what it was sending finishes first.
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
  if (onPostgres) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    opened.push(() => client.end());
    return async (sql) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
  }
  // The embedded database belongs to the server process: read its data folder once it has stopped.
  const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'db') });
  opened.push(() => database.close());
  return async (sql) =>
    Number(rowsOf<{ n: string | number }>(await database.db.execute(drizzleSql.raw(sql)))[0]?.n ?? 0);
}

const opened: (() => Promise<void>)[] = [];

(onPostgres && !adminUrl ? describe.skip : describe)('a crash while messages pour in', () => {
  let server: ServerProcess | null = null;

  beforeAll(async () => {
    ensureBuilt();
    if (onPostgres) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${databaseName}`);
      await admin.end();
    }
  }, 240_000);

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    for (const close of opened) await close();
    if (onPostgres) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${databaseName} with (force)`);
      await admin.end();
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('processes every accepted message exactly once after kill -9 and a restart', async () => {
    const all = messages();
    server = await startServerProcess(env);
    // Post with 16 at a time; kill -9 once half are acknowledged, while the worker is busy.
    const acknowledged = new Set<string>();
    let next = 0;
    let killed = false;
    const first = server;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < all.length && !killed) {
          const message = all[next++];
          if (!message) break;
          if ((await post(first, message)) === 200) acknowledged.add(message.id);
          if (!killed && acknowledged.size >= all.length / 2) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        }
      }),
    );
    await first.exited;
    expect(killed).toBe(true);

    const restartedAt = Date.now();
    server = await startServerProcess(env);
    // The provider retries everything it did not see acknowledged — and, to be sure, everything else too.
    const second = server;
    let index = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (index < all.length) {
          const message = all[index++];
          if (message) expect(await post(second, message)).toBe(200);
        }
      }),
    );

    // Wait, as a coordinator would, until the inbox and the sender have nothing left but what the killed process
    // was sending: that stays claimed until its lease runs out (a minute), and is then marked failed, never sent
    // twice (channels-outbound.test.ts shows that step).
    const cookie = await signInAsAdmin(second);
    const deadline = Date.now() + 180_000;
    for (;;) {
      const answer = await fetch(`${second.baseUrl}/api/v1/channel-queue`, { headers: { cookie } }).catch(
        (error: unknown) => {
          // The server went away: say why, from its own output.
          throw new Error(
            `the restarted server stopped answering (${String(error)}):\n${second.output().slice(-4000)}`,
          );
        },
      );
      const stats = (await answer.json()) as {
        inbox: { pending: number; failed: number };
        outbox: { pending: number; sending: number };
      };
      if (stats.inbox.pending + stats.outbox.pending === 0 && stats.outbox.sending <= senderBatchSize) {
        expect(stats.inbox.failed).toBe(0);
        break;
      }
      if (Date.now() > deadline) throw new Error(`queues did not drain: ${JSON.stringify(stats)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const count = await counter(second);
    const ids = all.map((m) => `'${m.id}'`).join(',');
    const phones = [...new Set(all.map((m) => `'${m.from}'`))].join(',');
    expect(await count(`select count(*) as n from inbox where provider_message_id in (${ids})`)).toBe(messageCount);
    expect(
      await count(`select count(*) as n from inbox where provider_message_id in (${ids}) and state = 'done'`),
    ).toBe(messageCount);
    // Each message kept once on its case; one case per person.
    expect(await count(`select count(*) as n from messages where provider_id in (${ids})`)).toBe(messageCount);
    expect(await count(`select count(*) as n from cases where requester_phones && array[${phones}]`)).toBe(peopleCount);
    expect(
      await count(`select count(*) as n from (select requester_phones[1] from cases where requester_phones && array[${phones}]
        group by 1 having count(*) > 1) twice`),
    ).toBe(0);
    // One reply per message, and the fake provider got each reply at most once.
    expect(await count(`select count(*) as n from outbox where purpose = 'reply' and to_address in (${phones})`)).toBe(
      messageCount,
    );
    expect(
      await count(`select count(*) as n from (select client_reference from simulator_messages
        where client_reference is not null group by 1 having count(*) > 1) twice`),
    ).toBe(0);
    // Replies that were on the wire at the kill are in doubt (claimed by the killed process, to be marked failed as
    // "delivery unknown" when its lease runs out) rather than sent twice: at most one sender batch. Every other
    // reply went out.
    const sent = await count(
      `select count(*) as n from outbox where purpose = 'reply' and to_address in (${phones}) and state = 'sent'`,
    );
    const interrupted =
      await count(`select count(*) as n from outbox where purpose = 'reply' and to_address in (${phones})
      and state = 'sending' and (state_times->>'sending')::timestamptz < to_timestamp(${restartedAt / 1000})`);
    expect(sent + interrupted).toBe(messageCount);
    expect(interrupted).toBeLessThanOrEqual(senderBatchSize);
    process.stdout.write(
      `crash test (${onPostgres ? 'PostgreSQL' : 'PGlite'}): ${sent} replies sent, ${interrupted} interrupted\n`,
    );
  }, 600_000);
});
