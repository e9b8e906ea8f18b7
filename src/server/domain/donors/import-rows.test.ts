import { describe, expect, it } from 'vitest';
import { columnFor, parseBloodGroup, parseDay, parseWeight, readDonorImport } from './import-rows.js';

const now = new Date('2027-01-15T10:00:00+05:30');
const districtOf = (typed: string): string | undefined =>
  ({ kanpur: 'UP-KNP', 'kanpur nagar': 'UP-KNP', 'कानपुर नगर': 'UP-KNP', 'UP-KNP': 'UP-KNP' })[typed.toLowerCase()] ??
  ({ 'कानपुर नगर': 'UP-KNP' } as Record<string, string>)[typed];

describe('reading a donor list', () => {
  it('reads Hindi headers in any order, Indian dates, kilograms and "O positive"', () => {
    const csv =
      '\ufeffनाम,मोबाइल नंबर,लिंग,जन्म तिथि,वज़न,ब्लड ग्रुप,ज़िला,श्रेणी,पहली बार,Shoe size\r\n' +
      'रमेश कुमार,98390 12345,पुरुष,10/05/1994,62 kg,O positive,कानपुर नगर,पुलिस,नहीं,9\r\n';
    const read = readDonorImport(csv, { consentPurpose: 'Police lines blood donors' }, districtOf, now);
    expect(read.fileProblems).toEqual([]);
    expect(read.columns.at(-1)).toEqual({ header: 'Shoe size', field: null });
    const [row] = read.rows;
    expect(row?.problems).toEqual([]);
    expect(row?.input).toMatchObject({
      name: 'रमेश कुमार',
      phone: '+919839012345',
      sex: 'male',
      dateOfBirth: '1994-05-10',
      weightKg: 62,
      weightBand: '>55',
      bloodGroup: 'O+',
      district: 'UP-KNP',
      category: 'police',
      firstTimeDonor: false,
      products: ['whole_blood'],
      language: 'hi',
      consentPurpose: 'Police lines blood donors',
    });
  });

  it('names each problem by spreadsheet row and column, and refuses the same phone twice', () => {
    const csv = [
      'phone,name,sex,dob,weight,group,district,consent',
      '9839012345,A,male,1994-05-10,>55,B+,Kanpur,yes',
      '9839012345,B,female,1990-01-01,45-55,,Kanpur,yes',
      '12,C,x,31/02/1990,30,Z+,Atlantis,yes',
      ',,,,,,,',
      '9839012399,D,f,2012-01-01,60,AB-ve,Kanpur,yes',
    ].join('\n');
    const read = readDonorImport(csv, {}, districtOf, now);
    expect(read.rows.map((r) => r.row)).toEqual([2, 3, 4, 6]);
    expect(read.rows[0]?.input?.bloodGroup).toBe('B+');
    expect(read.rows[1]?.problems).toEqual([
      { row: 3, field: 'rows.3.phone', column: 'phone', code: 'duplicate_in_file', params: { row: 2 } },
    ]);
    expect(read.rows[2]?.problems.map((p) => [p.field, p.code])).toEqual([
      ['rows.4.phone', 'invalid_phone'],
      ['rows.4.sex', 'invalid_value'],
      ['rows.4.dateOfBirth', 'not_a_date'],
      ['rows.4.bloodGroup', 'invalid_value'],
      ['rows.4.district', 'unknown_district'],
      ['rows.4.weightKg', 'donor_weight'],
    ]);
    expect(read.rows[3]?.problems).toEqual([{ row: 6, field: 'rows.6.dateOfBirth', column: 'dob', code: 'donor_age' }]);
    expect(read.rows[3]?.input).toBeNull();
  });

  it('refuses a file without a required column, an unreadable quote, or no rows', () => {
    expect(
      readDonorImport('name,phone\nA,9839012345', { consentPurpose: 'x' }, districtOf, now).fileProblems.map(
        (p) => p.code,
      ),
    ).toEqual(['csv_missing_column', 'csv_missing_column', 'csv_missing_column']);
    expect(readDonorImport('name,"phone\nA,1', {}, districtOf, now).fileProblems[0]?.code).toBe(
      'csv_unterminated_quote',
    );
    const header = 'phone,name,sex,dob,weight,consent\n';
    expect(readDonorImport(header, {}, districtOf, now).fileProblems.map((p) => p.code)).toEqual(['csv_empty']);
    expect(readDonorImport('phone,name,Phone\n', {}, districtOf, now).fileProblems[0]).toMatchObject({
      code: 'csv_duplicate_column',
      column: 'Phone',
    });
  });

  it('takes the body’s district, category and consent for rows without them', () => {
    const csv = 'phone,name,sex,dob,weight\n9839012345,A,M,1994-05-10,70';
    const read = readDonorImport(
      csv,
      { district: 'UP-KNP', category: 'police', consentPurpose: 'roster' },
      districtOf,
      now,
    );
    expect(read.rows[0]?.input).toMatchObject({ district: 'UP-KNP', category: 'police', consentPurpose: 'roster' });
    const missing = readDonorImport(csv, { consentPurpose: 'roster' }, districtOf, now);
    expect(missing.rows[0]?.problems.map((p) => p.code)).toEqual(['required']);
  });
});

describe('values as spreadsheets hold them', () => {
  it.each([
    ['A+', 'A+'],
    ['b -', 'B-'],
    ['O positive', 'O+'],
    ['AB +ve', 'AB+'],
    ['o neg', 'O-'],
    ['unknown', null],
    ['पता नहीं', null],
    ['', null],
    ['C+', undefined],
  ])('group %j → %j', (typed, expected) => {
    expect(parseBloodGroup(typed)).toBe(expected);
  });

  it.each([
    ['1994-05-10', '1994-05-10'],
    ['10/05/1994', '1994-05-10'],
    ['1-5-1994', '1994-05-01'],
    ['10.05.1994', '1994-05-10'],
    ['31/02/1994', undefined],
    ['05/10/94', undefined],
  ])('day %j → %j', (typed, expected) => {
    expect(parseDay(typed)).toBe(expected);
  });

  it.each([
    ['62', { weightKg: 62, weightBand: '>55' }],
    ['55 kg', { weightKg: 55, weightBand: '45-55' }],
    ['44.6', { weightKg: 45, weightBand: '45-55' }],
    ['<45', { weightKg: null, weightBand: '<45' }],
    ['45 - 55', { weightKg: null, weightBand: '45-55' }],
    ['heavy', undefined],
  ])('weight %j → %j', (typed, expected) => {
    expect(parseWeight(typed)).toEqual(expected);
  });

  it('knows headers in English and Hindi, with or without the nukta', () => {
    expect(columnFor('Date of Birth')).toBe('dateOfBirth');
    expect(columnFor('DOB')).toBe('dateOfBirth');
    expect(columnFor('वजन')).toBe('weight');
    expect(columnFor('वज़न')).toBe('weight');
    expect(columnFor('जिला')).toBe('district');
    expect(columnFor('Weight (kg)')).toBe('weight');
    expect(columnFor('Blood_Group')).toBe('bloodGroup');
    expect(columnFor('remarks')).toBeNull();
  });
});
