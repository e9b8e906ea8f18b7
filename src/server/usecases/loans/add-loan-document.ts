// A document kept with a loan (prescription, oximeter photo, ID): its type sniffed from the bytes and its size
// checked before anything is written; then the file goes under the data folder (named by its SHA-256, so the same
// file twice is kept once) and the row and a `document_added` event are written together. If the row cannot be
// written, the file is removed again.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { LoanDocumentView } from '../../../shared/contracts/loans.js';
import { loanDocumentMaxBytes, type LoanDocumentKind } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { loanDocuments, users } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { presentLoanDocument } from '../../presenters/loan.js';
import { documentExtension, sniffDocumentType } from './document-type.js';
import { lockLoanFor, recordLoanEvent } from './loan-action.js';

export const loanDocumentsFolder = 'loan-documents';

const rejected = (reason: 'empty' | 'type_not_allowed') =>
  new AppError('document_rejected', { reasonKey: `loan_document.${reason}` });

export async function addLoanDocument(
  deps: { db: Db; dataDir: string },
  actor: Actor,
  loanId: string,
  upload: { kind: LoanDocumentKind; bytes: Buffer },
): Promise<LoanDocumentView> {
  const { db } = deps;
  if (upload.bytes.length === 0) throw rejected('empty');
  if (upload.bytes.length > loanDocumentMaxBytes) {
    throw new AppError('body_too_large', { limit: loanDocumentMaxBytes });
  }
  const contentType = sniffDocumentType(upload.bytes);
  if (!contentType) throw rejected('type_not_allowed');
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  const now = new Date();

  let written: string | null = null;
  try {
    const row = await db.transaction(async (tx) => {
      // Checked before the file is written: out of reach → not found, nothing on disk.
      const { row: loan } = await lockLoanFor(tx, actor, loanId, 'addDocument');
      const [existing] = await tx
        .select()
        .from(loanDocuments)
        .where(and(eq(loanDocuments.loanId, loan.id), eq(loanDocuments.sha256, sha256)));
      if (existing) return existing;
      const key = path.posix.join(
        loanDocumentsFolder,
        loan.organisationId,
        loan.id,
        `${sha256}.${documentExtension[contentType]}`,
      );
      const file = path.join(deps.dataDir, key);
      await mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.${randomBytes(4).toString('hex')}.part`;
      await writeFile(partial, upload.bytes, { flag: 'wx' });
      await rename(partial, file);
      written = file;
      const [inserted] = await tx
        .insert(loanDocuments)
        .values({
          loanId: loan.id,
          organisationId: loan.organisationId,
          kind: upload.kind,
          contentType,
          sizeBytes: upload.bytes.length,
          sha256,
          storage: 'data_dir',
          storageKey: key,
          uploadedById: actor.userId,
          uploadedAt: now,
        })
        .returning();
      if (!inserted) throw new Error('no document');
      await recordLoanEvent(tx, loan, {
        type: 'document_added',
        actorId: actor.userId,
        at: now,
        details: { documentId: inserted.id, kind: upload.kind },
      });
      return inserted;
    });
    const [uploader] = row.uploadedById
      ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.uploadedById))
      : [];
    return presentLoanDocument(row, uploader?.name ?? null);
  } catch (error) {
    if (written) await rm(written, { force: true });
    throw error;
  }
}
