// A donor list (the police lines' roster, a camp's register) read row by row into registrations, as the contract
// in shared/contracts/donors.ts describes the file: headers in English or Hindi, in any order and case; values as
// people type them in spreadsheets (DD/MM/YYYY dates, "O positive", "62 kg", हाँ/नहीं). Pure: the file and the
// district names in, every row's registration or its problems out. What needs the database (the organisation's
// districts, the importer's reach, who is registered already) is checked by the use case.
import {
  aboRhGroups,
  type AboRhGroup,
  type DonorCategory,
  type DonorProduct,
  type Language,
  type Sex,
  type WeightBand,
} from '../../../shared/enums.js';
import { donorInput, type DonorInput } from '../../../shared/contracts/donor-input.js';
import { toE164 } from '../../../shared/phone.js';
import { registrationProblems } from '../blood/registration-checks.js';
import { isBlankRecord, parseCsv } from './csv.js';

export const maxImportRows = 5000;

/** The columns a file may have, by the registration field each fills. */
export const importColumns = [
  'phone',
  'name',
  'sex',
  'dateOfBirth',
  'weight',
  'bloodGroup',
  'district',
  'locality',
  'pincode',
  'products',
  'category',
  'language',
  'preferredChannel',
  'lastDonation',
  'firstTimeDonor',
  'consentPurpose',
] as const;
export type ImportColumn = (typeof importColumns)[number];

/** How the contract names each column in a problem about a missing one (its English header). */
const columnTitles: Record<ImportColumn, string> = {
  phone: 'phone',
  name: 'name',
  sex: 'sex',
  dateOfBirth: 'date of birth',
  weight: 'weight',
  bloodGroup: 'blood group',
  district: 'district',
  locality: 'locality',
  pincode: 'pincode',
  products: 'products',
  category: 'category',
  language: 'language',
  preferredChannel: 'channel',
  lastDonation: 'last donation',
  firstTimeDonor: 'first time',
  consentPurpose: 'consent',
};

/**
 * Lower case, NFC, no nukta (ज़िला and जिला, वज़न and वजन are typed both ways), punctuation and runs of spaces as
 * one space.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFC')
    .normalize('NFD')
    .replace(/\u093c/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[()[\]_.:/\\-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const headerAliases: Record<ImportColumn, readonly string[]> = {
  phone: ['phone', 'mobile', 'mobile number', 'phone number', 'फ़ोन', 'मोबाइल', 'मोबाइल नंबर'],
  name: ['name', 'full name', 'नाम'],
  sex: ['sex', 'gender', 'लिंग'],
  dateOfBirth: ['date of birth', 'dob', 'birth date', 'जन्म तिथि', 'जन्मतिथि'],
  weight: ['weight', 'weight kg', 'वज़न', 'वजन'],
  bloodGroup: ['blood group', 'group', 'bloodgroup', 'रक्त समूह', 'ब्लड ग्रुप'],
  district: ['district', 'ज़िला', 'जिला'],
  locality: ['locality', 'area', 'address', 'मोहल्ला', 'क्षेत्र', 'पता'],
  pincode: ['pincode', 'pin', 'pin code', 'पिन कोड'],
  products: ['products', 'donates', 'दान'],
  category: ['category', 'श्रेणी'],
  language: ['language', 'भाषा'],
  preferredChannel: ['channel', 'माध्यम'],
  lastDonation: ['last donation', 'last donated', 'अंतिम रक्तदान', 'पिछला रक्तदान'],
  firstTimeDonor: ['first time', 'first time donor', 'पहली बार'],
  consentPurpose: ['consent', 'consent purpose', 'सहमति'],
};

const columnByLabel = new Map<string, ImportColumn>(
  importColumns.flatMap((column) => headerAliases[column].map((alias) => [normaliseLabel(alias), column] as const)),
);

/** The column a header names, or null when the registry does not read it. */
export function columnFor(header: string): ImportColumn | null {
  return columnByLabel.get(normaliseLabel(header)) ?? null;
}

/** Values typed in either language, by their normalised spelling. */
function lookup<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): (value: string) => T | undefined {
  const map = new Map<string, T>(entries.flatMap(([v, words]) => words.map((w) => [normaliseLabel(w), v] as const)));
  return (value) => map.get(normaliseLabel(value));
}

const sexOf = lookup<Sex>([
  ['male', ['male', 'm', 'man', 'पुरुष']],
  ['female', ['female', 'f', 'woman', 'महिला', 'स्त्री']],
  ['other', ['other', 'o', 'अन्य']],
]);

const productOf = lookup<DonorProduct>([
  ['whole_blood', ['whole blood', 'whole_blood', 'blood', 'रक्त', 'खून', 'पूर्ण रक्त']],
  ['platelets', ['platelets', 'platelet', 'प्लेटलेट्स', 'प्लेटलेट']],
  ['plasma', ['plasma', 'प्लाज़्मा', 'प्लाज्मा']],
]);

const categoryOf = lookup<DonorCategory>([
  ['citizen', ['citizen', 'नागरिक']],
  ['police', ['police', 'पुलिस']],
  ['ngo_volunteer', ['ngo volunteer', 'ngo', 'एनजीओ स्वयंसेवक', 'स्वयंसेवक']],
  ['party_volunteer', ['party volunteer', 'party', 'पार्टी कार्यकर्ता', 'कार्यकर्ता']],
  ['staff', ['staff', 'कर्मचारी', 'स्टाफ़']],
  ['family_replacement', ['family', 'family replacement', 'replacement', 'परिवार']],
]);

const languageOf = lookup<Language>([
  ['hi', ['hi', 'hindi', 'हिंदी', 'हिन्दी']],
  ['en', ['en', 'english', 'अंग्रेज़ी', 'अंग्रेजी']],
]);

const channelOf = lookup<'whatsapp' | 'sms'>([
  ['whatsapp', ['whatsapp', 'whats app', 'wa', 'व्हाट्सऐप', 'व्हाट्सएप']],
  ['sms', ['sms', 'text', 'एसएमएस']],
]);

const yesNoOf = lookup<boolean>([
  [true, ['yes', 'y', 'true', '1', 'हाँ', 'हां', 'हा']],
  [false, ['no', 'n', 'false', '0', 'नहीं', 'ना']],
]);

const unknownGroupWords = new Set(
  ['', 'unknown', 'not known', 'dont know', "don't know", 'na', 'पता नहीं'].map(normaliseLabel),
);

/** A group as people write it: A+, b-, O positive, AB +ve, "B POS"; null when they do not know it. */
export function parseBloodGroup(value: string): AboRhGroup | null | undefined {
  if (unknownGroupWords.has(normaliseLabel(value))) return null;
  const compact = value.toUpperCase().replace(/[\s.]+/g, '');
  const match = /^(AB|A|B|O)(\+|-|\+VE|-VE|POS|POSITIVE|NEG|NEGATIVE|पॉजिटिव|पॉज़िटिव|नेगेटिव)$/u.exec(compact);
  if (!match) return undefined;
  const sign = match[2] ?? '';
  const positive = sign.startsWith('+') || sign.startsWith('POS') || sign.startsWith('पॉ');
  const group = `${match[1] ?? ''}${positive ? '+' : '-'}`;
  return (aboRhGroups as readonly string[]).includes(group) ? (group as AboRhGroup) : undefined;
}

/** A day as YYYY-MM-DD or DD/MM/YYYY (also with - or .), checked to exist; undefined when it cannot be read. */
export function parseDay(value: string): string | undefined {
  const text = value.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const indian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (indian) [d, m, y] = [Number(indian[1]), Number(indian[2]), Number(indian[3])];
  else return undefined;
  const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day ? day : undefined;
}

/** A weight in kilograms ("62", "62 kg", "62.5 किलो") or a band (<45, 45-55, >55); undefined when unreadable. */
export function parseWeight(value: string): { weightKg: number | null; weightBand: WeightBand } | undefined {
  const text = value.trim().replace(/\s+/g, '');
  if (text === '<45') return { weightKg: null, weightBand: '<45' };
  if (text === '45-55') return { weightKg: null, weightBand: '45-55' };
  if (text === '>55') return { weightKg: null, weightBand: '>55' };
  const kg = /^(\d{2,3}(?:\.\d+)?)(?:kgs?|किलो|किग्रा)?$/i.exec(text);
  if (!kg) return undefined;
  const weightKg = Math.round(Number(kg[1]));
  return { weightKg, weightBand: weightKg < 45 ? '<45' : weightKg <= 55 ? '45-55' : '>55' };
}

export interface ImportDefaults {
  district?: string | undefined;
  category?: DonorCategory | undefined;
  consentPurpose?: string | undefined;
}

export interface ImportProblem {
  /** The spreadsheet row (the header is row 1). */
  row: number;
  /** `rows.<row>.<field>`. */
  field: string;
  /** The column as the file names it, or null for a problem with the whole row or file. */
  column: string | null;
  code: string;
  params?: Record<string, string | number>;
}

export interface ImportRow {
  row: number;
  /** The registration the row makes; null when it has problems. */
  input: DonorInput | null;
  problems: ImportProblem[];
  /** What the preview shows of it, as far as it could be read. */
  name: string | null;
  phone: string | null;
  bloodGroup: AboRhGroup | null;
  district: string | null;
  category: DonorCategory | null;
}

export interface ReadDonorImport {
  columns: Array<{ header: string; field: ImportColumn | null }>;
  rows: ImportRow[];
  /** Problems with the file as a whole (it cannot be read, a required column is missing): no row is then read. */
  fileProblems: ImportProblem[];
}

const required: readonly ImportColumn[] = ['phone', 'name', 'sex', 'dateOfBirth', 'weight'];

/** The Zod issue a registration field failed, as a validation text's code. */
function issueCode(issue: { code: string; message: string; input?: unknown }): string {
  if (issue.code === 'custom')
    return ['invalid_phone', 'not_a_date'].includes(issue.message) ? issue.message : 'invalid';
  if (issue.code === 'too_small') return issue.input === '' ? 'required' : 'too_small';
  if (issue.code === 'too_big') return 'too_big';
  if (issue.code === 'invalid_value') return 'invalid_value';
  if (issue.code === 'invalid_format') return 'invalid';
  return 'invalid';
}

/** The registration field a problem names: the weight column fills either the band or the exact kilograms. */
const weightField = (kg: number | null): 'weightKg' | 'weightBand' => (kg === null ? 'weightBand' : 'weightKg');

/**
 * Reads the file into rows. `districtOf` turns a district as typed (English or Hindi name, or code) into a code.
 * Each row is checked as a registration (the shape, donating age and weight) and against the rows above it (the
 * same phone twice).
 */
export function readDonorImport(
  csv: string,
  defaults: ImportDefaults,
  districtOf: (typed: string) => string | undefined,
  now: Date,
): ReadDonorImport {
  const parsed = parseCsv(csv, { maxRecords: maxImportRows + 2 });
  if (!parsed.ok) {
    const { code, record } = parsed.problem;
    return {
      columns: [],
      rows: [],
      fileProblems: [{ row: record, field: `rows.${record}`, column: null, code, params: { row: record } }],
    };
  }
  const [headerRecord = [], ...records] = parsed.records;
  const headers = headerRecord.map((h) => h.trim());
  const columns = headers.map((header) => ({ header, field: columnFor(header) }));
  const fileProblems: ImportProblem[] = [];
  const position = new Map<ImportColumn, number>();
  columns.forEach(({ header, field }, index) => {
    if (field === null) return;
    if (position.has(field)) {
      fileProblems.push({
        row: 1,
        field: `rows.1.${field}`,
        column: header,
        code: 'csv_duplicate_column',
        params: { column: header },
      });
    } else position.set(field, index);
  });
  for (const column of required) {
    if (!position.has(column)) {
      fileProblems.push({
        row: 1,
        field: `rows.1.${column}`,
        column: null,
        code: 'csv_missing_column',
        params: { column: columnTitles[column] },
      });
    }
  }
  if (!position.has('consentPurpose') && !defaults.consentPurpose) {
    fileProblems.push({
      row: 1,
      field: 'rows.1.consentPurpose',
      column: null,
      code: 'csv_missing_column',
      params: { column: columnTitles.consentPurpose },
    });
  }
  const dataRows = records
    .map((fields, index) => ({ fields, row: index + 2 }))
    .filter(({ fields }) => !isBlankRecord(fields));
  if (dataRows.length === 0) fileProblems.push({ row: 1, field: 'csv', column: null, code: 'csv_empty' });
  if (dataRows.length > maxImportRows) {
    fileProblems.push({
      row: 1,
      field: 'csv',
      column: null,
      code: 'csv_too_many_rows',
      params: { maximum: maxImportRows },
    });
  }
  if (fileProblems.length > 0) return { columns, rows: [], fileProblems };

  const firstRowOfPhone = new Map<string, number>();
  const rows = dataRows.map(({ fields, row }) => {
    const result = readRow(fields, row, headers, position, defaults, districtOf, now);
    const phone = result.input?.phone;
    if (phone) {
      const first = firstRowOfPhone.get(phone);
      if (first === undefined) firstRowOfPhone.set(phone, row);
      else {
        result.problems.push({
          row,
          field: `rows.${row}.phone`,
          column: headers[position.get('phone') ?? -1] ?? null,
          code: 'duplicate_in_file',
          params: { row: first },
        });
        result.input = null;
      }
    }
    return result;
  });
  return { columns, rows, fileProblems };
}

function readRow(
  fields: readonly string[],
  row: number,
  headers: readonly string[],
  position: ReadonlyMap<ImportColumn, number>,
  defaults: ImportDefaults,
  districtOf: (typed: string) => string | undefined,
  now: Date,
): ImportRow {
  const problems: ImportProblem[] = [];
  const cell = (column: ImportColumn): string => {
    const index = position.get(column);
    return index === undefined ? '' : (fields[index] ?? '').trim();
  };
  const headerOf = (column: ImportColumn): string | null => {
    const index = position.get(column);
    return index === undefined ? null : (headers[index] ?? null);
  };
  const problem = (
    column: ImportColumn | null,
    field: string,
    code: string,
    params?: Record<string, string | number>,
  ): void => {
    problems.push({
      row,
      field: `rows.${row}.${field}`,
      column: column ? headerOf(column) : null,
      code,
      ...(params ? { params } : {}),
    });
  };
  /** A cell read by `parse`: empty → `empty`; unreadable → a problem named `code`. */
  const read = <T>(
    column: ImportColumn,
    field: string,
    parse: (v: string) => T | undefined,
    empty: T,
    code = 'invalid_value',
  ): T => {
    const value = cell(column);
    if (value === '') return empty;
    const parsedValue = parse(value);
    if (parsedValue === undefined) {
      problem(column, field, code);
      return empty;
    }
    return parsedValue;
  };

  const phoneText = cell('phone');
  const phone = phoneText === '' ? null : toE164(phoneText);
  if (phoneText === '') problem('phone', 'phone', 'required');
  else if (!phone) problem('phone', 'phone', 'invalid_phone');
  const name = cell('name');
  if (name === '') problem('name', 'name', 'required');
  const sex = read('sex', 'sex', sexOf, null);
  if (cell('sex') === '') problem('sex', 'sex', 'required');
  const dateOfBirth = read('dateOfBirth', 'dateOfBirth', parseDay, null, 'not_a_date');
  if (cell('dateOfBirth') === '') problem('dateOfBirth', 'dateOfBirth', 'required');
  const weight = read('weight', 'weightBand', parseWeight, null);
  if (cell('weight') === '') problem('weight', 'weightBand', 'required');
  const bloodGroup = read('bloodGroup', 'bloodGroup', parseBloodGroup, null);
  const districtText = cell('district');
  let district: string | null = defaults.district ?? null;
  if (districtText !== '') {
    district = districtOf(districtText) ?? null;
    if (!district) problem('district', 'district', 'unknown_district');
  } else if (!district) problem('district', 'district', 'required');
  const productsText = cell('products');
  const products: DonorProduct[] = [];
  for (const word of productsText
    .split(/[;,]/)
    .map((w) => w.trim())
    .filter((w) => w !== '')) {
    const product = productOf(word);
    if (!product) {
      problem('products', 'products', 'invalid_value');
      break;
    }
    if (!products.includes(product)) products.push(product);
  }
  const category = read('category', 'category', categoryOf, defaults.category ?? 'citizen');
  const language = read('language', 'language', languageOf, 'hi' as Language);
  const preferredChannel = read('preferredChannel', 'preferredChannel', channelOf, 'whatsapp' as const);
  const lastDonation = read('lastDonation', 'lastDonation', parseDay, null, 'not_a_date');
  const firstTimeDonor = read('firstTimeDonor', 'firstTimeDonor', yesNoOf, false);
  const consentPurpose = cell('consentPurpose') || defaults.consentPurpose || '';
  if (consentPurpose === '') problem('consentPurpose', 'consentPurpose', 'required');

  const seen = { name: name || null, phone, bloodGroup, district, category };
  const candidate = {
    phone: phone ?? phoneText,
    name,
    sex,
    dateOfBirth,
    weightBand: weight?.weightBand ?? null,
    weightKg: weight?.weightKg ?? null,
    bloodGroup,
    district: district ?? '',
    locality: cell('locality') || null,
    pincode: cell('pincode') || null,
    ...(products.length > 0 ? { products } : {}),
    category,
    language,
    preferredChannel,
    firstTimeDonor,
    lastDonation,
    consentPurpose,
  };
  const checked = donorInput.safeParse(candidate);
  const reported = new Set(problems.map((p) => p.field));
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field = key === 'weightKg' || key === 'weightBand' ? weightField(weight?.weightKg ?? null) : key;
      const column = (key === 'weightKg' || key === 'weightBand' ? 'weight' : key) as ImportColumn;
      if (reported.has(`rows.${row}.${field}`)) continue;
      reported.add(`rows.${row}.${field}`);
      problem(
        position.has(column) ? column : null,
        field,
        issueCode(issue as { code: string; message: string; input?: unknown }),
      );
    }
  }
  // Donating age and weight, for whatever could be read of them (a bad phone does not hide a child's birthday).
  for (const p of registrationProblems(
    { dateOfBirth, weightBand: weight?.weightBand ?? null, weightKg: weight?.weightKg ?? null, lastDonation },
    now,
  )) {
    if (reported.has(`rows.${row}.${p.field}`)) continue;
    problem(p.field === 'weightBand' || p.field === 'weightKg' ? 'weight' : p.field, p.field, p.code);
  }
  return {
    row,
    input: checked.success && problems.length === 0 ? checked.data : null,
    problems,
    ...seen,
  };
}
