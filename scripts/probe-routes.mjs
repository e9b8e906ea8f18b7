#!/usr/bin/env node
// An outside probe of a running Sahayata server, as a hostile tester would send it: every operation in the server's
// OpenAPI document, anonymously and as an operator, a coordinator and an admin (the demo logins), first a
// valid-looking request, then fuzzed ones (NUL and lone surrogates in body, path and query, 1 MB strings, a 20 MB
// body, 100,000 levels of nesting, wrong types, arrays for objects, unknown query parameters, bad ids in paths,
// a text/plain body), half of them asking for Hindi. Then parallel requests against the limits and locks (sign-in
// lockout, one donor from many identical registrations, the public form's per-address limit) and what the server
// says for an unknown path and a wrong method.
//
// Every answer is checked: never a 5xx, never slower than 10 s, every error application/problem+json with a
// stable `code` and `status` equal to the HTTP status, Hindi words for a Hindi caller, no stack trace or SQL.
//
//   node scripts/probe-routes.mjs [--base http://localhost:3000] [--only REGEX] [--no-huge] [--no-parallel]
//
// The server must be a demo (`npx sahayata start` on a fresh data folder seeds it): the probe signs in with the
// published demo logins and reads one-time codes from the provider simulator. It writes (cases, donors, …): run it
// against a throwaway data folder, never a real one. Requests come from many loopback addresses (127.x.y.z), so the
// per-address limits are probed on purpose and do not turn the rest into 429s; that needs the server on 127.0.0.1.
// Exit code 1 when anything failed; the failures are listed (method, url, who, kind, status, body).
import http from 'node:http';
import net from 'node:net';
import { randomInt, randomUUID } from 'node:crypto';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const base = new URL(option('--base', process.env.PROBE_BASE ?? 'http://localhost:3000'));
const only = option('--only') ? new RegExp(option('--only')) : null;
const withHuge = !args.includes('--no-huge');
const withParallel = !args.includes('--no-parallel');
const password = option('--password', 'sahayata-demo');
const timeoutMs = 10_000;
const roles = {
  operator: '+919000000003',
  coordinator: '+919000000002',
  admin: '+919000000001',
};
const servedDistrict = 'UP-KANPUR-NAGAR';

// ───────────────────────────────────────────────────────────────────────────── sending ──

/** A loopback source address of its own (127.x.y.z reaches a server on 127.0.0.1 on Linux). */
const freshAddress = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/**
 * One request on a connection of its own. `path` is sent as given (raw bytes in it are the point); the body is a
 * string or Buffer. Resolves with status, headers, the body's first 256 KB as text, and `hang` when 10 s passed.
 */
function send({ method, path, headers = {}, body, address = freshAddress() }) {
  return new Promise((resolve) => {
    const started = Date.now();
    let done = false;
    const finish = (answer) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ...answer, ms: Date.now() - started });
    };
    const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body);
    const request = http.request({
      host: base.hostname === 'localhost' ? '127.0.0.1' : base.hostname,
      port: base.port || 80,
      method,
      path,
      localAddress: address,
      agent: false,
      headers: {
        ...(payload ? { 'content-length': payload.length } : {}),
        ...headers,
      },
    });
    const timer = setTimeout(() => {
      request.destroy();
      finish({ status: 0, hang: true, headers: {}, text: '' });
    }, timeoutMs);
    request.on('response', (response) => {
      // A live stream answers its headers and then stays open: that it answered is what is checked.
      if (String(response.headers['content-type']).startsWith('text/event-stream')) {
        response.destroy();
        finish({ status: response.statusCode, headers: response.headers, text: '' });
        return;
      }
      const chunks = [];
      let size = 0;
      response.on('data', (chunk) => {
        if (size < 256 * 1024) chunks.push(chunk);
        size += chunk.length;
      });
      response.on('end', () =>
        finish({
          status: response.statusCode,
          headers: response.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', (error) => finish({ status: -1, error: String(error), headers: {}, text: '' }));
    });
    // A server that answers before reading a huge body may close while it is still being written: its answer counts.
    request.on('error', (error) => finish({ status: -1, error: String(error.code ?? error), headers: {}, text: '' }));
    if (payload) request.end(payload);
    else request.end();
  });
}

/**
 * A request too large to be read whole, on a raw socket: a server refusing it answers before the body is in and
 * closes, which Node's client reports as a write error (EPIPE) rather than the answer. What came back is parsed here.
 */
function sendHuge({ method, path, headers, body, address = freshAddress() }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const chunks = [];
    const socket = net.connect({
      host: base.hostname === 'localhost' ? '127.0.0.1' : base.hostname,
      port: Number(base.port || 80),
      localAddress: address,
    });
    const timer = setTimeout(() => socket.destroy(new Error('timeout')), timeoutMs);
    let timedOut = false;
    socket.on('error', (error) => {
      if (String(error.message) === 'timeout') timedOut = true;
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? (timedOut ? 0 : -1));
      const parsed = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({
        status,
        hang: timedOut && status === 0,
        error: status === -1 ? 'closed without an answer' : undefined,
        headers: parsed,
        text: rest.join('\r\n\r\n'),
        ms: Date.now() - started,
      });
    });
    socket.on('connect', () => {
      const head = [
        `${method} ${path} HTTP/1.1`,
        `host: ${base.host}`,
        `content-length: ${body.length}`,
        'connection: close',
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      ].join('\r\n');
      socket.write(`${head}\r\n\r\n`);
      // Written in pieces, so a refusal stops it early (a write after the close is simply dropped).
      let offset = 0;
      const more = () => {
        while (offset < body.length && !socket.destroyed) {
          const piece = body.subarray(offset, offset + 1024 * 1024);
          offset += piece.length;
          if (!socket.write(piece)) return socket.once('drain', more);
        }
      };
      more();
    });
  });
}

// ──────────────────────────────────────────────────────────────────────────── checking ──

const devanagari = /[\u0900-\u097F]/;
const leaks = [
  [/\bat [\w$.<>]+ \(?[^)\s]*:\d+:\d+\)?/, 'stack trace'],
  [/node_modules|\/src\/server\/|\.ts:\d+/, 'source path'],
  [/\b(SELECT|INSERT INTO|DELETE FROM|UPDATE)\b[\s\S]{0,300}\b(FROM|VALUES|WHERE|SET)\b/, 'SQL'],
  [
    /duplicate key value|violates \w+(-\w+)? constraint|syntax error at or near|relation "\w+"|column "\w+"/,
    'SQL error',
  ],
  [/PGlite|drizzle|postgres error|ECONNREFUSED/i, 'driver text'],
];

const counts = new Map();
const failures = [];
let total = 0;

/** Checks one answer; a failure is kept with what caused it. */
const statusClasses = new Map();

function check(answer, { kind, who, method, path, hindi }) {
  total++;
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  // How far the valid-looking requests got: a 2xx reached a handler's work, a 4xx was refused on the way.
  if (kind === 'valid') {
    const statusClass = `${String(answer.status)[0]}xx`;
    statusClasses.set(statusClass, (statusClasses.get(statusClass) ?? 0) + 1);
  }
  const problems = [];
  if (answer.hang) problems.push('no answer in 10 s');
  else if (answer.status === -1) problems.push(`connection error ${answer.error}`);
  else {
    if (answer.status >= 500) problems.push(`${answer.status}`);
    if (answer.status >= 400) {
      const type = String(answer.headers['content-type'] ?? '');
      if (!type.startsWith('application/problem+json')) problems.push(`error as ${type || 'no content type'}`);
      let problem = null;
      try {
        problem = JSON.parse(answer.text);
      } catch {
        problems.push('error body is not JSON');
      }
      if (problem) {
        if (typeof problem.code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(problem.code))
          problems.push('no stable code');
        if (problem.status !== answer.status) problems.push(`status ${problem.status} in the body`);
        if (hindi && !devanagari.test(`${problem.title} ${problem.detail}`)) problems.push('not in Hindi');
      }
      for (const [pattern, what] of leaks) if (pattern.test(answer.text)) problems.push(`${what} in the body`);
    }
  }
  if (problems.length > 0) {
    failures.push({
      kind,
      who,
      method,
      path: path.length > 160 ? `${path.slice(0, 160)}…(${path.length})` : path,
      status: answer.status,
      problems,
      body: answer.text.slice(0, 300),
    });
  }
  return answer;
}

// ─────────────────────────────────────────────────────────────────────────── sessions ──

/** A caller: anonymous, or a signed-in role with its cookie and CSRF token. */
const callers = { anonymous: { name: 'anonymous', cookie: null, csrf: null, userId: null, ownIds: [] } };

async function signIn(name, phone) {
  const answer = await send({
    method: 'POST',
    path: '/api/v1/auth/sign-in',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: phone, password }),
  });
  if (answer.status !== 200) throw new Error(`sign-in as ${name} (${phone}): ${answer.status} ${answer.text}`);
  const session = JSON.parse(answer.text);
  const cookie = [answer.headers['set-cookie'] ?? []]
    .flat()
    .map((c) => c.split(';')[0])
    .join('; ');
  callers[name] = {
    name,
    phone,
    cookie,
    csrf: session.csrfToken,
    userId: session.user.id,
    ownIds: [session.user.id, ...session.memberships.map((m) => m.id)],
  };
}

/** After an operation that may end sessions (sign-out, password), each role that lost its session signs in again. */
let reSignIns = 0;
async function keepSessions() {
  for (const [name, phone] of Object.entries(roles)) {
    const answer = await send({ method: 'GET', path: '/api/v1/auth/session', headers: headersFor(callers[name]) });
    if (answer.status === 401) {
      reSignIns++;
      await signIn(name, phone);
    }
  }
}

function headersFor(caller, extra = {}) {
  return {
    ...(caller.cookie ? { cookie: caller.cookie } : {}),
    ...(caller.csrf ? { 'x-csrf-token': caller.csrf } : {}),
    ...extra,
  };
}

// ──────────────────────────────────────────────────────────────── reading the document ──

function operationsOf(doc) {
  const out = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      out.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  // Sessions end last: sign-out and a password change may end the callers' sessions.
  const last = (op) => (/\/auth\/(sign-out|password)$/.test(op.path) ? 1 : 0);
  return out.sort((a, b) => last(a) - last(b));
}

// ───────────────────────────────────────────────────────────────────── valid-looking values ──

const today = new Date().toISOString().slice(0, 10);
const randomPhone = () => `+9198${randomInt(10_000_000, 99_999_999)}`;

function firstOf(schema) {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.find((s) => s.type !== 'null') ?? options[0];
  return schema;
}

/** Ids seen in list answers, by the collection they came from (`/api/v1/cases` → case ids). */
const pools = new Map();

function stringFor(key, schema) {
  const k = key.toLowerCase();
  if (schema.enum) return schema.enum[0];
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'email' || k.includes('email')) return `probe${randomInt(1e6)}@example.org`;
  if (schema.format === 'date-time') return new Date().toISOString();
  if (k.includes('password')) return password;
  if (k === 'identifier') return randomPhone();
  if (k.includes('phone')) return randomPhone();
  if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$' || /On$|Date$|^date|Day$/.test(key)) return today;
  if (k.includes('district')) return servedDistrict;
  if (k === 'state') return 'UP';
  if (schema.pattern === '^[1-9][0-9]{5}$' || k.includes('pincode')) return '208001';
  if (schema.pattern === '^[0-9]{6}$' || k === 'code') return '123456';
  if (schema.pattern === '^[0-9]{4}$' || k.includes('last4')) return '1234';
  const text = 'probe text';
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  return text.padEnd(min, 'x').slice(0, Math.max(min, Math.min(max, text.length)));
}

function valueFor(schema, key = '', depth = 0) {
  schema = firstOf(schema ?? {});
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined && depth > 0) return schema.default;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type ?? (schema.properties ? 'object' : schema.items ? 'array' : 'string')) {
    case 'string':
      return stringFor(key, schema);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      return Math.min(Math.max(min, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    }
    case 'boolean':
      return false;
    case 'array': {
      const n = Math.max(schema.minItems ?? 0, schema.items && depth < 4 ? 1 : 0);
      return Array.from({ length: n }, () => valueFor(schema.items ?? {}, key, depth + 1));
    }
    case 'object': {
      const out = {};
      const required = new Set(schema.required ?? []);
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (required.has(name) || (depth === 0 && /district|phone/i.test(name))) {
          out[name] = valueFor(property, name, depth + 1);
        }
      }
      return out;
    }
    default:
      return null;
  }
}

/** The collection a path parameter names: `/api/v1/cases/{id}/notes` → `/api/v1/cases` for `id`. */
function pathValue(op, param, caller) {
  const template = op.path;
  const at = template.indexOf(`{${param.name}}`);
  const collection = template.slice(0, at - 1);
  const pool = (pools.get(collection) ?? []).filter(
    (id) => !caller.ownIds.includes(id) && !callers.admin?.ownIds.includes(id),
  );
  if (pool.length > 0) return pool[randomInt(pool.length)];
  return String(valueFor(param.schema, param.name, 1));
}

function fillPath(op, caller, override = {}) {
  let path = op.path;
  for (const param of op.pathParams) {
    const value = override[param.name] ?? encodeURIComponent(pathValue(op, param, caller));
    path = path.replace(`{${param.name}}`, value);
  }
  return path;
}

function validQuery(op) {
  const entries = op.queryParams.filter((p) => p.required).map((p) => [p.name, String(valueFor(p.schema, p.name, 1))]);
  return entries;
}

const queryText = (entries) =>
  entries.length === 0
    ? ''
    : `?${entries.map(([k, v]) => `${encodeURIComponent(k)}=${v.startsWith('%') ? v : encodeURIComponent(v)}`).join('&')}`;

/** Lists answered to the admin give the ids later operations use (never the probing people's own). */
async function gatherIds(ops) {
  for (const op of ops) {
    if (op.method !== 'GET' || op.pathParams.length > 0 || op.queryParams.some((p) => p.required)) continue;
    if (op.path.endsWith('/stream')) continue;
    const answer = await send({ method: 'GET', path: op.path, headers: headersFor(callers.admin) });
    if (answer.status !== 200) continue;
    try {
      const json = JSON.parse(answer.text);
      const items = Array.isArray(json) ? json : Array.isArray(json.items) ? json.items : [];
      const ids = items.flatMap((item) =>
        ['id', 'number', 'code', 'reference', 'phone'].map((k) => item?.[k]).filter((v) => typeof v === 'string'),
      );
      if (ids.length > 0) pools.set(op.path, ids.slice(0, 20));
    } catch {
      // Not JSON (a CSV, a PDF): nothing to gather.
    }
  }
}

// ──────────────────────────────────────────────────────────────────────── the fuzz cases ──

const oneMb = 'x'.repeat(1024 * 1024);
const deep = (levels) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const nulText = 'a\u0000b';
/** A lone surrogate in JSON text: the escape is ASCII, what the parser makes of it is not text. */
const loneSurrogateJson = '"x\\ud800y"';
const notUuids = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  "1'%20OR%20'1'%3D'1",
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%ED%A0%80',
  'x'.repeat(300),
  '-1',
  '9'.repeat(40),
];

/** A body as JSON text with one top-level field set to raw JSON text. */
function withField(valid, key, rawJson) {
  const marker = `__probe_${randomUUID()}__`;
  return JSON.stringify({ ...valid, [key]: marker }).replace(JSON.stringify(marker), rawJson);
}

function bodyCases(op, valid) {
  if (!op.body) return [];
  const cases = [];
  const properties = firstOf(op.body).properties ?? {};
  const keys = Object.keys(properties);
  const stringKeys = keys.filter((k) => {
    const s = firstOf(properties[k]);
    return s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string'));
  });
  for (const key of stringKeys.slice(0, 3)) {
    cases.push(['nul-body', withField(valid, key, JSON.stringify(nulText))]);
    cases.push(['surrogate-body', withField(valid, key, loneSurrogateJson)]);
  }
  if (stringKeys[0]) cases.push(['long-string', withField(valid, stringKeys[0], JSON.stringify(oneMb))]);
  else cases.push(['long-string', JSON.stringify({ ...valid, probe: oneMb })]);
  cases.push(['deep-body', deep(100_000)]);
  cases.push(['deep-field', withField(valid, keys[0] ?? 'x', deep(100_000))]);
  for (const key of keys.slice(0, 4)) {
    const s = firstOf(properties[key]);
    const wrong = s.type === 'string' ? '12345' : s.type === 'integer' || s.type === 'number' ? '"12"' : '"text"';
    cases.push(['wrong-type', withField(valid, key, wrong)]);
    cases.push(['wrong-type', withField(valid, key, '{"$gt":""}')]);
    cases.push(['array-for-object', withField(valid, key, s.type === 'object' ? '[]' : '[[1],{"a":null}]')]);
  }
  cases.push(['array-for-object', JSON.stringify([valid])]);
  cases.push(['wrong-type', 'null']);
  cases.push(['wrong-type', '"just a string"']);
  cases.push(['bad-json', '{"a":']);
  cases.push(['bad-json', '{"__proto__":{"admin":true}}']);
  cases.push(['unknown-field', JSON.stringify({ ...valid, probeUnknown: 1 })]);
  return cases;
}

/** Every request of one operation for one caller. */
function requestsFor(op, caller) {
  const out = [];
  const path = fillPath(op, caller);
  const validBody = op.body ? valueFor(op.body) : undefined;
  const json = { 'content-type': 'application/json' };
  const query = validQuery(op);
  const plain = (kind, extra) => ({ kind, method: op.method, path: path + queryText(query), ...extra });
  const withBody = validBody === undefined ? {} : { body: JSON.stringify(validBody), headers: json };

  out.push(plain('valid', withBody));
  out.push(plain('valid-hindi', { ...withBody, hindi: true }));
  for (const [kind, body] of bodyCases(op, validBody)) out.push(plain(kind, { body, headers: json }));
  if (op.body) out.push(plain('wrong-content-type', { body: 'a=1', headers: { 'content-type': 'text/plain' } }));
  if (op.body) out.push(plain('wrong-content-type', { body: '<a/>', headers: { 'content-type': 'application/xml' } }));

  // Query: unknown parameters, NUL, a lone surrogate (as WTF-8 bytes), a bad escape, 1 MB.
  const q = (entries) => path + queryText(entries);
  out.push({
    kind: 'unknown-query',
    method: op.method,
    path: `${q(query)}${query.length ? '&' : '?'}probe=1&__proto__=x&constructor%5Bprototype%5D=1`,
    ...withBody,
  });
  const queryNames = op.queryParams.length > 0 ? op.queryParams.map((p) => p.name).slice(0, 4) : ['probe'];
  for (const name of queryNames) {
    const rest = query.filter(([k]) => k !== name);
    out.push({ kind: 'nul-query', method: op.method, path: q([...rest, [name, '%00']]), ...withBody });
    out.push({ kind: 'surrogate-query', method: op.method, path: q([...rest, [name, '%ED%A0%80']]), ...withBody });
    out.push({ kind: 'bad-escape-query', method: op.method, path: q([...rest, [name, '%E0%A4']]), ...withBody });
    out.push({
      kind: 'wrong-type-query',
      method: op.method,
      path: `${q(rest)}${rest.length ? '&' : '?'}${name}=1&${name}=2&${name}[a]=b`,
      ...withBody,
    });
  }
  out.push({ kind: 'long-query', method: op.method, path: q([...query, ['probe', oneMb]]) });

  // Path: bad ids, NUL, lone surrogates, traversal.
  for (const param of op.pathParams) {
    for (const bad of notUuids) {
      out.push({
        kind: 'bad-path-param',
        method: op.method,
        path: fillPath(op, caller, { [param.name]: bad }) + queryText(query),
        ...withBody,
      });
    }
  }
  // The Hindi half: every second fuzzed request asks for Hindi.
  // A 1 MB address overflows the parser before the headers are read: the language cannot be known, so not asked for.
  return out.map((r, i) => ({
    ...r,
    hindi: r.hindi ?? (r.kind !== 'valid' && r.kind !== 'long-query' && i % 2 === 1),
  }));
}

async function runAll(items, concurrency, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function probeOperation(op) {
  for (const caller of Object.values(callers)) {
    const requests = requestsFor(op, caller);
    await runAll(requests, 4, async (r) => {
      const headers = headersFor(caller, { ...(r.headers ?? {}), ...(r.hindi ? { 'accept-language': 'hi' } : {}) });
      const answer = await send({ method: r.method, path: r.path, headers, body: r.body });
      check(answer, { kind: r.kind, who: caller.name, method: r.method, path: r.path, hindi: r.hindi });
    });
    if (withHuge && op.body) {
      const huge = Buffer.alloc(20 * 1024 * 1024, 'a');
      huge.write('{"x":"', 0);
      huge.write('"}', huge.length - 2);
      const path = fillPath(op, caller);
      const answer = await sendHuge({
        method: op.method,
        path,
        headers: headersFor(caller, { 'content-type': 'application/json', 'accept-language': 'hi' }),
        body: huge,
      });
      check(answer, { kind: 'huge-body', who: caller.name, method: op.method, path, hindi: true });
    }
  }
}

// ────────────────────────────────────────────────────────────────────── parallel checks ──

const findings = [];
function expectThat(ok, what, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` — ${detail}` : ''}`);
  if (!ok)
    failures.push({
      kind: 'parallel',
      who: '-',
      method: '-',
      path: what,
      status: 0,
      problems: [detail ?? ''],
      body: '',
    });
  findings.push({ ok, what, detail });
}

const tally = (answers) => {
  const out = {};
  for (const a of answers) {
    let code = String(a.status);
    try {
      code = `${a.status} ${JSON.parse(a.text).code ?? ''}`.trim();
    } catch {
      // Not JSON: the status alone.
    }
    out[code] = (out[code] ?? 0) + 1;
  }
  return out;
};

async function parallelSignInLockout() {
  const identifier = randomPhone();
  const address = freshAddress();
  const attempt = (pw) =>
    send({
      method: 'POST',
      path: '/api/v1/auth/sign-in',
      address,
      headers: { 'content-type': 'application/json', 'accept-language': 'hi' },
      body: JSON.stringify({ identifier, password: pw }),
    });
  const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(`wrong-password-${i}`)));
  for (const a of answers)
    check(a, { kind: 'parallel-lockout', who: 'anonymous', method: 'POST', path: '/api/v1/auth/sign-in', hindi: true });
  const t = tally(answers);
  expectThat(
    t['401 invalid_credentials'] === 4 && t['429 sign_in_locked'] === 26,
    '30 parallel wrong passwords for one identifier: 4 refused, then locked (5 guesses in all)',
    JSON.stringify(t),
  );
  // A real account too (a demo login the probe does not use): the account is locked, whoever guesses.
  const account = '+919000000011';
  const real = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      send({
        method: 'POST',
        path: '/api/v1/auth/sign-in',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: account, password: `wrong-${i}` }),
      }),
    ),
  );
  const r = tally(real);
  const guesses = (r['401 invalid_credentials'] ?? 0) + (r['429 sign_in_locked'] ?? 0);
  expectThat(
    guesses === 30 && ((r['401 invalid_credentials'] ?? 0) === 4 || (r['401 invalid_credentials'] ?? 0) === 0),
    `30 parallel wrong passwords for ${account} from 30 addresses: at most 4 refused, the rest locked`,
    `${JSON.stringify(r)}${r['401 invalid_credentials'] ? '' : ' (locked already by an earlier run)'}`,
  );
  const right = await send({
    method: 'POST',
    path: '/api/v1/auth/sign-in',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: account, password }),
  });
  expectThat(right.status === 429, 'the right password while locked is locked too', `${right.status}`);
}

async function codeSentTo(phone) {
  for (let i = 0; i < 40; i++) {
    const log = await send({ method: 'GET', path: '/api/v1/simulator/log', headers: headersFor(callers.admin) });
    const items = log.status === 200 ? JSON.parse(log.text).items : [];
    const message = items.find((m) => m.direction === 'outbound' && m.to === phone && /\b\d{6}\b/.test(m.body));
    if (message) return /\b(\d{6})\b/.exec(message.body)[1];
    await new Promise((r) => setTimeout(r, 500));
  }
  return null;
}

async function parallelDonorRegistration() {
  const phone = randomPhone();
  const address = freshAddress();
  const registration = {
    phone,
    name: 'प्रोब दाता',
    sex: 'male',
    dateOfBirth: '1994-05-10',
    weightBand: '>55',
    bloodGroup: 'B+',
    district: servedDistrict,
    consentPurpose: 'To be asked for blood for patients near me',
  };
  const asked = await send({
    method: 'POST',
    path: '/api/v1/public/donors/code',
    address,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, language: 'hi', district: servedDistrict }),
  });
  check(asked, { kind: 'parallel-donor', who: 'anonymous', method: 'POST', path: '/api/v1/public/donors/code' });
  const code = asked.status === 202 ? await codeSentTo(phone) : null;
  if (!code) {
    expectThat(false, 'a registration code reaches the simulator', `${asked.status} ${asked.text.slice(0, 200)}`);
    return;
  }
  const answers = await Promise.all(
    Array.from({ length: 30 }, () =>
      send({
        method: 'POST',
        path: '/api/v1/public/donors',
        address,
        headers: { 'content-type': 'application/json', 'accept-language': 'hi' },
        body: JSON.stringify({ ...registration, code }),
      }),
    ),
  );
  for (const a of answers)
    check(a, { kind: 'parallel-donor', who: 'anonymous', method: 'POST', path: '/api/v1/public/donors', hindi: true });
  const t = tally(answers);
  const listed = await send({
    method: 'GET',
    path: `/api/v1/donors?q=${encodeURIComponent(phone.slice(-10))}`,
    headers: headersFor(callers.admin),
  });
  const donors = listed.status === 200 ? (JSON.parse(listed.text).items ?? []) : [];
  expectThat(
    t['201'] === 1 && donors.length === 1,
    '30 parallel identical donor registrations with one code: one 201, one donor',
    `${JSON.stringify(t)}; donors with the phone: ${listed.status === 200 ? donors.length : `list ${listed.status}`}`,
  );
}

async function parallelPublicForm() {
  const address = freshAddress();
  const plea = (i) => ({
    name: 'Probe',
    phone: randomPhone(),
    district: servedDistrict,
    message: `Need oxygen cylinder for my father, probe ${i}`,
    language: 'en',
  });
  // The contract's own shape: a valid-looking body from the document, with the plea's words over it.
  const answers = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      send({
        method: 'POST',
        path: '/api/v1/public/requests',
        address,
        headers: { 'content-type': 'application/json', 'accept-language': 'hi' },
        body: JSON.stringify({ ...publicFormBody, ...pick(plea(i), publicFormBody) }),
      }),
    ),
  );
  for (const a of answers)
    check(a, {
      kind: 'parallel-public-form',
      who: 'anonymous',
      method: 'POST',
      path: '/api/v1/public/requests',
      hindi: true,
    });
  const t = tally(answers);
  expectThat(
    t['201'] === 5 && t['428 challenge_required'] + (t['201'] ?? 0) === 30,
    '30 parallel public pleas from one address: 5 taken, 25 asked for the proof of work',
    JSON.stringify(t),
  );
  // Past the hard limit (60 an hour from one address), every plea is refused with Retry-After, whatever it proves.
  const more = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      send({
        method: 'POST',
        path: '/api/v1/public/requests',
        address,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...publicFormBody, ...pick(plea(100 + i), publicFormBody) }),
      }),
    ),
  );
  const m = tally(more);
  expectThat(
    (m['428 challenge_required'] ?? 0) === 30 && (m['429 rate_limited'] ?? 0) === 10,
    '40 more from that address: 30 asked for the proof of work (count 31–60), 10 past the hourly limit (429)',
    JSON.stringify(m),
  );
}
let publicFormBody = {};
const pick = (values, shape) => Object.fromEntries(Object.entries(values).filter(([k]) => k in shape));

async function unknownPathsAndMethods() {
  const cases = [
    ['GET', '/api/v1/probe-nothing-here', 404, 'not_found'],
    ['POST', '/api/v1/probe-nothing-here', 404, 'not_found'],
    ['GET', '/api/v2/cases', 404, 'not_found'],
    ['DELETE', '/api/v1/auth/sign-in', 405, 'method_not_allowed'],
    ['PUT', '/api/v1/cases', 405, 'method_not_allowed'],
    ['DELETE', `/api/v1/cases/${randomUUID()}`, 405, 'method_not_allowed'],
    ['PATCH', '/api/v1/public/challenge', 405, 'method_not_allowed'],
  ];
  for (const caller of Object.values(callers)) {
    for (const [method, path, status, code] of cases) {
      const answer = await send({ method, path, headers: headersFor(caller, { 'accept-language': 'hi' }) });
      check(answer, { kind: 'unknown-path-or-method', who: caller.name, method, path, hindi: true });
      let got = '';
      try {
        got = JSON.parse(answer.text).code;
      } catch {
        // Checked above.
      }
      const allowOk = status !== 405 || Boolean(answer.headers.allow);
      expectThat(
        answer.status === status && got === code && allowOk,
        `${method} ${path.slice(0, 60)} as ${caller.name} → ${status} ${code}${status === 405 ? ' with Allow' : ''}`,
        `${answer.status} ${got}${answer.headers.allow ? ` Allow: ${answer.headers.allow}` : ''}`,
      );
    }
  }
}

// ───────────────────────────────────────────────────────────────────────────────── main ──

async function main() {
  const started = Date.now();
  const docAnswer = await fetch(new URL('/api/openapi.json', base));
  if (docAnswer.status !== 200) throw new Error(`GET /api/openapi.json: ${docAnswer.status}`);
  const doc = await docAnswer.json();
  const ops = operationsOf(doc).filter((op) => !only || only.test(`${op.method} ${op.path}`));
  console.log(`${ops.length} operations from ${base.origin}/api/openapi.json`);
  for (const [name, phone] of Object.entries(roles)) await signIn(name, phone);
  const form = operationsOf(doc).find((op) => op.method === 'POST' && op.path === '/api/v1/public/requests');
  publicFormBody = form?.body ? valueFor(form.body) : {};

  if (withParallel && !only) {
    console.log('\nParallel limits and locks:');
    await parallelSignInLockout();
    await parallelDonorRegistration();
    await parallelPublicForm();
    console.log('\nUnknown paths and wrong methods:');
    await unknownPathsAndMethods();
  }

  await gatherIds(ops);
  console.log(`\nProbing ${ops.length} operations × ${Object.keys(callers).length} callers…`);
  for (const [i, op] of ops.entries()) {
    await probeOperation(op);
    await keepSessions();
    if ((i + 1) % 20 === 0)
      console.log(`  ${i + 1}/${ops.length} operations, ${total} requests, ${failures.length} failures`);
  }

  console.log(
    `\n${total} requests in ${Math.round((Date.now() - started) / 1000)} s (${reSignIns} sessions signed in again):`,
  );
  for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${kind}`);
  console.log(`Valid-looking requests answered: ${[...statusClasses].map(([c, n]) => `${n}× ${c}`).join(', ')}`);
  if (failures.length === 0) {
    console.log('\nNo failures.');
    return;
  }
  const byProblem = new Map();
  for (const f of failures) {
    const key = `${f.method} ${f.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')} · ${f.kind} · ${f.problems.join(', ')}`;
    if (!byProblem.has(key)) byProblem.set(key, { ...f, n: 0 });
    byProblem.get(key).n++;
  }
  console.log(`\n${failures.length} failures (${byProblem.size} distinct):`);
  for (const [key, f] of byProblem) console.log(`  ${f.n}× ${key} (as ${f.who}: ${f.status}) ${f.body.slice(0, 200)}`);
  process.exitCode = 1;
}

await main();
