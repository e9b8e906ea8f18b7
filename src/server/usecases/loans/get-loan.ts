// One loan as the reader sees it: its item, depot and case, documents, history newest first, the numbers shown only
// while the reader's reveal lasts, and what they may do with it.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { LoanDetail } from '../../../shared/contracts/loans.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { lendingPolicyFor } from '../../db/queries/lending-policies.js';
import {
  auditEvents,
  cases,
  depots,
  equipmentItems,
  loanDocuments,
  loanEvents,
  loans,
  organisations,
  users,
} from '../../db/schema/index.js';
import { canUseLending, loanAbilities, presentCan } from '../../domain/lending/abilities.js';
import { revealedUntil } from '../../domain/privacy/reveal.js';
import { forbidden, notFound } from '../../errors.js';
import { presentLoanDetail, type LoanRow } from '../../presenters/loan.js';

/** When this person last revealed this loan's numbers (each reveal is in the audit log), or null. */
export async function lastLoanReveal(db: DbOrTx, loanId: string, userId: string): Promise<Date | null> {
  const [last] = await db
    .select({ at: auditEvents.at })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, 'loan.contact_revealed'),
        eq(auditEvents.subjectId, loanId),
        eq(auditEvents.actorId, userId),
      ),
    )
    .orderBy(desc(auditEvents.at))
    .limit(1);
  return last?.at ?? null;
}

/** A loan row the reader may see, as its full record. */
export async function presentLoanFor(db: DbOrTx, actor: Actor, row: LoanRow, now = new Date()): Promise<LoanDetail> {
  const policy = await lendingPolicyFor(db, row.organisationId);
  const abilities = loanAbilities(
    actor,
    {
      organisationId: row.organisationId,
      districtCode: row.districtCode,
      status: row.status,
      handedOverAt: row.handedOverAt,
      extensions: row.extensions,
      deposit: { amount: row.depositAmount, refunded: row.depositRefunded, deducted: row.depositDeducted },
    },
    policy,
  );
  if (!abilities.read) throw notFound();
  const accessoryIds = row.accessories.flatMap((a) => (a.itemId ? [a.itemId] : []));
  const depotIds = [row.depotId, ...(row.returnDepotId ? [row.returnDepotId] : [])];
  const [organisation, directory, kase, itemRows, depotRows, documents, events, lastReveal] = await Promise.all([
    db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId)),
    districtDirectory(db),
    db.select({ reference: cases.reference }).from(cases).where(eq(cases.id, row.caseId)),
    db
      .select()
      .from(equipmentItems)
      .where(inArray(equipmentItems.id, [row.itemId, ...accessoryIds])),
    db.select({ id: depots.id, name: depots.name }).from(depots).where(inArray(depots.id, depotIds)),
    db.select().from(loanDocuments).where(eq(loanDocuments.loanId, row.id)).orderBy(asc(loanDocuments.uploadedAt)),
    db.select().from(loanEvents).where(eq(loanEvents.loanId, row.id)).orderBy(asc(loanEvents.id)),
    abilities.revealContact === true ? lastLoanReveal(db, row.id, actor.userId) : Promise.resolve(null),
  ]);
  const people = [row.handedOverById, ...documents.map((d) => d.uploadedById), ...events.map((e) => e.actorId)].filter(
    (id): id is string => id !== null,
  );
  const names =
    people.length > 0
      ? await db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, [...new Set(people)]))
      : [];
  const items = new Map(itemRows.map((i) => [i.id, i]));
  const item = items.get(row.itemId);
  if (!item) throw notFound();
  const depotNames = new Map(depotRows.map((d) => [d.id, d.name]));
  return presentLoanDetail(
    row,
    {
      organisationName: organisation[0]?.name ?? '',
      district: directory.get(row.districtCode),
      caseReference: kase[0]?.reference ?? '',
      item,
      depotName: depotNames.get(row.depotId) ?? '',
      names: new Map(names.map((n) => [n.id, n.name])),
      accessoryItems: items,
      returnDepot: row.returnDepotId ? { id: row.returnDepotId, name: depotNames.get(row.returnDepotId) ?? '' } : null,
      documents,
      events,
      revealedUntil: revealedUntil(lastReveal, now),
      can: presentCan(abilities),
    },
    now,
  );
}

export async function getLoan(db: DbOrTx, actor: Actor, loanId: string): Promise<LoanDetail> {
  if (!canUseLending(actor)) throw forbidden();
  const [row] = await db.select().from(loans).where(eq(loans.id, loanId));
  if (!row) throw notFound();
  return presentLoanFor(db, actor, row);
}
