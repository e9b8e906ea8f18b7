// Seeded, bounded fuzzing of every operation in the OpenAPI document (and the few routes it hides), as
// anonymous and as each role: the server must never answer 5xx, and every error must be
// application/problem+json with `status` equal to the HTTP status and a string `code`.
//
// Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> npx vitest run --project integration
// test/integration/fuzz.test.ts. FUZZ_ONLY=<regex over "METHOD /path"> narrows it to some operations;
// FUZZ_DEBUG=1 prints the statuses each operation got. Offenders are collected, not thrown at the first;
// each test fails at its end listing up to 50 of them (method, url, role, mutation, status, body).
//
// Who sends what: every request goes anonymously and as each of five roles, except those refused before
// any handler whoever sends them (unparseable bodies, wrong content types, a non-uuid where a uuid is
// declared): those go anonymously and as one signed-in role, in rotation, to keep the run bounded.
//
// Keeping the run meaningful while it writes:
// - The operations that end sessions (sign-out; a password change ends the person's other sessions) run
//   last, and after each of their requests every role's session is checked and signed in again if it died.
//   The password "change" keeps the same password (newPassword is the factory password), so signing in
//   again always works. After every other operation the sessions are checked too.
// - Destructive writes on people (deactivate, delete a membership) only ever target people who are not
//   signed in for the fuzz; organisation district changes only ever widen (all three districts).
// - Each operation on /cases/{id} gets a freshly created open case, so closing or merging one case does
//   not leave the later operations only 409s.
// - Every fuzz request comes from an address of its own, so per-address rate limits (sign-in, the public
//   form, understand) do not turn an operation's later requests into 429s; the limits have their own test.
//   Sign-in fuzzing uses a spare person's identifier, so lockout never touches the fuzzing roles.
// - The webhook fuzzing uses channel accounts made just before it (the documented operations may have
//   changed the others' secrets).
//
// It runs on the embedded database only (TEST_DB=pglite, or FUZZ_ON_POSTGRES=1 to run it on PostgreSQL too): what
// it probes is the HTTP layer in front of the same PostgreSQL engine, the embedded database is what `npm start`
// serves (and what is probed from outside), and its 28,000 requests cost CI four minutes on PostgreSQL beside the
// browser tests. The driver boundary on PostgreSQL (NUL, lone surrogates, huge and deep bodies) keeps its own
// tests there (input-hygiene, bad-input, http-hardening).
import net from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twilioStatusForm, whatsappStatusPayload } from '../../src/server/channels/payloads.js';
import { signHubSignature, signTwilio } from '../../src/server/channels/sign.js';
import { signedInbound } from '../../src/server/simulator/signed-inbound.js';
import { simulatorToken, simulatorTokenHeader } from '../../src/server/simulator/simulator-access.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { caseBody } from '../factories/cases.js';
import { createChannelAccount, postInbound, type TestAccount } from '../factories/channels.js';
import { createOrganisation, createPerson, factoryPassword, type Person } from '../factories/index.js';
import { createTestApp, signIn, testSecret, type Client, type TestContext } from '../support/app.js';
import {
  bodyCases,
  FuzzReport,
  fuzzSeedFromEnv,
  generateValue,
  operationsFrom,
  pathValueMutations,
  queryValueMutations,
  Rng,
  toJsonText,
  validQueryValue,
  valueMutations,
  type Answer,
  type FuzzRequest,
  type Hint,
  type OperationSpec,
} from '../support/fuzz.js';
import { buildWorld, type World } from '../support/world.js';

const seed = fuzzSeedFromEnv();
const only = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : null;
const debug = process.env.FUZZ_DEBUG === '1';
const requestTimeoutMs = 15_000;
/** Random single-field body mutations per operation, besides the fixed set (see bodyCases). */
const fieldBudget = 5;
/** Random query mutations per declared query parameter. */
const perQueryParam = 3;
/** Random path mutations per path parameter, besides the valid values. */
const perPathParam = 4;

const roleNames = ['admin', 'coordinatorKanpur', 'operatorKanpur', 'viewerA', 'volunteerKanpur'] as const;
type RoleName = (typeof roleNames)[number];

let ctx: TestContext;
let world: World;
let spare: Person;
let orgC: { id: string };
const clients = {} as Record<RoleName, Client>;
let reSignIns = 0;

interface CaseRef {
  id: string;
  reference: string;
  phoneLast4: string;
  needIds: string[];
  messageIds: string[];
}
const cases: CaseRef[] = [];
let freshCase: CaseRef;
let flaggedPhone = '';
let callbackIds: string[] = [];
let leadIds: string[] = [];
type WebhookProvider = 'whatsapp' | 'facebook' | 'twilio' | 'exotel';
/** Accounts for the setup's messages and the documented operations (which may change their secrets). */
const accounts: Partial<Record<WebhookProvider, TestAccount>> = {};
/** Accounts of their own for the webhook fuzzing, made just before it, so their secrets are known. */
const webhookAccounts: Partial<Record<WebhookProvider, TestAccount>> = {};
const knownIds: string[] = [];

const rootRng = new Rng(seed);

function ok(response: LightMyRequestResponse, what: string): LightMyRequestResponse {
  if (response.statusCode >= 300) throw new Error(`setup: ${what} → ${response.statusCode} ${response.body}`);
  return response;
}

async function createCase(client: Client, district: string): Promise<CaseRef> {
  const body = caseBody(district);
  const created = ok(await client.request({ method: 'POST', url: '/api/v1/cases', payload: body }), 'create case');
  const { caseId, reference } = created.json() as { caseId: string; reference: string };
  const detail = ok(await client.request({ method: 'GET', url: `/api/v1/cases/${caseId}` }), 'read case').json() as {
    needs: Array<{ id: string }>;
    messages: Array<{ id: string }>;
  };
  const ref: CaseRef = {
    id: caseId,
    reference,
    phoneLast4: (body.requester.phones[0] ?? '').slice(-4),
    needIds: detail.needs.map((n) => n.id),
    messageIds: detail.messages.map((m) => m.id),
  };
  knownIds.push(ref.id, ...ref.needIds, ...ref.messageIds);
  return ref;
}

async function drainInbox(): Promise<void> {
  while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
}

beforeAll(async () => {
  ctx = await createTestApp({ simulator: true });
  const db = ctx.database.db;
  world = await buildWorld(db);
  spare = await createPerson(db, { role: 'operator', organisationId: world.orgA.id, districts: [world.kanpur] });
  orgC = await createOrganisation(db, { districts: [world.kanpur] });
  for (const role of roleNames) clients[role] = await signIn(ctx.app, world[role].phone, world[role].password);

  // A little data, so real ids exist: cases in two organisations, a flagged phone, channel accounts,
  // a missed call (→ call-back item) and an offer (→ lead).
  const prayagraj = await signIn(ctx.app, world.operatorPrayagraj.phone, world.operatorPrayagraj.password);
  cases.push(await createCase(clients.operatorKanpur, world.kanpur));
  cases.push(await createCase(clients.operatorKanpur, world.kanpur));
  cases.push(await createCase(prayagraj, world.prayagraj));
  freshCase = cases[0] as CaseRef;
  flaggedPhone = '+919839000111';
  ok(
    await clients.admin.request({
      method: 'POST',
      url: '/api/v1/flagged-phones',
      payload: { phone: flaggedPhone, reason: 'fuzz: known fraud number' },
    }),
    'flag a phone',
  );
  for (const provider of ['whatsapp', 'facebook', 'twilio', 'exotel'] as const) {
    accounts[provider] = await createChannelAccount(db, world.orgA.id, provider);
  }
  const exotel = accounts.exotel as TestAccount;
  const whatsapp = accounts.whatsapp as TestAccount;
  ok(await postInbound(ctx.app, exotel, { from: '+919839000222', text: '', kind: 'missed_call' }), 'missed call');
  ok(
    await postInbound(ctx.app, whatsapp, {
      from: '+919839000333',
      text: 'I have 2 oxygen cylinders available to donate in Kanpur, call 9839000333',
    }),
    'offer',
  );
  await drainInbox();
  const listed = async (url: string): Promise<string[]> =>
    (
      ok(await clients.operatorKanpur.request({ method: 'GET', url }), url).json() as { items: Array<{ id: string }> }
    ).items.map((i) => i.id);
  callbackIds = await listed('/api/v1/callbacks');
  leadIds = await listed('/api/v1/leads');
  knownIds.push(
    world.orgA.id,
    world.orgB.id,
    orgC.id,
    ...Object.values(accounts).map((a) => a.id),
    ...callbackIds,
    ...leadIds,
    ...[world.operatorUnnao, world.coordinatorUnnao, world.operatorPrayagraj, spare].flatMap((p) => [
      p.id,
      p.membershipId,
    ]),
  );
}, 120_000);
afterAll(async () => ctx?.close());

// ───────────────────────────────────────────────────────────────────────────────── sending ──

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<T>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// Each fuzz request comes from its own address (TEST-NET-2), so per-IP rate limits (sign-in, the public
// form, understand) do not turn the rest of an operation's requests into 429s; the limits themselves are
// checked in their own test below.
let addressCounter = 0;
const nextAddress = (): string => {
  addressCounter += 1;
  return `198.18.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
};

async function send(
  report: FuzzReport,
  operation: string,
  request: FuzzRequest,
  role: RoleName | 'anonymous',
): Promise<void> {
  const options = {
    method: request.method as 'GET',
    url: request.url,
    remoteAddress: request.remoteAddress ?? nextAddress(),
    ...(request.headers ? { headers: request.headers } : {}),
    ...(request.payload !== undefined ? { payload: request.payload } : {}),
  };
  try {
    const response = await withTimeout(
      role === 'anonymous' ? ctx.app.inject(options) : clients[role].request(options),
      requestTimeoutMs,
    );
    report.record(operation, request, role, { response });
  } catch (error) {
    report.record(operation, request, role, { error: (error as Error).message.slice(0, 200) });
  }
}

let rotation = 0;
async function sendAsEveryone(report: FuzzReport, operation: string, request: FuzzRequest): Promise<void> {
  await send(report, operation, request, 'anonymous');
  const senders = request.senders ?? 'all';
  if (senders === 'anonymous') return;
  if (senders === 'one') {
    rotation += 1;
    await send(report, operation, request, roleNames[rotation % roleNames.length] as RoleName);
    return;
  }
  for (const role of roleNames) await send(report, operation, request, role);
}

/** Signs a role in again when its session died (sign-out, password change, …). */
async function ensureSessions(): Promise<void> {
  for (const role of roleNames) {
    const check = await clients[role].request({ method: 'GET', url: '/api/v1/auth/session' });
    if (check.statusCode === 200) continue;
    reSignIns += 1;
    clients[role] = await signIn(ctx.app, world[role].phone, world[role].password);
  }
}

// ──────────────────────────────────────────────────────────────────────── requests per operation ──

const phoneFrom = (rng: Rng): string => `+9198${rng.int(10_000_000, 99_999_999)}`;

/** Realistic values by field name, so valid-looking bodies reach the use cases instead of the validator. */
function hintsFor(op: OperationSpec): Hint {
  return ({ key, path, rng }) => {
    const parent = String(path[path.length - 2] ?? '');
    switch (key) {
      case 'district':
        return rng.pick([world.kanpur, world.kanpur, world.unnao, world.prayagraj]);
      case 'districts':
        // Only ever widen an organisation's districts, so no membership falls outside it.
        return op.path === '/api/v1/organisations/{id}' ? [world.kanpur, world.unnao, world.prayagraj] : [world.kanpur];
      case 'organisationId':
        return rng.pick([world.orgA.id, world.orgA.id, world.orgB.id]);
      case 'assigneeId':
        return rng.pick([world.operatorKanpur.id, world.coordinatorKanpur.id, world.operatorPrayagraj.id]);
      case 'caseId':
      case 'intoCaseId':
      case 'duplicateOf':
        return rng.pick(cases.filter((c) => c.id !== freshCase.id)).id;
      case 'caseIds':
        return [freshCase.id, rng.pick(cases).id];
      case 'needId':
        return rng.pick(freshCase.needIds);
      case 'needIds':
        return freshCase.needIds;
      case 'messageIds':
        return freshCase.messageIds;
      case 'phone':
        return op.path.startsWith('/api/v1/flagged-phones') ? rng.pick([flaggedPhone, phoneFrom(rng)]) : phoneFrom(rng);
      case 'phones':
        return [phoneFrom(rng)];
      case 'from':
        return phoneFrom(rng);
      case 'identifier':
        return rng.pick([spare.phone, spare.email]);
      case 'password':
      case 'currentPassword':
      case 'newPassword':
        return factoryPassword;
      case 'receivedAt':
        return new Date(Date.now() - rng.int(1, 600) * 60_000).toISOString();
      case 'website':
        return '';
      case 'text':
        return parent === '' || op.path === '/api/v1/understand'
          ? 'B+ blood chahiye Kanpur, SpO2 86, call 98390 12345'
          : undefined;
      default:
        return undefined;
    }
  };
}

/** Existing values for a path parameter (never a signed-in fuzzing person, whom a write could lock out). */
function validPathValues(op: OperationSpec, name: string): string[] {
  const p = op.path;
  const others = [world.operatorUnnao, world.coordinatorUnnao, world.operatorPrayagraj, spare];
  if (p.startsWith('/api/v1/organisations/')) return [world.orgA.id, world.orgB.id, orgC.id];
  if (p.startsWith('/api/v1/users/'))
    return name === 'membershipId' ? others.map((o) => o.membershipId) : others.map((o) => o.id);
  if (p.startsWith('/api/v1/cases/')) return [freshCase.id, ...cases.filter((c) => c !== freshCase).map((c) => c.id)];
  if (p.startsWith('/api/v1/callbacks/')) return callbackIds;
  if (p.startsWith('/api/v1/leads/')) return leadIds;
  if (p.startsWith('/api/v1/channel-accounts/')) return Object.values(accounts).map((a) => a.id);
  if (p.startsWith('/api/v1/notifications/')) return [freshCase.id]; // none exist; an id of another kind
  if (p.startsWith('/api/v1/public/requests/')) return cases.map((c) => c.reference);
  if (p.startsWith('/api/v1/flagged-phones/')) return [encodeURIComponent(flaggedPhone), '9839000111'];
  return knownIds.slice(0, 3);
}

function buildUrl(template: string, values: Record<string, string>, query: string): string {
  const path = template.replace(/\{([^}]+)\}/g, (_m, name: string) => values[name] ?? 'missing');
  return query ? `${path}?${query}` : path;
}

function validQuery(op: OperationSpec, rng: Rng, hint: Hint, all = false): string {
  return op.params
    .filter((p) => p.in === 'query' && (p.required || all || rng.chance(0.5)))
    .map((p) => `${p.name}=${queryHint(p.name, rng) ?? validQueryValue(p.schema, rng, hint, p.name)}`)
    .join('&');
}

function queryHint(name: string, rng: Rng): string | undefined {
  if (name === 'phoneLast4') return rng.pick(cases).phoneLast4;
  if (name === 'assignee') return rng.pick(['me', 'unassigned', world.operatorKanpur.id]);
  if (name === 'state') return 'UP';
  if (name === 'phone') return encodeURIComponent(phoneFrom(rng));
  return undefined;
}

function requestsFor(op: OperationSpec): FuzzRequest[] {
  const rng = rootRng.fork(`${op.method} ${op.path}`);
  const hint = hintsFor(op);
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const validPath = Object.fromEntries(pathParams.map((p) => [p.name, validPathValues(op, p.name)[0] ?? rng.uuid()]));
  const base = generateValue(op.body ?? {}, { rng, hint });
  const jsonHeaders = { 'content-type': 'application/json' };
  const validBody = op.body ? { payload: toJsonText(base), headers: jsonHeaders } : {};
  const out: FuzzRequest[] = [];
  const add = (label: string, url: string, extra: Partial<FuzzRequest> = {}): void => {
    out.push({ method: op.method, url, label, ...validBody, ...extra });
  };

  // Path parameters: existing ids, then what should never be one.
  for (const param of pathParams) {
    for (const value of validPathValues(op, param.name).slice(0, 2)) {
      add(`valid ${param.name}`, buildUrl(op.path, { ...validPath, [param.name]: value }, validQuery(op, rng, hint)));
    }
    for (const [label, value] of rng.sample(pathValueMutations, perPathParam)) {
      // A non-uuid where a uuid is declared is refused by the schema whoever asks: one role is enough.
      const refusedByShape = param.schema.format === 'uuid' && !/^[0-9a-f-]{36}$/i.test(value);
      add(`${param.name}: ${label}`, buildUrl(op.path, { ...validPath, [param.name]: value }, ''), {
        ...(refusedByShape ? { senders: 'one' as const } : {}),
      });
    }
  }
  const url = (query = ''): string => buildUrl(op.path, validPath, query);
  if (pathParams.length === 0) add('valid request', url(validQuery(op, rng, hint)));

  // Query strings: each declared parameter wrong in a few ways; repeated, bracketed and unknown keys.
  if (queryParams.length > 0) {
    add('every query parameter, valid', url(validQuery(op, rng, hint, true)));
    for (const param of queryParams) {
      for (const [label, value] of rng.sample(queryValueMutations(param.schema), perQueryParam)) {
        add(`query ${param.name}: ${label}`, url(`${param.name}=${value}`));
      }
      add(`query ${param.name}: repeated key`, url(`${param.name}=1&${param.name}=2&${param.name}=%00`));
      add(`query ${param.name}: bracket array`, url(`${param.name}[]=1&${param.name}[x]=2`));
    }
  }
  for (const [label, query] of rng.sample(
    [
      ['unknown query key', 'zz-unknown=1'],
      ['__proto__ query key', '__proto__=x&constructor=y&hasOwnProperty=z'],
      ['NUL in a query key', '%00=%00'],
      ['lone surrogate in a query key', '%ED%A0%80=1'],
      ['empty keys and values', '&&=&=='],
    ] as const,
    queryParams.length > 0 ? 3 : 2,
  )) {
    add(label, url(query));
  }

  // JSON bodies: valid-looking, then mutations (see bodyCases in test/support/fuzz.ts).
  if (op.body) {
    for (const c of bodyCases(op.body, { rng, hint, known: { ids: knownIds }, fieldBudget })) {
      out.push({
        method: op.method,
        url: url(),
        label: c.label,
        payload: c.payload,
        headers: c.contentType === null ? {} : { 'content-type': c.contentType },
        ...(c.mustRefuse ? { mustRefuse: true } : {}),
        ...(c.structural ? { senders: 'one' as const } : {}),
      });
    }
  } else if (op.method !== 'GET') {
    // An operation with no body still must not trip over one.
    for (const [label, payload, contentType] of [
      ['unexpected JSON body', '{"x":1}', 'application/json'],
      ['JSON content type, empty body', '', 'application/json'],
      ['unexpected text body', 'hello', 'text/plain'],
      ['unexpected deep JSON body', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'application/json'],
      ['unexpected 1 MB body', 'a'.repeat(1024 * 1024), 'application/json'],
    ] as const) {
      add(label, url(), { payload, headers: { 'content-type': contentType }, senders: 'one' });
    }
  }
  return out;
}

// ─────────────────────────────────────────────────────────── routes the OpenAPI document hides ──

const localBase = 'http://localhost:3000'; // the test app's publicUrl: what Twilio signs
const hidden = (operation: string, request: Omit<FuzzRequest, 'senders'>): [string, FuzzRequest] => [
  operation,
  { senders: 'anonymous', ...request },
];

function hubWebhookRequests(provider: 'whatsapp' | 'facebook', rng: Rng): Array<[string, FuzzRequest]> {
  const account = webhookAccounts[provider] as TestAccount;
  const secret = account.secrets.webhookSecret ?? '';
  const path = `/webhooks/${provider}`;
  const op = `POST ${path}`;
  const signed = (label: string, body: string | Buffer, extra: Partial<FuzzRequest> = {}): [string, FuzzRequest] =>
    hidden(op, {
      method: 'POST',
      url: path,
      label: `signed, ${label}`,
      payload: body,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signHubSignature(body, secret) },
      ...extra,
    });
  const message = JSON.parse(
    signedInbound({ account, from: '+919839000444', text: 'need oxygen in Kanpur' }, localBase).body ?? '{}',
  ) as unknown;
  const out: Array<[string, FuzzRequest]> = [signed('valid message', toJsonText(message))];
  for (const [label, value] of valueMutations(message, rng.fork('message'), 14)) {
    out.push(signed(label, toJsonText(value)));
  }
  if (provider === 'whatsapp') {
    const status = whatsappStatusPayload({
      phoneNumberId: account.address,
      displayPhone: '919000012345',
      id: 'wamid.unknown',
      recipient: '+919839000444',
      status: 'failed',
    });
    out.push(signed('delivery status for an unknown message', toJsonText(status)));
    for (const [label, value] of valueMutations(status, rng.fork('status'), 8)) {
      out.push(signed(`status callback, ${label}`, toJsonText(value)));
    }
  }
  for (const [label, body] of [
    ['not JSON', 'not json'],
    ['empty body', ''],
    ['null', 'null'],
    ['array', '[]'],
    ['entry: null', '{"object":"page","entry":null}'],
    ['100,000-deep arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['40,000-deep objects', `${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}`],
  ] as const) {
    out.push(signed(label, body));
  }
  out.push(signed('1 MB body', toJsonText({ x: 'a'.repeat(1024 * 1024) }), { mustRefuse: true }));
  for (const [label, signature] of [
    ['no signature', undefined],
    ['empty signature', ''],
    ['sha256= with no digest', 'sha256='],
    ['non-hex signature', 'sha256=zz'],
    ['10 kB signature', `sha256=${'a'.repeat(10_000)}`],
  ] as const) {
    out.push(
      hidden(op, {
        method: 'POST',
        url: path,
        label,
        payload: toJsonText(message),
        headers: {
          'content-type': 'application/json',
          ...(signature === undefined ? {} : { 'x-hub-signature-256': signature }),
        },
      }),
    );
  }
  const token = account.secrets.verifyToken ?? '';
  for (const [label, query] of [
    ['handshake, valid', `hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=12345`],
    ['handshake, NUL challenge', `hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=%00`],
    ['handshake, lone surrogate challenge', `hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=%ED%A0%80`],
    ['handshake, 10 kB challenge', `hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=${'9'.repeat(10_000)}`],
    ['handshake, repeated keys', `hub.mode=subscribe&hub.verify_token=${token}&hub.verify_token=x&hub.challenge=1`],
    ['handshake, NUL token', 'hub.mode=subscribe&hub.verify_token=%00&hub.challenge=1'],
    ['handshake, no query', ''],
  ] as const) {
    out.push(hidden(`GET ${path}`, { method: 'GET', url: query ? `${path}?${query}` : path, label }));
  }
  return out;
}

function twilioRequests(rng: Rng): Array<[string, FuzzRequest]> {
  const account = webhookAccounts.twilio as TestAccount;
  const secret = account.secrets.webhookSecret ?? '';
  const path = '/webhooks/twilio/sms';
  const op = `POST ${path}`;
  const signedRaw = (label: string, body: string): [string, FuzzRequest] =>
    hidden(op, {
      method: 'POST',
      url: path,
      label: `signed, ${label}`,
      payload: body,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': signTwilio(`${localBase}${path}`, new URLSearchParams(body), secret),
      },
    });
  const valid = signedInbound({ account, from: '+919839000555', text: 'oxygen chahiye Kanpur' }, localBase);
  const fields = Object.fromEntries(new URLSearchParams(valid.body ?? ''));
  const out: Array<[string, FuzzRequest]> = [signedRaw('valid SMS', valid.body ?? '')];
  const values: Array<[string, string]> = [
    ['NUL', '%00'],
    ['lone surrogate', '%ED%A0%80'],
    ['10 kB', 'a'.repeat(10_000)],
    ['empty', ''],
    ['huge number', '99999999999999999999'],
  ];
  const pairs = Object.keys(fields).flatMap((key) => values.map(([label, value]) => ({ key, label, value })));
  for (const { key, label, value } of rng.sample(pairs, 14)) {
    const body = Object.entries(fields)
      .map(([k, v]) => `${encodeURIComponent(k)}=${k === key ? value : encodeURIComponent(v)}`)
      .join('&');
    out.push(signedRaw(`${key}: ${label}`, body));
  }
  for (const key of rng.sample(['From', 'Body', 'To', 'MessageSid', 'AccountSid'], 3)) {
    const rest = Object.entries(fields).filter(([k]) => k !== key);
    out.push(signedRaw(`without ${key}`, new URLSearchParams(rest).toString()));
  }
  out.push(
    signedRaw(
      'status callback for an unknown message',
      new URLSearchParams(
        twilioStatusForm({
          sid: 'SM00000000000000000000000000000000',
          accountSid: account.secrets.accountId ?? 'AC0',
          from: account.address,
          to: '+919839000555',
          status: 'undelivered',
          errorCode: '30003',
        }),
      ).toString(),
    ),
    signedRaw('repeated keys', `${valid.body ?? ''}&From=%00&Body=x`),
    signedRaw('not a form', '{"json":true}'),
    hidden(op, { method: 'POST', url: path, label: 'unsigned', payload: valid.body ?? '' }),
  );
  return out;
}

function exotelRequests(rng: Rng): Array<[string, FuzzRequest]> {
  const account = webhookAccounts.exotel as TestAccount;
  const out: Array<[string, FuzzRequest]> = [];
  for (const kind of ['text', 'missed_call'] as const) {
    const valid = signedInbound({ account, from: '+919839000666', text: 'bed chahiye', kind }, localBase);
    const [path = '', query = ''] = valid.path.split('?');
    const op = `GET ${path}`;
    const fields = query.split('&').map((pair) => pair.split('=') as [string, string]);
    out.push(hidden(op, { method: 'GET', url: valid.path, label: `valid ${kind}` }));
    const values: Array<[string, string]> = [
      ['NUL', '%00'],
      ['lone surrogate', '%ED%A0%80'],
      ['10 kB', 'a'.repeat(10_000)],
      ['empty', ''],
      ['extreme date', '0000-00-00%2000%3A00%3A00'],
      ['date 9999', '9999-12-31%2023%3A59%3A59'],
    ];
    const pairs = fields
      .filter(([k]) => k !== 'token')
      .flatMap(([key]) => values.map(([label, value]) => ({ key, label, value })));
    for (const { key, label, value } of rng.fork(kind).sample(pairs, 12)) {
      const mutated = fields.map(([k, v]) => `${k}=${k === key ? value : v}`).join('&');
      out.push(hidden(op, { method: 'GET', url: `${path}?${mutated}`, label: `${key}: ${label}` }));
    }
    out.push(
      hidden(`POST ${path}`, {
        method: 'POST',
        url: `${path}?${fields
          .filter(([k]) => k === 'token')
          .map(([k, v]) => `${k}=${v}`)
          .join('&')}`,
        label: `${kind} as a form POST with NUL`,
        payload: fields
          .filter(([k]) => k !== 'token')
          .map(([k, v]) => `${k}=${k === 'From' ? `${v}%00` : v}`)
          .join('&'),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      hidden(op, { method: 'GET', url: `${path}?token=%00`, label: 'NUL token' }),
      hidden(op, { method: 'GET', url: path, label: 'no token' }),
    );
  }
  return out;
}

// The fake provider answers only this app's own workers: from loopback, with a token derived from the
// session secret (src/server/simulator/simulator-access.ts). The fuzz requests carry both, so they reach
// the handlers; a few go without, to check that refusal too.
const simulatorAccess = {
  remoteAddress: '127.0.0.1',
  headers: {
    [simulatorTokenHeader]: simulatorToken(testSecret),
  },
};

function simulatorRequests(rng: Rng): Array<[string, FuzzRequest]> {
  const out: Array<[string, FuzzRequest]> = [];
  for (const [label, extra] of [
    ['no simulator token', { remoteAddress: '127.0.0.1' }],
    ['token but not from loopback', { headers: simulatorAccess.headers }],
  ] as const) {
    out.push(
      hidden('POST /simulator/whatsapp/{version}/{phoneNumberId}/messages', {
        method: 'POST',
        url: '/simulator/whatsapp/v19.0/1/messages',
        label,
        payload: '{}',
        ...extra,
        headers: { 'content-type': 'application/json', ...('headers' in extra ? extra.headers : {}) },
      }),
    );
  }
  const jsonRoutes: Array<[string, unknown]> = [
    [
      '/simulator/whatsapp/v19.0/100000000000001/messages',
      { messaging_product: 'whatsapp', to: '919839000777', type: 'text', text: { body: 'hello' } },
    ],
    ['/simulator/facebook/v19.0/me/messages', { recipient: { id: 'psid-1' }, message: { text: 'hello' } }],
  ];
  for (const [url, valid] of jsonRoutes) {
    const op = `POST ${url.replace(/v19\.0\/\d+/, '{version}/{phoneNumberId}').replace('v19.0', '{version}')}`;
    const send = (label: string, payload: string, contentType = 'application/json'): [string, FuzzRequest] =>
      hidden(op, {
        method: 'POST',
        url,
        label,
        payload,
        remoteAddress: simulatorAccess.remoteAddress,
        headers: { ...simulatorAccess.headers, 'content-type': contentType },
      });
    out.push(send('valid', toJsonText(valid)));
    for (const [label, value] of valueMutations(valid, rng.fork(url), 8)) out.push(send(label, toJsonText(value)));
    out.push(
      send('not JSON', 'nope'),
      send('null body', 'null'),
      send('empty body', ''),
      send('form', 'a=1', 'text/plain'),
    );
  }
  for (const url of [
    '/simulator/twilio/2010-04-01/Accounts/AC1/Messages.json',
    '/simulator/exotel/v1/Accounts/x/Sms/send.json',
  ]) {
    const op = `POST ${url.replace('AC1', '{sid}').replace('/x/', '/{sid}/')}`;
    for (const [label, body] of [
      ['valid form', 'From=%2B919000012345&To=%2B919839000777&Body=hello'],
      ['NUL in Body', 'From=%2B919000012345&To=%2B919839000777&Body=a%00b'],
      ['lone surrogate in To', 'From=%2B919000012345&To=%ED%A0%80&Body=x'],
      ['empty form', ''],
      ['JSON body', '{"From":null}'],
    ] as const) {
      out.push(
        hidden(op, {
          method: 'POST',
          url,
          label,
          payload: body,
          remoteAddress: simulatorAccess.remoteAddress,
          headers: {
            ...simulatorAccess.headers,
            'content-type': body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded',
          },
        }),
      );
    }
  }
  for (const url of ['/simulator/twitter/2/tweets/search/recent', '/simulator/twitter/2/users/1000/mentions']) {
    const op = `GET ${url.replace('/1000/', '/{id}/')}`;
    for (const [label, since] of [
      ['no since_id', null],
      ['since_id not a number', 'abc'],
      ['since_id NUL', '%00'],
      ['since_id 1e309', '1e309'],
      ['since_id NaN', 'NaN'],
      ['since_id negative', '-1'],
      ['since_id 40 digits', '9'.repeat(40)],
      ['since_id lone surrogate', '%ED%A0%80'],
    ] as const) {
      out.push(
        hidden(op, {
          method: 'GET',
          url: since === null ? url : `${url}?since_id=${since}`,
          label,
          ...simulatorAccess,
        }),
      );
    }
  }
  return out;
}

function otherHiddenRequests(operations: OperationSpec[], rng: Rng): Array<[string, FuzzRequest]> {
  const out: Array<[string, FuzzRequest]> = [];
  for (const [url, label] of [
    ['/healthz', 'plain'],
    ['/healthz?%00=%ED%A0%80', 'NUL and lone surrogate in the query'],
    ['/readyz', 'plain'],
    ['/readyz?x=%00&x=1', 'NUL and repeated key'],
    ['/api/openapi.json?x=%00', 'NUL in the query'],
    ['/api/v1/nothing-here', 'unknown API path'],
    ['/api/v1/nothing-here/%00/%ED%A0%80', 'unknown API path with NUL and a lone surrogate'],
    ['/api/v2/cases', 'unknown API version'],
    ['/%', 'lone percent at the root'],
    ['/%ED%A0%80', 'lone surrogate at the root'],
    [`/${'x'.repeat(5000)}`, '5,000-character path'],
  ] as const) {
    out.push(hidden(`GET ${url.split('?')[0]?.slice(0, 40)}`, { method: 'GET', url, label }));
  }
  out.push(
    hidden('POST /nothing-here', {
      method: 'POST',
      url: '/nothing-here',
      label: 'POST to an unknown path',
      payload: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    }),
  );
  // A method the path does not have (OPTIONS included): 404/405 as problem+json, as anyone.
  const byPath = new Map<string, Set<string>>();
  for (const op of operations) byPath.set(op.path, (byPath.get(op.path) ?? new Set()).add(op.method));
  for (const [path, methods] of byPath) {
    const missing = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].filter((m) => !methods.has(m));
    if (missing.length === 0) continue;
    const method = rng.pick(missing);
    const url = path.replace(/\{[^}]+\}/g, '3b241101-e2bb-4255-8caf-4136c566a962');
    out.push([`${method} ${path}`, { method, url, label: 'method the route does not have', senders: 'one' }]);
  }
  return out;
}

// ─────────────────────────────────────────────────────────────────────────────── raw sockets ──

/** Sends raw bytes to the listening server and reads the whole answer (the server closes the connection). */
function rawExchange(port: number, request: Buffer | string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      finish();
    }, 3000);
    const finish = (): void => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks).toString('latin1');
      const split = all.indexOf('\r\n\r\n');
      if (split < 0) return reject(new Error(`no HTTP answer: ${JSON.stringify(all.slice(0, 100))}`));
      const [statusLine = '', ...headerLines] = all.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body = all.slice(split + 4);
      if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
        let decoded = '';
        for (let rest = body; ;) {
          const size = Number.parseInt(rest, 16);
          if (!(size > 0)) break;
          const start = rest.indexOf('\r\n') + 2;
          decoded += rest.slice(start, start + size);
          rest = rest.slice(start + size + 2);
        }
        body = decoded;
      }
      resolve({ statusCode: Number(statusLine.split(' ')[1]), headers, body: Buffer.from(body, 'latin1').toString() });
    };
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', finish);
    socket.on('error', () => finish());
    socket.write(request);
  });
}

// ──────────────────────────────────────────────────────────────────────────────────── tests ──

const sessionEnding = new Set(['POST /api/v1/auth/sign-out', 'POST /api/v1/auth/password']);
let documented: OperationSpec[] = [];

const onPostgres = process.env.TEST_DB === 'postgres' && process.env.FUZZ_ON_POSTGRES !== '1';

describe.skipIf(onPostgres)(`fuzz (seed ${seed}; FUZZ_SEED=${seed} reproduces)`, () => {
  it('every documented operation × anonymous and five roles: never 5xx, every error problem+json', async () => {
    const report = new FuzzReport(seed);
    const started = Date.now();
    const doc = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode, `GET /api/openapi.json (seed ${seed})`).toBe(200);
    documented = operationsFrom(doc.json());
    // The case stream never ends: it has a test of its own below.
    const operations = documented.filter((op) => !(op.method === 'GET' && op.path === '/api/v1/cases/stream'));
    expect(operations.length, `operations in the OpenAPI document (seed ${seed})`).toBeGreaterThanOrEqual(50);
    // Session-ending operations last (stable order otherwise).
    const ordered = [
      ...operations.filter((op) => !sessionEnding.has(`${op.method} ${op.path}`)),
      ...operations.filter((op) => sessionEnding.has(`${op.method} ${op.path}`)),
    ].filter((op) => !only || only.test(`${op.method} ${op.path}`));

    for (const op of ordered) {
      const name = `${op.method} ${op.path}`;
      if (op.path.startsWith('/api/v1/cases/{id}')) freshCase = await createCase(clients.operatorKanpur, world.kanpur);
      for (const request of requestsFor(op)) {
        await sendAsEveryone(report, name, request);
        if (sessionEnding.has(name)) await ensureSessions();
      }
      await ensureSessions();
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`documented operations: ${report.summary()}; ${seconds} s; sessions re-opened ${reSignIns}`);
    if (debug) console.log(report.histogram());
    if (report.offenders.length > 0) console.log(`distinct offences:\n${report.distinct().join('\n')}`);
    if (!only) {
      expect(report.sent, `requests sent (seed ${seed})`).toBeGreaterThan(3000);
      for (const op of ordered) {
        const sent = report.perOperation.get(`${op.method} ${op.path}`) ?? 0;
        expect(sent, `requests for ${op.method} ${op.path} (seed ${seed})`).toBeGreaterThanOrEqual(12);
      }
    }
    expect(report.offenders.length, report.failureMessage(50)).toBe(0);
  }, 600_000);

  it('the case stream (SSE): refused as problem+json, or opened as an event stream, whatever the query', async () => {
    // GET /api/v1/cases/stream declares no query; it is sent one anyway (malformed, and merely unknown keys).
    // An opened stream never ends, so it is read as a stream: status and content type, then let go.
    const report = new FuzzReport(seed);
    const url = '/api/v1/cases/stream';
    for (const [label, query] of [
      ['malformed query', '?since=%00&x=%ED%A0%80&x=1'],
      ['unknown query key', '?since=1'],
    ] as const) {
      for (const role of ['anonymous', ...roleNames] as const) {
        const controller = new AbortController();
        const options = {
          method: 'GET' as const,
          url: `${url}${query}`,
          payloadAsStream: true,
          signal: controller.signal,
        };
        const response = await withTimeout(
          role === 'anonymous' ? ctx.app.inject(options) : clients[role].request(options),
          5000,
        );
        const streaming = response.statusCode === 200;
        if (streaming) {
          expect(response.headers['content-type'], `${role}: ${label} (seed ${seed})`).toMatch(/^text\/event-stream/);
          controller.abort();
          report.record(`GET ${url}`, { method: 'GET', url: options.url, label }, role, {
            response: { statusCode: 200, headers: response.headers, body: '' },
          });
        } else {
          const body = await new Promise<string>((resolve) => {
            const chunks: Buffer[] = [];
            const stream = response.stream();
            stream.on('data', (c: Buffer) => chunks.push(c));
            stream.on('end', () => resolve(Buffer.concat(chunks).toString()));
            stream.on('error', () => resolve(Buffer.concat(chunks).toString()));
          });
          report.record(`GET ${url}`, { method: 'GET', url: options.url, label }, role, {
            response: { statusCode: response.statusCode, headers: response.headers, body },
          });
        }
      }
    }
    console.log(`case stream: ${report.summary()}`);
    expect(report.offenders.length, report.failureMessage(50)).toBe(0);
  });

  it('routes the document hides (health, webhooks, simulator, unknown paths and methods)', async () => {
    const report = new FuzzReport(seed);
    const rng = rootRng.fork('hidden');
    for (const provider of ['whatsapp', 'facebook', 'twilio', 'exotel'] as const) {
      webhookAccounts[provider] = await createChannelAccount(ctx.database.db, world.orgB.id, provider);
    }
    if (documented.length === 0) {
      documented = operationsFrom((await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
    }
    const requests = [
      ...hubWebhookRequests('whatsapp', rng.fork('whatsapp')),
      ...hubWebhookRequests('facebook', rng.fork('facebook')),
      ...twilioRequests(rng.fork('twilio')),
      ...exotelRequests(rng.fork('exotel')),
      ...simulatorRequests(rng.fork('simulator')),
      ...otherHiddenRequests(documented, rng.fork('other')),
    ].filter(([name]) => !only || only.test(name));
    for (const [name, request] of requests) await sendAsEveryone(report, name, request);
    console.log(`hidden routes: ${report.summary()}`);
    if (debug) console.log(report.histogram());
    if (report.offenders.length > 0) console.log(`distinct offences:\n${report.distinct().join('\n')}`);
    if (!only) expect(report.sent, `requests sent (seed ${seed})`).toBeGreaterThan(200);
    expect(report.offenders.length, report.failureMessage(50)).toBe(0);
  }, 120_000);

  it('per-address rate limits answer 429 as problem+json', async () => {
    const report = new FuzzReport(seed);
    const address = '203.0.113.99';
    for (let i = 0; i < 105; i++) {
      const request = {
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        label: `sign-in #${i + 1} from one address`,
        payload: toJsonText({ identifier: `nobody${i}@example.com`, password: 'wrong-password' }),
        headers: { 'content-type': 'application/json' },
      };
      const response = await ctx.app.inject({ ...request, method: 'POST', remoteAddress: address });
      report.record('POST /api/v1/auth/sign-in', request, 'anonymous', { response });
    }
    for (let i = 0; i < 35; i++) {
      const request = {
        method: 'POST',
        url: '/api/v1/public/requests',
        label: `public request #${i + 1} from one address (invalid body)`,
        payload: '{}',
        headers: { 'content-type': 'application/json' },
      };
      const response = await ctx.app.inject({ ...request, method: 'POST', remoteAddress: address });
      report.record('POST /api/v1/public/requests', request, 'anonymous', { response });
    }
    console.log(`rate limits: ${report.summary()}`);
    expect(report.offenders.length, report.failureMessage(50)).toBe(0);
  });

  it('over a real socket: requests Node refuses before the app (oversized, malformed)', async () => {
    const report = new FuzzReport(seed);
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const http = (head: string, extra = ''): string =>
      `${head}\r\nHost: localhost\r\nConnection: close\r\n${extra}\r\n`;
    const cases: Array<[string, Buffer | string]> = [
      ['20 kB URL', http(`GET /api/v1/cases?q=${'a'.repeat(20_000)} HTTP/1.1`)],
      ['20 kB header', http('GET /api/v1/cases HTTP/1.1', `x-big: ${'a'.repeat(20_000)}\r\n`)],
      ['NUL byte in the request line', http('GET /api/v1/\u0000 HTTP/1.1')],
      [
        'raw lone-surrogate bytes in the path',
        Buffer.concat([
          Buffer.from('GET /api/v1/cases/'),
          Buffer.from([0xed, 0xa0, 0x80]),
          Buffer.from(' HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'),
        ]),
      ],
      [
        'Content-Length and Transfer-Encoding together',
        http('POST /api/v1/auth/sign-in HTTP/1.1', 'Content-Length: 2\r\nTransfer-Encoding: chunked\r\n') + '0\r\n\r\n',
      ],
      ['invalid header name', http('GET /api/v1/cases HTTP/1.1', 'bad header: x\r\n')],
      ['non-numeric Content-Length', http('POST /api/v1/auth/sign-in HTTP/1.1', 'Content-Length: abc\r\n')],
      ['absolute-form URL', http('GET http://evil.example/api/v1/cases HTTP/1.1')],
      ['asterisk-form OPTIONS', http('OPTIONS * HTTP/1.1')],
      ['unknown HTTP version', http('GET /api/v1/cases HTTP/9.9')],
      ['not HTTP at all', 'HELLO THERE\r\n\r\n'],
    ];
    for (const [label, bytes] of cases) {
      const request = { method: 'RAW', url: label, label };
      try {
        report.record('raw socket', request, 'anonymous', { response: await rawExchange(port, bytes) });
      } catch (error) {
        report.record('raw socket', request, 'anonymous', { error: (error as Error).message });
      }
    }
    console.log(`raw socket: ${report.summary()}`);
    expect(report.offenders.length, report.failureMessage(50)).toBe(0);
  });
});
