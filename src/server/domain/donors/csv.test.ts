import { describe, expect, it } from 'vitest';
import { detectSeparator, isBlankRecord, parseCsv } from './csv.js';

const records = (text: string, options?: Parameters<typeof parseCsv>[1]): string[][] => {
  const result = parseCsv(text, options);
  if (!result.ok) throw new Error(`unexpected problem ${JSON.stringify(result.problem)}`);
  return result.records;
};

describe('parseCsv', () => {
  it('reads plain records separated by LF or CRLF, with or without a final line break', () => {
    expect(records('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(records('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(records('a,b,c\r\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('takes a lone CR as a line break (old spreadsheet exports)', () => {
    expect(records('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields, at the start, in the middle and at the end', () => {
    expect(records(',b,\n1,,3')).toEqual([
      ['', 'b', ''],
      ['1', '', '3'],
    ]);
  });

  it('reads quoted fields with separators, line breaks and doubled quotes inside', () => {
    expect(records('name,note\r\n"Sharma, Ravi","said ""yes""\r\non the phone"\r\n')).toEqual([
      ['name', 'note'],
      ['Sharma, Ravi', 'said "yes"\r\non the phone'],
    ]);
  });

  it('reads an empty quoted field as empty, and a quoted field at the very end of the text', () => {
    expect(records('a,"",c\n"x"')).toEqual([['a', '', 'c'], ['x']]);
    expect(records('""')).toEqual([['']]);
  });

  it('drops a UTF-8 byte-order mark before the first header', () => {
    expect(records('\uFEFFphone,name\n9839012345,Ravi')).toEqual([
      ['phone', 'name'],
      ['9839012345', 'Ravi'],
    ]);
  });

  it('keeps Devanagari text (and its combining marks) exactly', () => {
    const text = 'फ़ोन,नाम,रक्त समूह,ज़िला\n9839012345,"रवि कुमार, हवलदार",बी+,कानपुर नगर\n';
    expect(records(text)).toEqual([
      ['फ़ोन', 'नाम', 'रक्त समूह', 'ज़िला'],
      ['9839012345', 'रवि कुमार, हवलदार', 'बी+', 'कानपुर नगर'],
    ]);
  });

  it('keeps a quote inside an unquoted field as it is', () => {
    expect(records('height,name\n5\'10",Ravi')).toEqual([
      ['height', 'name'],
      ['5\'10"', 'Ravi'],
    ]);
  });

  it('reads a blank line in the middle as a record of one empty field', () => {
    const read = records('a,b\n\n1,2\n');
    expect(read).toEqual([['a', 'b'], [''], ['1', '2']]);
    expect(read.map(isBlankRecord)).toEqual([false, true, false]);
  });

  it('says which record an unterminated quote starts on', () => {
    expect(parseCsv('a,b\n1,2\n3,"never closed\n4,5\n')).toEqual({
      ok: false,
      problem: { code: 'csv_unterminated_quote', record: 3 },
    });
  });

  it('refuses text after a closing quote, naming the record', () => {
    expect(parseCsv('a,b\n"x"y,2\n')).toEqual({ ok: false, problem: { code: 'csv_text_after_quote', record: 2 } });
  });

  it('stops after maxRecords records', () => {
    expect(records('h\n1\n2\n3\n4\n', { maxRecords: 3 })).toEqual([['h'], ['1'], ['2']]);
    expect(records('h\n1\n2', { maxRecords: 3 })).toEqual([['h'], ['1'], ['2']]);
  });

  it('reads semicolon- and tab-separated files by their header line', () => {
    expect(records('phone;name\n9839012345;"Ravi; Kumar"')).toEqual([
      ['phone', 'name'],
      ['9839012345', 'Ravi; Kumar'],
    ]);
    expect(records('phone\tname\n9839012345\tRavi, Kumar')).toEqual([
      ['phone', 'name'],
      ['9839012345', 'Ravi, Kumar'],
    ]);
  });

  it('reads nothing from an empty text', () => {
    expect(records('')).toEqual([]);
    expect(records('\uFEFF')).toEqual([]);
  });
});

describe('detectSeparator', () => {
  it('counts only the header line, outside quotes, and prefers the comma on a tie', () => {
    expect(detectSeparator('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectSeparator('"a,b";c;d\n')).toBe(';');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('a;b,c')).toBe(',');
    expect(detectSeparator('single')).toBe(',');
  });
});

describe('isBlankRecord', () => {
  it('is true only when every field is empty or spaces', () => {
    expect(isBlankRecord(['', '  ', '\t'])).toBe(true);
    expect(isBlankRecord(['', 'x'])).toBe(false);
  });
});
