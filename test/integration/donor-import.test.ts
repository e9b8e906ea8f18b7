// CSV import of a donor list: the preview says what each row would do and writes nothing; the import writes every
// row in one transaction, or — when any row is wrong — nothing at all, naming each row's problems in the caller's
// language. Importing is a coordinator's call.
import { and, count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, donors } from '../../src/server/db/schema/index.js';
import type { DonorImportPreview, DonorImportResult } from '../../src/shared/contracts/donors.js';
import { freshPhone } from '../factories/cases.js';
import { createDonor } from '../factories/donors.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({ roles: ['coordinatorKanpur', 'operatorKanpur', 'coordinatorPrayagraj'] });
const coordinator = t.client('coordinatorKanpur');

const national = (e164: string): string => e164.slice(3);

async function registered(phones: string[]): Promise<number> {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(donors)
    .where(and(eq(donors.organisationId, t.world.orgA.id), inArray(donors.phone, phones)));
  return row?.n ?? 0;
}

/** The police lines' roster, headed in Hindi. */
function roster(rows: Array<[string, string, string, string, string, string]>): string {
  return ['नाम,मोबाइल,लिंग,जन्म तिथि,वज़न,ब्लड ग्रुप', ...rows.map((r) => r.join(','))].join('\r\n');
}

const body = (csv: string) => ({
  organisationId: t.world.orgA.id,
  district: t.world.kanpur,
  category: 'police',
  consentPurpose: 'To be asked for blood by the police lines’ blood group',
  csv,
});

describe('importing a donor list', () => {
  it('previews without writing, then imports every row in one go; a second import updates', async () => {
    const existing = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    const phones = [freshPhone(), freshPhone(), existing.phone];
    const csv = roster([
      ['Constable Ram Singh', national(phones[0] ?? ''), 'पुरुष', '12/03/1990', '72', 'B+'],
      ['Constable Sita Devi', national(phones[1] ?? ''), 'महिला', '1995-07-01', '45-55', 'O positive'],
      ['SI Mohan Lal', national(phones[2] ?? ''), 'M', '01/01/1980', '80', 'पता नहीं'],
    ]);
    const preview = await coordinator.request({
      method: 'POST',
      url: '/api/v1/donors/import/preview',
      payload: body(csv),
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const seen = preview.json() as DonorImportPreview;
    expect(seen).toMatchObject({ rows: 3, new: 2, updates: 1, errors: 0, problems: [] });
    expect(seen.columns.map((c) => c.field)).toEqual(['name', 'phone', 'sex', 'dateOfBirth', 'weight', 'bloodGroup']);
    expect(seen.sample.map((s) => [s.row, s.action, s.bloodGroup, s.category])).toEqual([
      [2, 'new', 'B+', 'police'],
      [3, 'new', 'O+', 'police'],
      [4, 'update', null, 'police'],
    ]);
    expect(seen.sample.every((s) => s.phone?.includes('xxx'))).toBe(true);
    expect(await registered(phones.slice(0, 2))).toBe(0);

    const imported = await coordinator.request({ method: 'POST', url: '/api/v1/donors/import', payload: body(csv) });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json() as DonorImportResult).toEqual({ rows: 3, created: 2, updated: 1 });
    expect(await registered(phones)).toBe(3);
    const [ram] = await t.database.db
      .select()
      .from(donors)
      .where(eq(donors.phone, phones[0] ?? ''));
    expect(ram).toMatchObject({ source: 'import', category: 'police', dateOfBirth: '1990-03-12', weightKg: 72 });
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'donor.imported'), eq(auditEvents.actorId, t.world.coordinatorKanpur.id)));
    expect(audit.at(-1)?.details).toEqual({ rows: 3, created: 2, updated: 1 });

    const again = await coordinator.request({ method: 'POST', url: '/api/v1/donors/import', payload: body(csv) });
    expect(again.json() as DonorImportResult).toEqual({ rows: 3, created: 0, updated: 3 });
    expect(await registered(phones)).toBe(3);
  });

  it('refuses the whole file when a row is wrong, naming row and field in Hindi, and writes nothing', async () => {
    const phones = [freshPhone(), freshPhone(), freshPhone()];
    const csv = roster([
      ['Constable A', national(phones[0] ?? ''), 'पुरुष', '12/03/1990', '72', 'B+'],
      ['Constable B', national(phones[1] ?? ''), 'पुरुष', '31/02/1990', '72', 'B+'],
      ['Constable C', national(phones[2] ?? ''), 'पुरुष', '12/03/2015', '40', 'Q+'],
    ]);
    const hindi = { 'accept-language': 'hi' };
    const preview = await coordinator.request({
      method: 'POST',
      url: '/api/v1/donors/import/preview',
      payload: body(csv),
      headers: hindi,
    });
    const seen = preview.json() as DonorImportPreview;
    expect(seen).toMatchObject({ rows: 3, new: 1, errors: 2 });
    expect(seen.problems.map((p) => [p.field, p.column, p.code])).toEqual([
      ['rows.3.dateOfBirth', 'जन्म तिथि', 'not_a_date'],
      ['rows.4.bloodGroup', 'ब्लड ग्रुप', 'invalid_value'],
      ['rows.4.dateOfBirth', 'जन्म तिथि', 'donor_age'],
      ['rows.4.weightKg', 'वज़न', 'donor_weight'],
    ]);
    for (const p of seen.problems) expect(p.message).toMatch(/[\u0900-\u097F]/);

    const refused = await coordinator.request({
      method: 'POST',
      url: '/api/v1/donors/import',
      payload: body(csv),
      headers: hindi,
    });
    const problem = expectProblem(refused, 400, 'validation_failed');
    expect(problem.title).toMatch(/[\u0900-\u097F]/);
    expect(problem.errors?.map((e) => e.field)).toEqual([
      'rows.3.dateOfBirth',
      'rows.4.bloodGroup',
      'rows.4.dateOfBirth',
      'rows.4.weightKg',
    ]);
    expect(await registered(phones)).toBe(0);
  });

  it('refuses a file with a missing column, and rows in a district the organisation does not serve', async () => {
    const missing = await coordinator.request({
      method: 'POST',
      url: '/api/v1/donors/import',
      payload: body('name,phone\nA,9839012345'),
    });
    const codes = expectProblem(missing, 400, 'validation_failed').errors?.map((e) => e.code);
    expect(codes).toEqual(['csv_missing_column', 'csv_missing_column', 'csv_missing_column']);

    const phone = freshPhone();
    const elsewhere = await coordinator.request({
      method: 'POST',
      url: '/api/v1/donors/import',
      payload: body(`phone,name,sex,dob,weight,district\n${national(phone)},A,male,1990-01-01,70,Prayagraj`),
    });
    expect(expectProblem(elsewhere, 400, 'validation_failed').errors?.[0]).toMatchObject({
      field: 'rows.2.district',
      code: 'district_not_served',
    });
    expect(await registered([phone])).toBe(0);
  });

  it('is a coordinator’s call, for their own organisation', async () => {
    const csv = roster([['A', national(freshPhone()), 'M', '1990-01-01', '70', 'A+']]);
    expectProblem(
      await t.client('operatorKanpur').request({ method: 'POST', url: '/api/v1/donors/import', payload: body(csv) }),
      403,
      'forbidden',
    );
    expectProblem(
      await t
        .client('coordinatorPrayagraj')
        .request({ method: 'POST', url: '/api/v1/donors/import/preview', payload: body(csv) }),
      403,
      'forbidden',
    );
  });
});
