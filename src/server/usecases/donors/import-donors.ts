import type { DonorImportResult } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { checkDonorImport, type DonorImportInput } from './read-donor-import.js';
import { registerDonor } from './register-donor.js';

/** The field errors a refused file answers with (the problem lists them in the caller's language). */
const maxFieldErrors = 1000;

/**
 * POST /donors/import: a file with any problem is refused whole (400, each row's problems named); otherwise every
 * row is registered through the registry's one way in, all in one transaction, and the import is audited.
 */
export async function importDonors(
  db: Db,
  actor: Actor,
  body: DonorImportInput,
  ip: string | null,
): Promise<DonorImportResult> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const checked = await checkDonorImport(tx, actor, body, now);
    if (checked.problems.length > 0) {
      throw new AppError(
        'validation_failed',
        { count: checked.problems.length },
        checked.problems
          .slice(0, maxFieldErrors)
          .map((p) => ({ field: p.field, code: p.code, ...(p.params ? { params: p.params } : {}) })),
      );
    }
    let created = 0;
    for (const row of checked.rows) {
      if (!row.input) continue;
      const result = await registerDonor(tx, {
        organisationId: body.organisationId,
        input: row.input,
        source: 'import',
        actorId: actor.userId,
        now,
        fieldPrefix: `rows.${row.row}.`,
      });
      if (result.created) created += 1;
    }
    const summary = { rows: checked.rows.length, created, updated: checked.rows.length - created };
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'donor.imported',
      subjectType: 'organisation',
      subjectId: body.organisationId,
      organisationIds: [body.organisationId],
      ip,
      details: summary,
    });
    return summary;
  });
}
