import { eq } from 'drizzle-orm';
import type { PublicStatusView } from '../../../shared/contracts/public.js';
import type { Db } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { normaliseReference } from '../../domain/cases/reference.js';
import { notFound } from '../../errors.js';

/**
 * Status for the person who asked: the reference and the last four digits of a phone on the request.
 * Any mismatch is the same "not found", so the page confirms nothing to someone guessing.
 */
export async function getPublicStatus(
  db: Db,
  reference: string,
  phoneLast4: string,
  now = new Date(),
): Promise<PublicStatusView> {
  const [row] = await db
    .select()
    .from(cases)
    .where(eq(cases.reference, normaliseReference(reference)));
  if (!row || !row.requesterPhones.some((p) => p.endsWith(phoneLast4))) throw notFound();
  const end = row.fulfilledAt ?? row.closedAt ?? now;
  return {
    reference: row.reference,
    status: row.status,
    requestedAt: row.firstMessageAt.toISOString(),
    minutes: Math.max(0, Math.floor((end.getTime() - row.firstMessageAt.getTime()) / 60_000)),
    fulfilledAt: row.fulfilledAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}
