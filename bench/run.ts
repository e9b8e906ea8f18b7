// `npm run bench`: throughput and latency over real HTTP on loopback, with the load generated from a
// worker thread. Runs on PGlite, and on PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app.js';
import { openDatabase, type Database, type DatabaseTarget } from '../src/server/db/client.js';
import { demoPassword } from '../src/server/db/demo/demo-people.js';
import { seedDemo } from '../src/server/db/demo/seed-demo.js';
import { loadReferenceData } from '../src/server/db/reference-data.js';
import { IntakeGuard } from '../src/server/infrastructure/intake-guard.js';
import { DatabaseRateCounters } from '../src/server/infrastructure/rate-counters.js';
import { sessionIdFor } from '../src/server/domain/auth/session-token.js';
import { startMachineLimitServer } from './machine-limit.js';
import { printResults, runLoad, type LoadResult } from './measure.js';
import { benchDonorMatching, printMatching } from './donor-matching.js';
import { rowsOf } from '../src/server/db/client.js';
import { demoChannelDefaults } from '../src/server/db/demo/demo-channel-defaults.js';
import { syncEnvAccounts } from '../src/server/usecases/channels/sync-env-accounts.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const benchSecret = 'bench-secret-0123456789-0123456789';
const durationMs = seconds * 1000;
const queueCases = Number(process.env.BENCH_QUEUE_CASES ?? 100_000);
const only = process.env.BENCH_ONLY?.split(',');

async function benchDatabase(label: string, target: DatabaseTarget): Promise<void> {
  const database = await openDatabase(target);
  await prepare(database);
  const app = await buildApp({
    config: { sessionSecret: benchSecret, publicUrl: 'http://127.0.0.1', logLevel: 'silent' },
    database,
    logger: false,
    runJobs: false,
    // The benchmark is one very noisy source by design: limits it never reaches, counted where production counts
    // them (the database), so their cost is in the figures.
    intakeGuard: new IntakeGuard(
      { challengeAfterPerIp: 1e9, maxPerIp: 1e9, maxPerPhone: 1e9 },
      new DatabaseRateCounters(database.db),
    ),
  });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const signIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: '+919000000001', password: demoPassword }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  const districtRows = await database.db.execute<{ code: string }>(
    sql`select code from districts where name in ('Kanpur Nagar', 'Unnao', 'Prayagraj', 'Patna') or code = 'CT-BILASPUR' order by code`,
  );
  const districts = (districtRows as unknown as { rows: { code: string }[] }).rows.map((r) => r.code);
  const results: LoadResult[] = [];
  const want = (name: string) => !only || only.includes(name);

  // The machine's limit for the two busiest calls, measured in this run on this database (machine-limit.ts).
  const sessionId = sessionIdFor(decodeURIComponent(cookie.split('=')[1] ?? ''), benchSecret);
  const limitServer = await startMachineLimitServer(database, sessionId);
  if (want('intake')) {
    const limit = await runLoad('bare Fastify + one INSERT (machine limit)', {
      baseUrl: limitServer.baseUrl,
      scenario: 'limit-intake',
      concurrency: 16,
      durationMs,
      districts,
    });
    results.push({
      ...(await runLoad('POST /public/requests (dedup on, 20% repeats)', {
        baseUrl,
        scenario: 'public-intake',
        concurrency: 16,
        durationMs,
        districts,
      })),
      limit,
    });
  }
  if (want('session')) {
    const limit = await runLoad('bare Fastify, answered from memory (limit)', {
      baseUrl: limitServer.baseUrl,
      scenario: 'limit-session',
      concurrency: 8,
      durationMs,
    });
    results.push({
      ...(await runLoad('GET /auth/session', { baseUrl, scenario: 'session', concurrency: 8, durationMs, cookie })),
      limit,
    });
  }
  await limitServer.close();
  if (want('inbound')) results.push(...(await benchInbound(database, seconds)));
  if (want('queue')) {
    const { rows } = (await database.db.execute(sql`select count(*)::int as n from cases`)) as unknown as {
      rows: { n: number }[];
    };
    const missing = Math.max(0, queueCases - (rows[0]?.n ?? 0));
    if (missing > 0) await seedCases(database, missing, districts);
    const total = (
      (await database.db.execute(sql`select count(*)::int as n from cases`)) as unknown as { rows: { n: number }[] }
    ).rows[0]?.n;
    // One operator paging the queue: the latency a person feels, apart from how many pages a second fit.
    results.push(
      await runLoad(`GET /cases?district=…&limit=50, 1 client`, {
        baseUrl,
        scenario: 'queue',
        concurrency: 1,
        durationMs,
        cookie,
        districts,
      }),
    );
    results.push(
      await runLoad(`GET /cases?district=…&limit=50 (${total} cases)`, {
        baseUrl,
        scenario: 'queue',
        concurrency: 4,
        durationMs,
        cookie,
        districts,
      }),
    );
    results.push(
      await runLoad(`GET /cases?priority=critical&overdue=true`, {
        baseUrl,
        scenario: 'queue-overdue-critical',
        concurrency: 4,
        durationMs,
        cookie,
      }),
    );
  }
  if (want('donors')) {
    // Registering donors as the Kanpur operator does, against the same limit as intake (one INSERT).
    const operator = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: '+919000000003', password: demoPassword }),
    });
    const operatorCookie = operator.headers.get('set-cookie')?.split(';')[0] ?? '';
    const { csrfToken } = (await operator.json()) as { csrfToken: string };
    const limitAgain = await startMachineLimitServer(database, sessionId);
    const limit = await runLoad('bare Fastify + one INSERT (machine limit)', {
      baseUrl: limitAgain.baseUrl,
      scenario: 'limit-intake',
      concurrency: 16,
      durationMs,
      districts,
    });
    await limitAgain.close();
    results.push({
      ...(await runLoad('POST /donors (operator registers a donor)', {
        baseUrl,
        scenario: 'donor-register',
        concurrency: 16,
        durationMs,
        cookie: operatorCookie,
        csrf: csrfToken,
      })),
      limit,
    });
  }
  printResults(label, results);
  if (want('matching')) {
    const donors = Number(
      database.kind === 'postgres'
        ? (process.env.BENCH_DONORS_PG ?? 1_000_000)
        : (process.env.BENCH_DONORS_PGLITE ?? 200_000),
    );
    printMatching(label, await benchDonorMatching(database, donors));
  }
  await app.close();
  await database.close();
}

/**
 * WhatsApp messages posted at a fixed 500/s to the real webhook, with the inbox worker and sender running:
 * how fast the webhook acknowledges, and how long from acceptance until the case is committed (visible).
 */
async function benchInbound(database: Database, seconds: number): Promise<LoadResult[]> {
  const fake = spawn(process.execPath, [fileURLToPath(new URL('./fake-provider.mjs', import.meta.url))], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [port] = (await once(fake.stdout, 'data')) as [Buffer];
  const channels = {
    organisation: null,
    env: {},
    simulator: false,
    apiUrls: {
      whatsapp: `http://127.0.0.1:${port.toString().trim()}`,
      facebook: null,
      twilio: null,
      exotel: null,
      twitter: null,
    },
  };
  await syncEnvAccounts(database.db, channels, true);
  const app = await buildApp({
    config: {
      sessionSecret: 'bench-secret-0123456789-0123456789',
      publicUrl: 'http://127.0.0.1',
      logLevel: 'silent',
      channels,
    },
    database,
    logger: false,
    inboxConcurrency: database.kind === 'postgres' ? Number(process.env.BENCH_INBOX_LANES ?? 4) : 1,
  });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const run = Math.floor(Math.random() * 90_000);
  // The target rate is for PostgreSQL; the embedded database runs on the server's own thread and gets 100/s.
  const rate = database.kind === 'postgres' ? 500 : 100;
  const ack = await runLoad(`POST /webhooks/whatsapp at ${rate}/s (ack)`, {
    baseUrl,
    scenario: 'whatsapp-inbound',
    concurrency: 1,
    durationMs: seconds * 1000,
    ratePerSecond: rate,
    whatsapp: {
      run,
      phoneNumberId: demoChannelDefaults.env.WHATSAPP_PHONE_NUMBER_ID ?? '',
      secret: demoChannelDefaults.env.WHATSAPP_APP_SECRET ?? '',
    },
  });
  const drainStarted = Date.now();
  for (;;) {
    const pending = rowsOf<{ n: number }>(
      await database.db.execute(sql`select count(*)::int as n from inbox where state = 'pending'`),
    )[0]?.n;
    if (!pending || Date.now() - drainStarted > 300_000) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const [visible] = rowsOf<{ n: number; p50: number; p99: number; span: number }>(
    await database.db.execute(sql`
      select count(*)::int as n,
        percentile_cont(0.5) within group (order by extract(epoch from processed_at - accepted_at) * 1000) as p50,
        percentile_cont(0.99) within group (order by extract(epoch from processed_at - accepted_at) * 1000) as p99,
        extract(epoch from max(processed_at) - min(accepted_at)) as span
      from inbox where provider_message_id like ${`wamid.bench-${run}-%`}`),
  );
  await app.close();
  fake.kill();
  const n = visible?.n ?? 0;
  return [
    ack,
    {
      name: 'received → case visible (processed)',
      requests: n,
      perSecond: n / Math.max(0.001, Number(visible?.span ?? 1)),
      p50: Number(visible?.p50 ?? 0),
      p99: Number(visible?.p99 ?? 0),
      statuses: {},
    },
  ];
}

async function seedCases(database: Database, count: number, districts: string[]): Promise<void> {
  const started = Date.now();
  const { seedCases: seed } = await import('./seed-cases.js');
  await seed(database.db, count, districts);
  process.stdout.write(`  (seeded ${count} cases in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

async function prepare(database: Database): Promise<void> {
  await database.migrate();
  await loadReferenceData(database.db);
  await seedDemo(database.db);
}

process.stdout.write(
  `Sahayata bench — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ` +
    `${seconds} s per scenario; server on the main thread, load from a worker thread\n`,
);
if (!only || only.includes('understanding')) {
  const understanding = await import('./understanding.js').catch(() => null);
  if (understanding) await understanding.benchUnderstanding();
}
if (process.env.BENCH_SKIP_PGLITE !== '1') await benchDatabase('PGlite (embedded, in memory)', { kind: 'pglite' });
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) {
  const name = `sahayata_bench_${process.pid}`;
  const admin = await openDatabase({ kind: 'postgres', url, maxConnections: 1 });
  await admin.db.execute(sql.raw(`create database ${name}`));
  await admin.close();
  const u = new URL(url);
  u.pathname = `/${name}`;
  try {
    await benchDatabase('PostgreSQL', { kind: 'postgres', url: u.toString(), maxConnections: 16 });
  } finally {
    const cleanup = await openDatabase({ kind: 'postgres', url, maxConnections: 1 });
    await cleanup.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await cleanup.close();
  }
} else {
  process.stdout.write('\nPostgreSQL: SKIPPED (set BENCH_DATABASE_URL or TEST_DATABASE_URL)\n');
}
