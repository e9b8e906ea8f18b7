// A loan's document, for those who may read the loan: its bytes from the data folder with the type it was sniffed as.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { LoanDocumentType } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { loanDocuments, loans } from '../../db/schema/index.js';
import { lendingAccess } from '../../domain/lending/abilities.js';
import { notFound } from '../../errors.js';
import { requireLending } from './loan-action.js';

export async function readLoanDocument(
  deps: { db: Db; dataDir: string },
  actor: Actor,
  loanId: string,
  documentId: string,
): Promise<{ contentType: LoanDocumentType; bytes: Buffer }> {
  requireLending(actor);
  const [found] = await deps.db
    .select({ document: loanDocuments, organisationId: loans.organisationId, districtCode: loans.districtCode })
    .from(loanDocuments)
    .innerJoin(loans, eq(loans.id, loanDocuments.loanId))
    .where(and(eq(loanDocuments.id, documentId), eq(loanDocuments.loanId, loanId)));
  if (!found || lendingAccess(actor, found) === 'none') throw notFound();
  const bytes = await readFile(path.join(deps.dataDir, found.document.storageKey)).catch(() => null);
  if (!bytes) throw notFound();
  return { contentType: found.document.contentType, bytes };
}
