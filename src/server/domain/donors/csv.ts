// A small RFC 4180 reader for the donor lists coordinators upload (the police lines' roster, a camp's register):
// comma-separated values, fields in double quotes may hold commas, line breaks and doubled quotes (""), records end
// in CRLF or LF (a lone CR too, as old spreadsheet exports write). A UTF-8 byte-order mark is dropped. Spreadsheets
// saved in Indian locales sometimes use semicolons or tabs: the header line decides the separator.
// Pure: text in, records out, or the first problem and the record it is on.

export type CsvProblem =
  /** A quoted field that is never closed: everything after its opening quote would be one value. */
  | { code: 'csv_unterminated_quote'; record: number }
  /** Characters after a closing quote and before the separator (`"abc"def`): the value's end is unclear. */
  | { code: 'csv_text_after_quote'; record: number };

export type CsvResult = { ok: true; records: string[][] } | { ok: false; problem: CsvProblem };

export type CsvSeparator = ',' | ';' | '\t';

/**
 * The separator the header line uses: the one of comma, semicolon and tab that occurs most often outside quotes
 * (a comma when there is a tie or none at all, RFC 4180's own).
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Every record as its fields, in order; record numbers in problems count from 1 (the header). A final line break
 * does not make an empty record; an empty line in the middle is a record of one empty field (the caller decides
 * whether blank records count). Stops reading after `maxRecords` records (the caller then refuses the file).
 */
export function parseCsv(input: string, options: { separator?: CsvSeparator; maxRecords?: number } = {}): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = options.separator ?? detectSeparator(text);
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  const endRecord = (): void => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < n && records.length < maxRecords) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      // A quoted field: read to the closing quote, a doubled quote standing for one.
      const startRecord = records.length + 1;
      let j = i + 1;
      let value = '';
      for (;;) {
        const close = text.indexOf('"', j);
        if (close === -1) return { ok: false, problem: { code: 'csv_unterminated_quote', record: startRecord } };
        value += text.slice(j, close);
        if (text[close + 1] === '"') {
          value += '"';
          j = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      field = value;
      const next = text[i];
      if (i < n && next !== separator && next !== '\n' && next !== '\r') {
        return { ok: false, problem: { code: 'csv_text_after_quote', record: startRecord } };
      }
      if (i >= n) {
        endRecord();
        break;
      }
      continue;
    }
    if (ch === separator) {
      record.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // Unquoted text runs to the next separator or line break; a quote inside it is kept as it is (lenient:
      // spreadsheets write `5'10"` unquoted now and then).
      let j = i;
      while (j < n) {
        const c = text[j];
        if (c === separator || c === '\r' || c === '\n') break;
        j += 1;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  // The last record, when the text does not end in a line break.
  if (records.length < maxRecords && (field !== '' || record.length > 0)) endRecord();
  return { ok: true, records };
}

/** A record with nothing in it (a blank line, or only separators and spaces). */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}
