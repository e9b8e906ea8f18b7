// Scale-out is more app processes on one PostgreSQL. Two real server processes share one database: a plea taken
// by one appears live on a desk connected to the other (LISTEN/NOTIFY), the public form's, the status lookup's and
// sign-in's limits hold across both, and a session signed in on one works on the other. PostgreSQL only: the
// embedded database belongs to one process.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, demoPeople } from '../../src/server/db/demo/demo-people.js';
import { sessionCookieName } from '../../src/server/domain/auth/session-token.js';
import { ensureBuilt, startServerProcess, type ServerProcess } from '../support/server-process.js';

const onPostgres = process.env.TEST_DB === 'postgres';
const describeOnPostgres = onPostgres ? describe : describe.skip;
const adminUrl = process.env.TEST_DATABASE_URL ?? '';
const databaseName = `sahayata_two_${process.pid}_${randomBytes(3).toString('hex')}`;
const databaseUrl = onPostgres ? Object.assign(new URL(adminUrl), { pathname: `/${databaseName}` }).toString() : '';
const env = {
  DATABASE_URL: databaseUrl,
  SESSION_SECRET: 'two-process-secret-0123456789-0123456789',
  DEMO: '1',
  SIMULATOR: '0',
};

let a: ServerProcess;
let b: ServerProcess;

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (!onPostgres) return;
  ensureBuilt();
  await admin((c) => c.query(`create database ${databaseName}`));
  // One at a time: the first migrates and seeds, the second finds it done.
  a = await startServerProcess(env);
  b = await startServerProcess(env);
}, 240_000);

afterAll(async () => {
  if (!onPostgres) return;
  for (const server of [a, b]) {
    server?.child.kill('SIGTERM');
    await server?.exited;
  }
  await admin((c) => c.query(`drop database if exists ${databaseName} with (force)`));
}, 60_000);

async function signIn(server: ServerProcess, email: string, password = demoPassword): Promise<Response> {
  const person = demoPeople.find((p) => p.email === email);
  return fetch(`${server.baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: person?.phone, password }),
  });
}

/** Kanpur Nagar's code in the bundled geography (data/geography/india.json). */
const kanpur = 'UP-KANPUR-NAGAR';
const run = randomBytes(2).readUInt16BE(0) % 10_000;
let sequence = 0;

const plea = (server: ServerProcess) => {
  sequence += 1;
  return fetch(`${server.baseUrl}/api/v1/public/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Two Process',
      phone: `+9172${String(run).padStart(4, '0')}${String(sequence).padStart(4, '0')}`,
      needs: [{ resource: 'oxygen_cylinder', quantity: 1 }],
      district: kanpur,
      consent: true,
    }),
  });
};

describeOnPostgres('two server processes on one PostgreSQL', () => {
  it('a plea taken by one appears live on a desk connected to the other', async () => {
    const signedIn = await signIn(a, 'operator.kanpur@sahayata.example');
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie.startsWith(`${sessionCookieName}=`)).toBe(true);
    // The session made on A is good on B.
    expect((await fetch(`${b.baseUrl}/api/v1/auth/session`, { headers: { cookie } })).status).toBe(200);

    const controller = new AbortController();
    const stream = await fetch(`${b.baseUrl}/api/v1/cases/stream`, { headers: { cookie }, signal: controller.signal });
    const reader = stream.body?.getReader();
    const heard: string[] = [];
    void (async () => {
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const chunk = await reader?.read();
          if (!chunk || chunk.done) return;
          heard.push(decoder.decode(chunk.value));
        }
      } catch {
        // closed
      }
    })();
    const taken = await plea(a);
    expect(taken.status).toBe(201);
    const { reference } = (await taken.json()) as { reference: string };
    await expect.poll(() => heard.join(''), { timeout: 10_000 }).toContain(reference);
    controller.abort();
  });

  it("the public form's limits hold across both processes", async () => {
    // This address has one plea already (the test above); the default allows 5 an hour before asking for proof.
    const statuses: number[] = [];
    for (const server of [a, b, a, b]) statuses.push((await plea(server)).status);
    expect(statuses).toEqual([201, 201, 201, 201]);
    const both = await Promise.all([plea(a), plea(b)]);
    expect(both.map((r) => r.status).sort()).toEqual([428, 428]);
  });

  it("sign-in lockout and the status lookup's limit count across both processes", async () => {
    const email = 'volunteer.patna@sahayata.example';
    for (const server of [a, b, a, b]) expect((await signIn(server, email, 'wrong-password')).status).toBe(401);
    expect((await signIn(a, email, 'wrong-password')).status).toBe(429);
    expect((await signIn(b, email)).status).toBe(429);

    const look = (server: ServerProcess) =>
      fetch(`${server.baseUrl}/api/v1/public/requests/KNP-ZZZZ?phoneLast4=1234`).then((r) => r.status);
    const answers: number[] = [];
    for (let i = 0; i < 15; i += 1) answers.push(await look(a), await look(b));
    expect(answers.filter((s) => s === 404)).toHaveLength(30);
    expect(await look(a)).toBe(429);
    expect(await look(b)).toBe(429);
  });
});
