// Seeded, bounded fuzzing of the HTTP API from its own OpenAPI document: a small PRNG, a reader for the
// document (with $refs resolved), generators of path, query and JSON-body mutations, and a report that
// collects every offending answer (a 5xx, or an error that is not application/problem+json) instead of
// stopping at the first. Used by test/integration/fuzz.test.ts.

import { seededRandom } from '../../src/server/domain/understanding/adversarial.js';

// ────────────────────────────────────────────────────────────────────────────────────────── PRNG ──

/** mulberry32, the same generator the understanding engine's adversarial tests replay with. */
export const mulberry32 = seededRandom;

/** FNV-1a over a string, mixed with a seed: derives a stable sub-seed per label. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;
  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }
  /** A generator of its own for one label, so adding an operation does not shift the others' requests. */
  fork(label: string): Rng {
    return new Rng(hashString(label, this.seed));
  }
  float(): number {
    return this.next();
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[this.int(0, 3)] as string;
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

export const defaultFuzzSeed = 20_240_521;

/** FUZZ_SEED (a number, or any text, hashed) or the fixed default. */
export function fuzzSeedFromEnv(): number {
  const raw = process.env.FUZZ_SEED?.trim();
  if (!raw) return defaultFuzzSeed;
  return /^\d+$/.test(raw) ? Number(raw) >>> 0 : hashString(raw);
}

// ────────────────────────────────────────────────────────────────────────────────── OpenAPI reading ──

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  $ref?: string;
}

export interface ParamSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

export interface OperationSpec {
  method: string;
  /** OpenAPI template, e.g. /api/v1/cases/{id}. */
  path: string;
  params: ParamSpec[];
  /** The application/json request body schema, $refs resolved; null when the operation takes none. */
  body: JsonSchema | null;
  bodyRequired: boolean;
}

const httpMethods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const;

function lookupRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return node;
}

/** Inlines every local $ref (a cycle is cut off at depth 32 with an empty schema). */
export function resolveRefs<T>(node: T, root: unknown, depth = 0): T {
  if (depth > 32) return {} as T;
  if (Array.isArray(node)) return node.map((n) => resolveRefs(n, root, depth + 1)) as T;
  if (node && typeof node === 'object') {
    const { $ref, ...rest } = node as Record<string, unknown>;
    if (typeof $ref === 'string') {
      const target = lookupRef(root, $ref) as Record<string, unknown>;
      return resolveRefs({ ...target, ...rest }, root, depth + 1) as T;
    }
    return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, resolveRefs(v, root, depth + 1)])) as T;
  }
  return node;
}

/** Every path × method of an OpenAPI 3 document. */
export function operationsFrom(doc: unknown): OperationSpec[] {
  const paths = (doc as { paths?: Record<string, Record<string, unknown>> }).paths ?? {};
  const out: OperationSpec[] = [];
  for (const [path, item] of Object.entries(paths)) {
    const shared = resolveRefs((item.parameters as ParamSpec[] | undefined) ?? [], doc);
    for (const method of httpMethods) {
      const op = item[method] as
        | {
            parameters?: ParamSpec[];
            requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
          }
        | undefined;
      if (!op) continue;
      const own = resolveRefs(op.parameters ?? [], doc);
      const params = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own].map(
        (p) => ({ ...p, required: p.required === true || p.in === 'path', schema: p.schema ?? {} }),
      );
      const requestBody = op.requestBody ? resolveRefs(op.requestBody, doc) : undefined;
      const body = requestBody?.content?.['application/json']?.schema ?? null;
      out.push({ method: method.toUpperCase(), path, params, body, bodyRequired: requestBody?.required === true });
    }
  }
  return out;
}

// ─────────────────────────────────────────────────────────────────────────────── value generation ──

export type JsonPath = ReadonlyArray<string | number>;

/** Supplies a realistic value for a field (an existing id, a real district…), or undefined for "generate one". */
export type Hint = (field: { key: string; path: JsonPath; schema: JsonSchema; rng: Rng }) => unknown;

export interface GenOptions {
  rng: Rng;
  hint?: Hint;
  /** Chance of including an optional property (default 0.6). */
  optionalChance?: number;
}

/** The main type of a schema, ignoring "null". */
export function typeOf(schema: JsonSchema): string | undefined {
  const t = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  if (t) return t;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  if (schema.enum?.length) return typeof schema.enum[0];
  return undefined;
}

/** The non-null alternative of anyOf/oneOf a generator would use. */
function concrete(schema: JsonSchema, rng: Rng): JsonSchema {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) {
    const usable = alternatives.filter((a) => a.type !== 'null');
    return concrete(rng.pick(usable.length ? usable : alternatives), rng);
  }
  if (schema.allOf?.length) {
    return schema.allOf.reduce<JsonSchema>(
      (acc, part) => ({
        ...acc,
        ...part,
        properties: { ...acc.properties, ...part.properties },
        required: [...(acc.required ?? []), ...(part.required ?? [])],
      }),
      {},
    );
  }
  return schema;
}

const patternExamples = ['UP-KANPUR-NAGAR', 'UP', '208001', '1234', 'KNP-4F7Q', '9839012345', 'abc', 'A1', 'x'];

function exampleForPattern(pattern: string): string | undefined {
  try {
    const re = new RegExp(pattern);
    return patternExamples.find((e) => re.test(e));
  } catch {
    return undefined;
  }
}

function genString(schema: JsonSchema, rng: Rng): string {
  if (schema.enum?.length) return String(rng.pick(schema.enum));
  switch (schema.format) {
    case 'uuid':
      return rng.uuid();
    case 'email':
      return `fuzz.${rng.int(1, 1_000_000)}@example.com`;
    case 'date':
      return '2024-05-01';
    case 'date-time':
      return new Date(Date.UTC(2024, 4, 1, rng.int(0, 23), rng.int(0, 59))).toISOString();
    default:
      break;
  }
  if (schema.pattern) {
    const example = exampleForPattern(schema.pattern);
    if (example !== undefined) return example;
  }
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Math.max(min, 40);
  let text = rng.pick(['fuzz text', 'Kidwai Nagar', 'ऑक्सीजन चाहिए', 'need oxygen urgently']);
  while (text.length < min) text += ' fuzz';
  return text.slice(0, max);
}

function genNumber(schema: JsonSchema, integer: boolean, rng: Rng): number {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
  let max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : min + 100);
  if (max - min > 1000) max = min + 1000;
  if (integer) return rng.int(Math.ceil(min), Math.floor(max));
  return Math.round((min + rng.float() * (max - min)) * 100) / 100;
}

/** A value that validates against the schema (as far as patterns and formats allow), using hints. */
export function generateValue(schema: JsonSchema, options: GenOptions, path: JsonPath = []): unknown {
  const { rng } = options;
  const s = concrete(schema, rng);
  if (s.const !== undefined) return s.const;
  const key = String(path[path.length - 1] ?? '');
  const hinted = path.length > 0 ? options.hint?.({ key, path, schema: s, rng }) : undefined;
  if (hinted !== undefined) return hinted;
  if (s.enum?.length) return rng.pick(s.enum);
  switch (typeOf(s)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set(s.required ?? []);
      for (const [name, propSchema] of Object.entries(s.properties ?? {})) {
        if (!required.has(name) && !rng.chance(options.optionalChance ?? 0.6)) continue;
        out[name] = generateValue(propSchema, options, [...path, name]);
      }
      return out;
    }
    case 'array': {
      const min = Math.max(s.minItems ?? 0, 1);
      const max = Math.min(s.maxItems ?? min + 2, min + 2);
      const n = rng.int(Math.min(min, max), max);
      return Array.from({ length: n }, (_, i) => generateValue(s.items ?? {}, options, [...path, i]));
    }
    case 'string':
      return genString(s, rng);
    case 'integer':
      return genNumber(s, true, rng);
    case 'number':
      return genNumber(s, false, rng);
    case 'boolean':
      return rng.chance(0.5);
    default:
      return 'fuzz';
  }
}

// ──────────────────────────────────────────────────────────────────────────────── raw JSON tokens ──

// Some payloads cannot come out of JSON.stringify (-0, 1e400, 2^53+1 exactly): a sentinel string in the
// value is replaced by raw text after stringifying.
const rawMark = '\u0001RAW:';
export const raw = (text: string): string => `${rawMark}${text}\u0001`;

/** JSON text of a value with raw tokens spliced in. Lone surrogates and NUL come out as the escapes
 * \ud800 and \u0000 (well-formed JSON.stringify), which is what survives the wire; checked below. */
export function toJsonText(value: unknown): string {
  const text = JSON.stringify(value);
  const open = '"\\u0001RAW:';
  const close = '\\u0001"';
  let out = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) break;
    const end = text.indexOf(close, start + open.length);
    out += text.slice(from, start) + (JSON.parse(`"${text.slice(start + open.length, end)}"`) as string);
    from = end + close.length;
  }
  return out + text.slice(from);
}

// ───────────────────────────────────────────────────────────────────────────────────── requests ──

export interface FuzzRequest {
  method: string;
  url: string;
  /** Short description of the mutation, for the failure list. */
  label: string;
  headers?: Record<string, string>;
  payload?: string | Buffer;
  /** A body over the server's limit: anything below 400 is an offence too (expected 413, or 401/403 first). */
  mustRefuse?: boolean;
  /**
   * Who sends it: 'all' (anonymous and every role, the default); 'one' (anonymous and one signed-in role,
   * for requests refused before any handler, where the role cannot matter: unparseable bodies, wrong content
   * types, ids that are not ids); 'anonymous' (routes outside /api/v1, where a session means nothing).
   */
  senders?: 'all' | 'one' | 'anonymous';
  /** The client address (default: a fresh one per request, so per-address limits do not interfere). */
  remoteAddress?: string;
}

// ───────────────────────────────────────────────────────────────────────────────── body mutations ──

interface Slot {
  path: JsonPath;
  schema: JsonSchema;
  present: boolean;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function setAt(root: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const out = clone(root) as Record<string | number, unknown>;
  let node = out;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    const child = node[key];
    if (!child || typeof child !== 'object') node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1] as string | number] = value;
  return out;
}

/** Every field of the valid value, and every declared field it left out, with its schema. */
function slotsOf(schema: JsonSchema, value: unknown, rng: Rng, path: JsonPath = []): Slot[] {
  const s = concrete(schema, rng);
  const out: Slot[] = [];
  if (path.length > 0) out.push({ path, schema: s, present: value !== undefined });
  const type = typeOf(s);
  if (type === 'object' && s.properties) {
    const obj = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    for (const [name, propSchema] of Object.entries(s.properties)) {
      out.push(...slotsOf(propSchema, obj[name], rng, [...path, name]));
    }
  } else if (type === 'array' && s.items) {
    const items = Array.isArray(value) ? value : [];
    if (items.length > 0) out.push(...slotsOf(s.items, items[0], rng, [...path, 0]));
    else out.push(...slotsOf(s.items, undefined, rng, [...path, 0]));
  }
  return out;
}

const isFreeString = (s: JsonSchema): boolean =>
  typeOf(s) === 'string' && !s.enum && !s.pattern && !s.format && s.const === undefined;
const isDateLike = (s: JsonSchema): boolean =>
  typeOf(s) === 'string' && (s.format === 'date' || s.format === 'date-time');
const isUuid = (s: JsonSchema): boolean => typeOf(s) === 'string' && s.format === 'uuid';
const isNumeric = (s: JsonSchema): boolean => typeOf(s) === 'integer' || typeOf(s) === 'number';

/** NUL, lone surrogates and friends, each with a label. */
export const nastyStrings: Array<[string, string]> = [
  ['NUL inside a string', 'ab\u0000cd'],
  ['only NUL', '\u0000'],
  ['lone high surrogate \\ud800', 'x\ud800y'],
  ['lone low surrogate \\udc00', '\udc00'],
  ['reversed surrogate pair', '\udc00\ud800'],
  ['10 kB string', 'a'.repeat(10_000)],
  ['empty string', ''],
  ['whitespace only', ' \t\n '],
  ['RTL override and emoji', '\u202e👩🏽‍⚕️\u200d'],
  ['SQL/format metacharacters', "'; select 1; -- %s %n ${x} {{x}} \\"],
];

export const extremeDates: Array<[string, string]> = [
  ['date 0001-01-01', '0001-01-01T00:00:00Z'],
  ['date 0000-01-01 (year zero)', '0000-01-01T00:00:00Z'],
  ['date 9999-12-31', '9999-12-31T23:59:59Z'],
  ['date +275760-09-13 (JS max)', '+275760-09-13T00:00:00Z'],
  ['date 2024-02-30', '2024-02-30T00:00:00Z'],
];

export const extremeNumbers: Array<[string, unknown]> = [
  ['1e308', 1e308],
  ['-1e308', -1e308],
  ['2^53+1', raw('9007199254740993')],
  ['-0', raw('-0')],
  ['1e400 (Infinity once parsed)', raw('1e400')],
  ['30-digit integer', raw('123456789012345678901234567890')],
  ['0.5', 0.5],
  ['-1', -1],
  ['2^31', 2_147_483_648],
];

const asDate = (s: JsonSchema, iso: string): string => (s.format === 'date' ? iso.replace(/T.*$/, '') : iso);

/** The mutations possible on one field. */
function fieldMutations(slot: Slot, known: { ids: readonly string[] }, rng: Rng): Array<[string, unknown]> {
  const s = slot.schema;
  const type = typeOf(s);
  const out: Array<[string, unknown]> = [['null', null]];
  switch (type) {
    case 'string':
      out.push(
        ['number instead of string', 12_345],
        ['object instead of string', {}],
        ['array instead of string', ['x']],
      );
      out.push(...nastyStrings);
      if (s.enum)
        out.push(['value not in enum', 'zz-not-an-option'], ['enum value + NUL', `${String(s.enum[0])}\u0000`]);
      if (isUuid(s)) {
        out.push(
          ['unknown uuid', rng.uuid()],
          ['nil uuid', '00000000-0000-0000-0000-000000000000'],
          ['max uuid', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
          ['not a uuid', 'not-a-uuid'],
        );
        if (known.ids.length) out.push(['upper-case known id', rng.pick(known.ids).toUpperCase()]);
      }
      if (isDateLike(s)) for (const [label, iso] of extremeDates) out.push([label, asDate(s, iso)]);
      break;
    case 'integer':
    case 'number':
      out.push(['string instead of number', '12'], ['boolean instead of number', true], ...extremeNumbers);
      break;
    case 'boolean':
      out.push(['string "true"', 'true'], ['number 1', 1]);
      break;
    case 'array':
      out.push(
        ['object instead of array', {}],
        ['string instead of array', 'x'],
        ['empty array', []],
        ['array of nulls', [null, null]],
        ['1,000 items', Array.from({ length: 1000 }, () => 'x')],
        ['nested arrays', [[['x']]]],
      );
      break;
    case 'object':
      out.push(
        ['array instead of object', []],
        ['array of the object', [{}]],
        ['string instead of object', 'x'],
        ['empty object', {}],
        ['5,000-deep array in place', raw(`${'['.repeat(5000)}${']'.repeat(5000)}`)],
      );
      break;
    default:
      out.push(['string', 'x'], ['number', 1]);
  }
  return out;
}

export interface BodyOptions {
  rng: Rng;
  hint?: Hint;
  known: { ids: readonly string[] };
  /** How many random single-field mutations (besides the fixed set). */
  fieldBudget: number;
}

export interface BodyCase {
  label: string;
  payload: string | Buffer;
  /** null: send no content-type header at all. */
  contentType: string | null;
  mustRefuse?: boolean;
  /** Refused before any handler whoever sends it (cannot be parsed as the operation's body). */
  structural?: boolean;
}

const json = (label: string, value: unknown, extra: Partial<BodyCase> = {}): BodyCase => ({
  label,
  payload: toJsonText(value),
  contentType: 'application/json',
  ...extra,
});
const text = (label: string, payload: string | Buffer, contentType: string | null = 'application/json'): BodyCase => ({
  label,
  payload,
  contentType,
  structural: true,
});

/** A valid-looking body and its mutations, for an operation's request body schema. */
export function bodyCases(schema: JsonSchema, options: BodyOptions): BodyCase[] {
  const { rng, hint } = options;
  const valid = generateValue(schema, { rng, ...(hint ? { hint } : {}) });
  const valid2 = generateValue(schema, { rng, ...(hint ? { hint } : {}), optionalChance: 1 });
  const minimal = generateValue(schema, { rng, ...(hint ? { hint } : {}), optionalChance: 0 });
  const slots = slotsOf(schema, valid2, rng);
  const present = slots.filter((s) => s.path.length > 0);
  const everywhere = (pred: (s: JsonSchema) => boolean, value: (s: JsonSchema) => unknown): unknown =>
    present.filter((s) => pred(s.schema)).reduce<unknown>((acc, s) => setAt(acc, s.path, value(s.schema)), valid2);
  const has = (pred: (s: JsonSchema) => boolean): boolean => present.some((s) => pred(s.schema));
  const validText = toJsonText(valid);
  const firstString = present.find((s) => isFreeString(s.schema)) ?? present.find((s) => typeOf(s.schema) === 'string');
  const bigAt = firstString?.path ?? ['fuzz'];

  const cases: BodyCase[] = [
    json('valid-looking body', valid),
    json('valid-looking body, every optional field', valid2),
    json('required fields only', minimal),
  ];
  if (has(isFreeString)) {
    cases.push(
      json(
        'NUL in every free-text string',
        everywhere(isFreeString, () => 'before\u0000after'),
      ),
    );
    cases.push(
      json(
        'lone surrogate \\ud800 in every free-text string',
        everywhere(isFreeString, () => 'a\ud800b'),
      ),
    );
    cases.push(
      json(
        'lone surrogate \\udfff at the end of every free-text string',
        everywhere(isFreeString, () => 'ab\udfff'),
      ),
    );
  }
  // One free-text field at a time too: a NUL in a validated field (a phone) must not hide one in a note.
  for (const slot of present.filter((s) => isFreeString(s.schema))) {
    cases.push(
      json(`${slot.path.join('.')}: NUL (each free-text field in turn)`, setAt(valid2, slot.path, 'x\u0000y')),
    );
    cases.push(
      json(
        `${slot.path.join('.')}: lone surrogate (each free-text field in turn)`,
        setAt(valid2, slot.path, 'x\ud800y'),
      ),
    );
  }
  const topLevel = present.filter((s) => s.path.length === 1);
  const leaves = present.filter(
    (s) => !present.some((o) => o.path.length > s.path.length && s.path.every((k, i) => o.path[i] === k)),
  );
  cases.push(
    json(
      'null in every top-level field',
      topLevel.reduce<unknown>((acc, s) => setAt(acc, s.path, null), valid2),
    ),
  );
  cases.push(
    json(
      'null in every leaf field',
      leaves.reduce<unknown>((acc, s) => setAt(acc, s.path, null), valid2),
    ),
  );
  if (has(isNumeric)) {
    for (const [label, value] of extremeNumbers.slice(0, 4)) {
      cases.push(
        json(
          `${label} in every number`,
          everywhere(isNumeric, () => value),
        ),
      );
    }
  }
  if (has(isDateLike)) {
    for (const [label, iso] of extremeDates.slice(0, 4)) {
      cases.push(
        json(
          `${label} in every date`,
          everywhere(isDateLike, (s) => asDate(s, iso)),
        ),
      );
    }
  }
  if (has(isUuid)) {
    cases.push(
      json(
        'unknown uuid in every id field',
        everywhere(isUuid, () => rng.uuid()),
      ),
    );
    cases.push(
      json(
        'nil uuid in every id field',
        everywhere(isUuid, () => '00000000-0000-0000-0000-000000000000'),
      ),
    );
  }
  cases.push(
    json('body is null', null, { structural: true }),
    json('body is an array', [valid], { structural: true }),
    json('body is a string', 'x', { structural: true }),
    json('body is a number', 42, { structural: true }),
    json('body is an empty object', {}),
    json('1 MB string (over the body limit)', setAt(valid2, bigAt, 'a'.repeat(1024 * 1024)), {
      mustRefuse: true,
      structural: true,
    }),
    json('200 kB string (under the body limit)', setAt(valid2, bigAt, 'ab '.repeat(70_000))),
    text('5,000-deep nested arrays', `${'['.repeat(5000)}${']'.repeat(5000)}`),
    text('100,000-deep nested arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    text('5,000-deep nested objects', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`),
    text('40,000-deep nested objects', `${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}`),
    json(
      '100,000-deep arrays inside a field',
      setAt(valid2, bigAt, raw(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)),
    ),
    text('__proto__ key', validText.replace(/^\{/, '{"__proto__":{"isAdmin":true},').replace(',}', '}')),
    text(
      'constructor.prototype key',
      validText.replace(/^\{/, '{"constructor":{"prototype":{"x":1}},').replace(',}', '}'),
    ),
    text('duplicate keys', validText.replace(/^\{/, '{"zz":1,"zz":2,').replace(',}', '}')),
    text('not JSON', 'this is not json'),
    text('truncated JSON', validText.slice(0, Math.max(1, Math.floor(validText.length / 2)))),
    text('empty body with a JSON content type', ''),
    text('NUL bytes as the body', Buffer.from([0, 0, 0, 0])),
    text('byte-order mark before the JSON', `\ufeff${validText}`),
    text(
      'invalid UTF-8 bytes inside a string',
      Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xed, 0xa0, 0x80, 0xff]), Buffer.from('"}')]),
    ),
    text('JSON body sent as text/plain', validText, 'text/plain'),
    text('JSON body sent as a form', validText, 'application/x-www-form-urlencoded'),
    text('form body', 'a=1&b=%00', 'application/x-www-form-urlencoded'),
    text(
      'multipart body',
      '--x\r\ncontent-disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
      'multipart/form-data; boundary=x',
    ),
    text('JSON body, charset=utf-16', validText, 'application/json; charset=utf-16'),
    text('JSON body, no content type', validText, null),
    text('JSON body, content type application/problem+json', validText, 'application/problem+json'),
    text('JSON body, content type with NUL', validText, 'application/json\u0000'),
  );

  // Single-field mutations, sampled: each picks a field (present or not) and one thing wrong with it.
  const pairs = present.flatMap((slot) =>
    fieldMutations(slot, options.known, rng).map(([label, value]) => ({ slot, label, value })),
  );
  for (const { slot, label, value } of rng.sample(pairs, options.fieldBudget)) {
    cases.push(json(`${slot.path.join('.')}: ${label}`, setAt(valid2, slot.path, value)));
  }
  return cases;
}

/** Mutations of a value with no schema (a provider's webhook payload): walks the value itself. */
export function valueMutations(value: unknown, rng: Rng, budget: number): Array<[string, unknown]> {
  const leaves: Array<{ path: JsonPath; value: unknown }> = [];
  const walk = (node: unknown, path: JsonPath): void => {
    if (path.length > 0) leaves.push({ path, value: node });
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i]));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(value, []);
  const strings = leaves.filter((l) => typeof l.value === 'string');
  const all = (replacement: unknown) => strings.reduce<unknown>((acc, l) => setAt(acc, l.path, replacement), value);
  const out: Array<[string, unknown]> = [
    ['NUL in every string', all('x\u0000y')],
    ['lone surrogate in every string', all('x\ud800y')],
    ['10 kB in every string', all('a'.repeat(10_000))],
    ['null in every field', leaves.reduce<unknown>((acc, l) => setAt(acc, l.path, null), value)],
  ];
  const kinds: Array<[string, unknown]> = [
    ['null', null],
    ['number', 1e308],
    ['-0', raw('-0')],
    ['object', {}],
    ['array', []],
    ['empty string', ''],
    ['huge numeric string', '99999999999999999999'],
    ['negative numeric string', '-62135596800'],
    ['date string 0000-00-00', '0000-00-00 00:00:00'],
    ['date string 9999-12-31', '9999-12-31T23:59:59Z'],
    ...nastyStrings.slice(0, 5),
  ];
  const pairs = leaves.flatMap((l) => kinds.map(([label, v]) => ({ l, label, v })));
  for (const { l, label, v } of rng.sample(pairs, budget))
    out.push([`${l.path.join('.')}: ${label}`, setAt(value, l.path, v)]);
  return out;
}

// ───────────────────────────────────────────────────────────────────────────── query and path ──

/** Query values, percent-encoded as they would be on the wire. */
export function queryValueMutations(schema: JsonSchema): Array<[string, string]> {
  const type = typeOf(schema);
  const out: Array<[string, string]> = [
    ['NUL', '%00'],
    ['NUL inside', 'a%00b'],
    ['lone surrogate %ED%A0%80', '%ED%A0%80'],
    ['lone low surrogate %ED%B0%80', 'x%ED%B0%80'],
    ['invalid UTF-8 %FF%FE', '%FF%FE'],
    ['malformed percent-encoding', '%E0%A4%A'],
    ['10 kB string', 'a'.repeat(10_000)],
    ['empty', ''],
    ['negative', '-1'],
    ['huge number', '99999999999999999999999'],
    ['1e309', '1e309'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['fraction', '1.5'],
    ['hex', '0x10'],
    ['padded number', '%201%20'],
    ['SQL metacharacters', "'%3B--"],
  ];
  if (type === 'string') out.push(['wrong type: number', '12345'], ['wrong type: boolean', 'true']);
  if (schema.enum) out.push(['not in enum', 'zz-not-an-option']);
  if (schema.format === 'uuid')
    out.push(['unknown uuid', '6f1c2d3e-4b5a-4c6d-8e7f-001122334455'], ['not a uuid', 'nope']);
  return out;
}

/** A valid query value for a parameter (encoded). */
export function validQueryValue(schema: JsonSchema, rng: Rng, hint?: Hint, key = ''): string {
  const value = generateValue(schema, { rng, ...(hint ? { hint } : {}) }, [key]);
  return encodeURIComponent(String(value));
}

/** Path-parameter values, encoded as on the wire (valid ones are added by the caller). */
export const pathValueMutations: Array<[string, string]> = [
  ['unknown uuid', '3b241101-e2bb-4255-8caf-4136c566a962'],
  ['nil uuid', '00000000-0000-0000-0000-000000000000'],
  ['max uuid', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
  ['not a uuid', 'not-a-uuid'],
  ['NUL', '%00'],
  ['NUL after a uuid', '3b241101-e2bb-4255-8caf-4136c566a962%00'],
  ['lone surrogate %ED%A0%80', '%ED%A0%80'],
  ['invalid UTF-8 %C3%28', '%C3%28'],
  ['120 characters', 'a'.repeat(120)],
  ['5,000 characters', 'b'.repeat(5000)],
  ['..%2F traversal', '..%2F..%2Fhealthz'],
  ['.. segment', '..'],
  ['malformed percent-encoding', '%zz'],
  ['lone percent', '%'],
  ['space-padded uuid', '%203b241101-e2bb-4255-8caf-4136c566a962%20'],
  ['SQL metacharacters', "1'%20or%20'1'%3D'1"],
  ['-1', '-1'],
];

// ──────────────────────────────────────────────────────────────────────────────────── report ──

export interface Offender {
  /** The route template (METHOD /path/{param}). */
  operation: string;
  method: string;
  url: string;
  role: string;
  mutation: string;
  status: number | string;
  why: string;
  /** The answer's requestId (problem bodies carry one), to find the server's log line. */
  requestId: string;
  body: string;
}

/** Why an answer breaks the contract (null: it does not): never 5xx; errors are problem+json with status and code. */
export interface Answer {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

export function violation(response: Answer, request: Pick<FuzzRequest, 'mustRefuse'>): string | null {
  const status = response.statusCode;
  if (status >= 500) return '5xx';
  if (request.mustRefuse && status < 400) return `accepted an over-limit body with ${status}`;
  if (status < 400) return null;
  const contentType = String(response.headers['content-type'] ?? '');
  if (!/^application\/problem\+json/.test(contentType)) return `error not problem+json (${contentType || 'none'})`;
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return 'problem body is not JSON';
  }
  const problem = body as { status?: unknown; code?: unknown };
  if (problem.status !== status) return `problem status ${String(problem.status)} ≠ HTTP ${status}`;
  if (typeof problem.code !== 'string') return 'problem without a string code';
  return null;
}

const short = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s);

export class FuzzReport {
  sent = 0;
  readonly byClass: Record<'2xx' | '3xx' | '4xx' | '5xx' | 'none', number> = {
    '2xx': 0,
    '3xx': 0,
    '4xx': 0,
    '5xx': 0,
    none: 0,
  };
  readonly byStatus = new Map<number, number>();
  readonly offenders: Offender[] = [];
  readonly perOperation = new Map<string, number>();
  /** Statuses per operation, for FUZZ_DEBUG=1. */
  readonly statusesPerOperation = new Map<string, Map<number | string, number>>();

  constructor(readonly seed: number) {}

  record(
    operation: string,
    request: FuzzRequest,
    role: string,
    outcome: { response: Answer } | { error: string },
  ): void {
    this.sent += 1;
    this.perOperation.set(operation, (this.perOperation.get(operation) ?? 0) + 1);
    const statuses = this.statusesPerOperation.get(operation) ?? new Map<number | string, number>();
    const key = 'error' in outcome ? 'none' : outcome.response.statusCode;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
    this.statusesPerOperation.set(operation, statuses);
    if ('error' in outcome) {
      this.byClass.none += 1;
      this.offenders.push({
        operation,
        method: request.method,
        url: short(request.url, 160),
        role,
        mutation: request.label,
        status: 'no answer',
        why: outcome.error,
        requestId: '',
        body: '',
      });
      return;
    }
    const { response } = outcome;
    const status = response.statusCode;
    const cls = `${Math.floor(status / 100)}xx` as '2xx' | '3xx' | '4xx' | '5xx';
    if (cls in this.byClass) this.byClass[cls] += 1;
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
    const why = violation(response, request);
    if (why) {
      let requestId = '';
      try {
        requestId = String((JSON.parse(response.body) as { requestId?: unknown }).requestId ?? '');
      } catch {
        // not JSON: no request id to quote
      }
      this.offenders.push({
        requestId,
        operation,
        method: request.method,
        url: short(request.url, 160),
        role,
        mutation: request.label,
        status,
        why,
        body: response.body.slice(0, 200),
      });
    }
  }

  summary(): string {
    const statuses = [...this.byStatus.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}:${n}`)
      .join(' ');
    return (
      `fuzz seed ${this.seed}: ${this.sent} requests over ${this.perOperation.size} operations — ` +
      `2xx ${this.byClass['2xx']}, 3xx ${this.byClass['3xx']}, 4xx ${this.byClass['4xx']}, 5xx ${this.byClass['5xx']}` +
      `${this.byClass.none ? `, no answer ${this.byClass.none}` : ''}; by status ${statuses}; offenders ${this.offenders.length}`
    );
  }

  /** One line per operation: how many requests, and their statuses. */
  histogram(): string {
    return [...this.statusesPerOperation.entries()]
      .map(
        ([op, statuses]) =>
          `${op}: ${[...statuses.entries()]
            .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
            .map(([s, n]) => `${s}×${n}`)
            .join(' ')}`,
      )
      .join('\n');
  }

  /** Distinct offences: operation (route template) × why × status, with how often and by whom. */
  distinct(): string[] {
    const groups = new Map<string, { n: number; roles: Set<string>; example: Offender }>();
    for (const o of this.offenders) {
      const key = `${o.operation} | ${o.mutation} | ${o.status} ${o.why}`;
      const g = groups.get(key) ?? { n: 0, roles: new Set<string>(), example: o };
      g.n += 1;
      g.roles.add(o.role);
      groups.set(key, g);
    }
    return [...groups.entries()].map(([key, g]) => `${key} ×${g.n} [${[...g.roles].join(',')}]`);
  }

  failureMessage(limit = 50): string {
    const lines = this.offenders
      .slice(0, limit)
      .map(
        (o, i) =>
          `${i + 1}. ${o.method} ${o.url} as ${o.role} — ${o.mutation} → ${o.status} (${o.why})` +
          `${o.requestId ? ` requestId ${o.requestId}` : ''} ${JSON.stringify(o.body)}`,
      );
    const more = this.offenders.length > limit ? `\n… and ${this.offenders.length - limit} more` : '';
    return (
      `${this.offenders.length} offending answers (reproduce with FUZZ_SEED=${this.seed}):\n` +
      `${lines.join('\n')}${more}\n${this.summary()}`
    );
  }
}
