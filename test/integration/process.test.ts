// The real process: bad configuration exits 2; SIGTERM lets an in-flight request finish, exits 0,
// and the data survives a restart. Runs on the embedded database (the process owns its data folder).
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, demoPeople } from '../../src/server/db/demo/demo-people.js';
import { demoSponsorToken, sponsorSpecs } from '../../src/server/db/demo/demo-lending.js';
import { ensureBuilt, repoRoot, startServerProcess } from '../support/server-process.js';

const onlyOnce = process.env.TEST_DB === 'postgres' ? describe.skip : describe; // same process either way: run it once
const dataDirs: string[] = [];
/** Each test starts from a data folder of its own, so none reads what another left. */
function freshDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sahayata-process-'));
  dataDirs.push(dir);
  return dir;
}
const cliIn =
  (dataDir: string) =>
  (...args: string[]) =>
    spawnSync(process.execPath, ['bin/sahayata.mjs', ...args], {
      cwd: repoRoot,
      env: { ...process.env, SAHAYATA_DATA_DIR: dataDir, DEMO: '1' },
      encoding: 'utf8',
      // A synchronous child blocks this worker's clock; without a limit a stuck CLI would hang the whole run.
      timeout: 90_000,
    });

let seeded = '';
/** A data folder of its own holding the demo data: a copy of one seeded once, as seeding is the slow part. */
function seededDataDir(): string {
  const dir = path.join(freshDataDir(), 'data');
  cpSync(seeded, dir, { recursive: true });
  return dir;
}

beforeAll(() => {
  if (process.env.TEST_DB === 'postgres') return;
  ensureBuilt();
  seeded = freshDataDir();
  const result = cliIn(seeded)('seed', '--demo');
  if (result.status !== 0) throw new Error(`seed --demo failed:\n${result.stderr}`);
}, 240_000);
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

function post(
  baseUrl: string,
  urlPath: string,
  body: string,
  beforeRest: () => Promise<void>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}${urlPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    request.on('response', (response) => {
      let text = '';
      response.on('data', (c: Buffer) => (text += c.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    const half = Math.floor(body.length / 2);
    request.write(body.slice(0, half));
    // The headers and half the body go out on connect; `beforeRest` waits until the server has the request.
    request.on('socket', (socket) => {
      socket.on('connect', () => {
        beforeRest()
          .then(() => request.end(body.slice(half)))
          .catch(reject);
      });
    });
  });
}

onlyOnce('the server process', () => {
  it('refuses a bad configuration with every problem listed and exit code 2', () => {
    const result = spawnSync(process.execPath, ['bin/sahayata.mjs', 'start'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://nope' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'SESSION_SECRET']) expect(result.stderr).toContain(name);
  });

  it('adds a person from the command line, who can then sign in', async () => {
    const dataDir = seededDataDir();
    const cli = cliIn(dataDir);
    const created = cli(
      'user',
      'create',
      '--name',
      'मीना देवी',
      '--phone',
      '98390 12345',
      '--role',
      'operator',
      '--org',
      'Kanpur Nagar Police Commissionerate',
      '--district',
      'Kanpur Nagar',
      '--password',
      'meena-password-1',
    );
    expect(created.stdout).toContain('Created मीना देवी (+919839012345) as operator');
    const again = cli(
      'user',
      'create',
      '--name',
      'X',
      '--phone',
      '9839012345',
      '--role',
      'operator',
      '--org',
      'Kanpur Nagar Police Commissionerate',
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('That phone number is already in use');
    const server = await startServerProcess({ SAHAYATA_DATA_DIR: dataDir });
    try {
      const signIn = await fetch(`${server.baseUrl}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: '+919839012345', password: 'meena-password-1' }),
      });
      expect(signIn.status).toBe(200);
      // The CLI refuses to open the embedded database while the server holds it.
      const locked = cli('migrate');
      expect(locked.status).toBe(1);
      expect(locked.stderr).toContain('is in use by process');
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }, 180_000);

  it('finishes an in-flight request on SIGTERM, exits 0, and keeps its data', async () => {
    const admin = demoPeople.find((p) => p.role === 'admin');
    if (!admin) throw new Error('no demo admin');
    const dataDir = seededDataDir();
    // Logging at debug (requests are logged at debug), the server says when it has the request and when it starts
    // shutting down.
    const first = await startServerProcess({ SAHAYATA_DATA_DIR: dataDir, DEMO: '1', LOG_LEVEL: 'debug' });
    expect(first.output()).toContain('Demo logins');
    const logged = (...parts: string[]) =>
      first
        .output()
        .split('\n')
        .some((line) => parts.every((part) => line.includes(part)));
    const body = JSON.stringify({ identifier: admin.phone, password: demoPassword });
    const response = await post(first.baseUrl, '/api/v1/auth/sign-in', body, async () => {
      await expect.poll(() => logged('incoming request', '/api/v1/auth/sign-in'), { timeout: 15_000 }).toBe(true);
      first.child.kill('SIGTERM');
      await expect.poll(() => logged('shutting down'), { timeout: 15_000 }).toBe(true);
    });
    expect(response.status).toBe(200);
    expect(await first.exited).toBe(0);

    const second = await startServerProcess({ SAHAYATA_DATA_DIR: dataDir, DEMO: '1' });
    try {
      const signIn = await fetch(`${second.baseUrl}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
      const audit = await fetch(`${second.baseUrl}/api/v1/audit-events?limit=200`, { headers: { cookie } });
      const actions = ((await audit.json()) as { items: Array<{ action: string }> }).items.map((e) => e.action);
      // The sign-in made while shutting down was committed and is still there after the restart (two in all).
      expect(actions.filter((a) => a === 'auth.sign_in')).toHaveLength(2);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  }, 180_000);

  it('will not run without demo mode while demo logins or demo secrets are live, until `demo remove`', async () => {
    const dataDir = seededDataDir();
    const start = () =>
      spawnSync(process.execPath, ['bin/sahayata.mjs', 'start'], {
        cwd: repoRoot,
        env: { ...process.env, SAHAYATA_DATA_DIR: dataDir, DEMO: '0', PORT: '0', LOG_LEVEL: 'warn' },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const refused = start();
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('npx sahayata demo remove');
    expect(refused.stderr).toMatch(/still has \d+ demo people/);

    const removed = spawnSync(process.execPath, ['bin/sahayata.mjs', 'demo', 'remove'], {
      cwd: repoRoot,
      env: { ...process.env, SAHAYATA_DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(removed.status, removed.stderr).toBe(0);
    expect(removed.stdout).toMatch(/demo removed: \d+ demo people can no longer sign in, \d+ demo channel accounts/);
    expect(removed.stdout).toMatch(/[1-9]\d* demo sponsor links are closed/);
    expect(removed.stdout).toMatch(/2 demo thalassemia children left care, [1-9]\d* demo certificates are revoked/);

    const server = await startServerProcess({ SAHAYATA_DATA_DIR: dataDir, DEMO: '0' });
    try {
      expect(server.output()).not.toContain('Demo logins');
      const admin = demoPeople.find((p) => p.role === 'admin');
      const signIn = await fetch(`${server.baseUrl}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: admin?.phone, password: demoPassword }),
      });
      // The published demo password still matches, so the account says it is switched off; nothing signs in.
      expect(signIn.status).toBe(403);
      expect(((await signIn.json()) as { code: string }).code).toBe('account_disabled');
      // The published WhatsApp secret no longer signs anything this server accepts.
      const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [] });
      const webhook = await fetch(`${server.baseUrl}/webhooks/whatsapp`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hub-signature-256': `sha256=${createHmac('sha256', 'demo-whatsapp-app-secret').update(body).digest('hex')}`,
        },
        body,
      });
      expect(webhook.status).toBe(401);
      // The demo sponsors' links are derived from their published names: their pages are closed.
      const [sponsor] = sponsorSpecs;
      const page = await fetch(`${server.baseUrl}/api/v1/public/sponsors/${demoSponsorToken(sponsor?.name ?? '')}`);
      expect(page.status).toBe(404);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }, 180_000);

  it('a demo start listens on 127.0.0.1 only, and says it is a demo', async () => {
    const server = await startServerProcess({ SAHAYATA_DATA_DIR: seededDataDir(), DEMO: '1', HOST: '' });
    try {
      expect(server.output()).toContain('Listening on 127.0.0.1:');
      expect(server.output()).toContain('DEMO MODE');
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }, 180_000);
});
