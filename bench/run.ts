// `npm run bench`: throughput and latency of the foundation's hot paths over real HTTP on loopback:
// a session-checked read (every API call pays this), a scoped people page, and sign-in (argon2id).
// Runs on PGlite, and on PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
import os from 'node:os';
import { buildApp } from '../src/server/app.js';
import { openDatabase, type Database, type DatabaseTarget } from '../src/server/db/client.js';
import { seedDemo } from '../src/server/db/demo/seed-demo.js';
import { demoPassword } from '../src/server/db/demo/demo-people.js';
import { loadReferenceData } from '../src/server/db/reference-data.js';
import { sql } from 'drizzle-orm';

const durationMs = Number(process.env.BENCH_SECONDS ?? 5) * 1000;
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);

interface Result {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(
  name: string,
  run: () => Promise<Response>,
  ms = durationMs,
  workers = concurrency,
): Promise<Result> {
  const latencies: number[] = [];
  const end = Date.now() + ms;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        const response = await run();
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function benchDatabase(
  label: string,
  target: DatabaseTarget,
  prepare: (db: Database) => Promise<void>,
): Promise<void> {
  const database = await openDatabase(target);
  await prepare(database);
  const app = await buildApp({
    config: { sessionSecret: 'bench-secret-0123456789-0123456789', publicUrl: 'http://127.0.0.1', logLevel: 'silent' },
    database,
    logger: false,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const body = JSON.stringify({ identifier: '+919000000001', password: demoPassword });
  const signIn = () =>
    fetch(`${base}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const first = await signIn();
  const cookie = first.headers.get('set-cookie')?.split(';')[0] ?? '';
  const results = [
    await measure('GET /api/v1/auth/session', () => fetch(`${base}/api/v1/auth/session`, { headers: { cookie } })),
    await measure('GET /api/v1/users?limit=50', () => fetch(`${base}/api/v1/users?limit=50`, { headers: { cookie } })),
    await measure('POST /api/v1/auth/sign-in', signIn, durationMs, 2),
  ];
  process.stdout.write(`\n${label}\n`);
  process.stdout.write(
    `  ${'endpoint'.padEnd(30)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'n'.padStart(7)}\n`,
  );
  for (const r of results) {
    process.stdout.write(
      `  ${r.name.padEnd(30)} ${r.perSecond.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.requests).padStart(7)}\n`,
    );
  }
  await app.close();
  await database.close();
}

async function prepare(database: Database): Promise<void> {
  await database.migrate();
  await loadReferenceData(database.db);
  await seedDemo(database.db);
}

process.stdout.write(
  `Sahayata bench — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ` +
    `${concurrency} concurrent clients, ${durationMs / 1000} s per endpoint (sign-in: 2 clients)\n`,
);
await benchDatabase('PGlite (embedded, in memory)', { kind: 'pglite' }, prepare);
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) {
  const name = `sahayata_bench_${process.pid}`;
  const admin = await openDatabase({ kind: 'postgres', url, maxConnections: 1 });
  await admin.db.execute(sql.raw(`create database ${name}`));
  await admin.close();
  const u = new URL(url);
  u.pathname = `/${name}`;
  try {
    await benchDatabase('PostgreSQL', { kind: 'postgres', url: u.toString(), maxConnections: 10 }, prepare);
  } finally {
    const cleanup = await openDatabase({ kind: 'postgres', url, maxConnections: 1 });
    await cleanup.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await cleanup.close();
  }
} else {
  process.stdout.write('\nPostgreSQL: SKIPPED (set BENCH_DATABASE_URL or TEST_DATABASE_URL)\n');
}
