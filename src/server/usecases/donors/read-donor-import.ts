// A donor list read and checked for an organisation, without writing: the file's rows (domain/donors/import-rows.ts)
// and what only the database knows — the districts the organisation serves, those the importer coordinates, and
// which phones are registered already (an update, not a new donor). Preview and import read it the same way.
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { donorImportBody } from '../../../shared/contracts/donors.js';
import { isAdmin, type Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import type { DbOrTx } from '../../db/client.js';
import { districtDirectory, type DistrictEntry } from '../../db/queries/districts.js';
import { donors, organisations } from '../../db/schema/index.js';
import { canImportDonors } from '../../domain/blood/donor-abilities.js';
import {
  normaliseLabel,
  readDonorImport,
  type ImportProblem,
  type ImportRow,
} from '../../domain/donors/import-rows.js';
import { AppError, forbidden, notFound } from '../../errors.js';

export type DonorImportInput = z.output<typeof donorImportBody>;

export interface CheckedImport {
  columns: Array<{ header: string; field: string | null }>;
  rows: ImportRow[];
  /** The file's problems and every row's, in file order. */
  problems: ImportProblem[];
  /** Phones (E.164) already registered with the organisation. */
  registered: ReadonlySet<string>;
  directory: ReadonlyMap<string, DistrictEntry>;
}

/** Importing is a coordinator's call (or an administrator's): anyone else is refused before the file is read. */
function mayImportFor(actor: Actor, organisationId: string): boolean {
  if (isAdmin(actor)) return true;
  const scope = scopeFor(actor, 'health');
  return scope.kind === 'all' || scope.grants.some((g) => g.isCoordinator && g.organisationId === organisationId);
}

/**
 * District names as typed: English or Hindi name, or code. Where two states have a district of the same name,
 * the one the organisation serves wins.
 */
function districtReader(directory: ReadonlyMap<string, DistrictEntry>, served: readonly string[]) {
  const byName = new Map<string, string>();
  const entries = [...directory.values()].sort(
    (a, b) => Number(served.includes(a.code)) - Number(served.includes(b.code)),
  );
  for (const d of entries) {
    for (const label of [d.code, d.name, d.nameHi]) byName.set(normaliseLabel(label), d.code);
  }
  return (typed: string): string | undefined => byName.get(normaliseLabel(typed));
}

export async function checkDonorImport(
  db: DbOrTx,
  actor: Actor,
  body: DonorImportInput,
  now: Date,
): Promise<CheckedImport> {
  if (!mayImportFor(actor, body.organisationId)) throw forbidden();
  const [organisation] = await db
    .select({ districts: organisations.districts })
    .from(organisations)
    .where(eq(organisations.id, body.organisationId));
  if (!organisation) throw notFound();
  const served = organisation.districts;
  if (body.district && !served.includes(body.district)) {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'district', code: 'district_not_served' }]);
  }
  const directory = await districtDirectory(db);
  const read = readDonorImport(
    body.csv,
    { district: body.district, category: body.category, consentPurpose: body.consentPurpose },
    districtReader(directory, served),
    now,
  );
  for (const row of read.rows) {
    const district = row.input?.district;
    if (!row.input || !district) continue;
    const code = !served.includes(district)
      ? 'district_not_served'
      : !canImportDonors(actor, body.organisationId, district)
        ? 'out_of_scope'
        : null;
    if (code) {
      row.problems.push({ row: row.row, field: `rows.${row.row}.district`, column: null, code });
      row.input = null;
    }
  }
  const phones = read.rows.flatMap((r) => (r.input ? [r.input.phone] : []));
  const registered = new Set<string>();
  for (let i = 0; i < phones.length; i += 1000) {
    const found = await db
      .select({ phone: donors.phone })
      .from(donors)
      .where(and(eq(donors.organisationId, body.organisationId), inArray(donors.phone, phones.slice(i, i + 1000))));
    for (const f of found) registered.add(f.phone);
  }
  return {
    columns: read.columns,
    rows: read.rows,
    problems: [...read.fileProblems, ...read.rows.flatMap((r) => r.problems)],
    registered,
    directory,
  };
}
