// Lending a device from a case. The gate decides first (a severe reading escalates the case and lends nothing);
// then, in one transaction: the case locked, the loan inserted, the item taken by ONE conditional UPDATE (status
// 'available' → 'lent'), tracked accessories taken the same way, the ledger rows, the loan's events and the case's
// timeline. Two operators taking the same cylinder at once: the second UPDATE finds it lent (or the second insert
// hits loans_active_item_idx) and gets 409 `item_taken` naming the loan that has it; nothing of theirs is written.
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { lendBody, LoanDetail } from '../../../shared/contracts/loans.js';
import { deviceKinds, type DeviceKind } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db, type Tx } from '../../db/client.js';
import { uniqueViolation } from '../../db/errors.js';
import { lendingPolicyFor } from '../../db/queries/lending-policies.js';
import { equipmentItems, itemMovements, loans, users, type LoanAccessory } from '../../db/schema/index.js';
import { caseChange, type CaseBus } from '../../events/case-bus.js';
import { itemAbilities, lendingAbilities } from '../../domain/lending/abilities.js';
import { checkDeposit } from '../../domain/lending/deposits.js';
import { minutesToHandOver } from '../../domain/lending/handover-time.js';
import { checkLendingGate, spo2Band } from '../../domain/lending/lending-gate.js';
import { dueOn } from '../../domain/lending/loan-schedule.js';
import { loanReference } from '../../domain/lending/return-command.js';
import { AppError, notFound } from '../../errors.js';
import { lockCaseFor, recordCaseEvent, touchCase, type CaseRow } from '../cases/case-context.js';
import { escalateSevereGate } from './escalate-severe-gate.js';
import { presentLoanFor } from './get-loan.js';
import { activeDevicesOfCase } from './check-gate.js';
import { lendingError, recordLoanEvent, requireLending } from './loan-action.js';

/** The body as the route parsed it (defaults filled in). */
export type LendInput = z.output<typeof lendBody>;

/** Thrown inside the transaction when the item was not available; answered after the rollback. */
class ItemNotTaken extends Error {
  constructor(readonly itemId: string) {
    super('item_not_taken');
  }
}

const isDevice = (kind: string): kind is DeviceKind => (deviceKinds as readonly string[]).includes(kind);

async function freshReference(tx: Tx, organisationId: string): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const reference = loanReference(randomBytes(6));
    const [taken] = await tx
      .select({ id: loans.id })
      .from(loans)
      .where(and(eq(loans.organisationId, organisationId), eq(loans.reference, reference)));
    if (!taken) return reference;
  }
  throw new Error('no free loan reference');
}

/** Why the item could not be taken, read after the rollback: who has it, or what the ledger says it is. */
async function takenProblem(db: Db, itemId: string): Promise<AppError> {
  const [item] = await db.select().from(equipmentItems).where(eq(equipmentItems.id, itemId));
  const [holder] = await db
    .select({ id: loans.id, reference: loans.reference, lentAt: loans.lentAt, lentBy: users.name })
    .from(loans)
    .leftJoin(users, eq(users.id, loans.lentById))
    .where(and(eq(loans.itemId, itemId), eq(loans.status, 'active')));
  if (holder) {
    return new AppError('item_taken', {
      loanId: holder.id,
      reference: holder.reference,
      lentBy: holder.lentBy ?? '—',
      lentAt: kolkataTime(holder.lentAt),
    });
  }
  const status = item?.status ?? 'lost';
  return lendingError(status === 'available' ? 'item_lent' : (`item_${status}` as 'item_empty'));
}

/** A language-neutral Kolkata time for the 409's text ("2026-12-07 09:05"), read the same in Hindi and English. */
const kolkataTime = (at: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Kolkata',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(at);

async function takeAccessories(
  tx: Tx,
  accessories: readonly LoanAccessory[],
  loan: { id: string; organisationId: string },
  actorId: string,
  now: Date,
): Promise<void> {
  for (const a of accessories) {
    if (!a.itemId) continue;
    // The same one statement as the device: only an available accessory of that kind in the organisation.
    const [taken] = await tx
      .update(equipmentItems)
      .set({ status: 'lent', currentLoanId: loan.id, statusChangedAt: now, updatedAt: now })
      .where(
        and(
          eq(equipmentItems.id, a.itemId),
          eq(equipmentItems.organisationId, loan.organisationId),
          eq(equipmentItems.kind, a.kind),
          eq(equipmentItems.status, 'available'),
        ),
      )
      .returning();
    if (!taken) throw lendingError('accessory_unavailable');
    await tx.insert(itemMovements).values({
      organisationId: taken.organisationId,
      itemId: taken.id,
      kind: 'lent',
      fromStatus: 'available',
      toStatus: 'lent',
      fromDepotId: taken.depotId,
      toDepotId: taken.depotId,
      loanId: loan.id,
      actorId,
      at: now,
    });
  }
}

export async function lendDevice(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  input: LendInput,
): Promise<LoanDetail> {
  requireLending(actor);
  const { db } = deps;
  const now = new Date();
  const depositRefusal = checkDeposit(input.deposit);
  if (depositRefusal) throw lendingError(depositRefusal);

  // Below 90 the patient is referred to a hospital: the case is escalated (kept) and nothing is lent.
  if (spo2Band(input.gate.spo2) === 'severe' && input.gate.spo2 !== null) {
    const spo2 = input.gate.spo2;
    const escalated = await db.transaction(async (tx) => {
      const row = await lockCaseFor(tx, actor, input.caseId, 'edit');
      await escalateSevereGate(tx, actor, row, spo2, now);
      return row;
    });
    deps.bus?.publish(caseChange(escalated));
    throw lendingError('spo2_below_90');
  }

  let caseRow: CaseRow;
  let loanId: string;
  try {
    ({ caseRow, loanId } = await db.transaction(async (tx) => {
      const kase = await lockCaseFor(tx, actor, input.caseId, 'edit');
      const [item] = await tx.select().from(equipmentItems).where(eq(equipmentItems.id, input.itemId));
      if (!item || !itemAbilities(actor, item).read) throw notFound();
      if (!isDevice(item.kind)) throw lendingError('item_not_a_device');
      const abilities = lendingAbilities(actor, {
        organisationId: item.organisationId,
        districtCode: kase.districtCode,
      });
      if (abilities.lend !== true) throw lendingError(abilities.lend);
      if (input.deposit.mode === 'waived' && abilities.waiveDeposit !== true)
        throw lendingError(abilities.waiveDeposit);
      const policy = await lendingPolicyFor(tx, item.organisationId);

      const gate = checkLendingGate({
        ...input.gate,
        activeDevices: await activeDevicesOfCase(tx, item.organisationId, kase, input.patientPhone),
        override: input.overrideReason ? { reason: input.overrideReason } : null,
        mayOverride: abilities.overrideOneDevice === true,
      });
      const firstRefusal = gate.reasons[0];
      if (gate.outcome !== 'may_lend') throw lendingError(firstRefusal ?? 'spo2_missing');

      if (input.needId) {
        const need = rowsOf<{ id: string }>(
          await tx.execute(
            sql`select id from case_needs where id = ${input.needId}::uuid and case_id = ${kase.id}::uuid`,
          ),
        );
        if (need.length === 0) throw notFound();
      }

      const handOver = input.handOver;
      const handOverBy =
        handOver?.byUserId != null ? await personInOrganisation(tx, handOver.byUserId, item.organisationId) : null;
      const handedOverAt = handOver ? new Date(handOver.at) : null;
      const minutes = handedOverAt ? minutesToHandOver(kase.firstMessageAt, handedOverAt) : null;
      const accessories: LoanAccessory[] = input.accessories.map((a) => ({
        kind: a.kind,
        itemId: a.itemId,
        quantity: a.quantity,
      }));
      const [loan] = await tx
        .insert(loans)
        .values({
          organisationId: item.organisationId,
          districtCode: kase.districtCode,
          reference: await freshReference(tx, item.organisationId),
          caseId: kase.id,
          needId: input.needId,
          itemId: item.id,
          depotId: item.depotId,
          accessories,
          patientName: input.patientName,
          patientPhone: input.patientPhone,
          borrowerName: input.borrowerName,
          borrowerPhone: input.borrowerPhone,
          address: input.address,
          language: input.language,
          channel: input.channel,
          idSeen: input.idSeen,
          covidPositive: input.gate.covidPositive,
          hasPrescription: input.gate.hasPrescription,
          homeIsolation: input.gate.homeIsolation,
          spo2: input.gate.spo2,
          spo2Band: gate.band,
          gateOutcome: gate.outcome,
          overrideReason: gate.overridden ? input.overrideReason : null,
          overrideById: gate.overridden ? actor.userId : null,
          depositAmount: input.deposit.amount,
          depositMode: input.deposit.mode,
          depositReceipt: input.deposit.receiptNumber,
          depositWaiveReason: input.deposit.mode === 'waived' ? input.deposit.reason : null,
          dueOn: dueOn(handedOverAt ?? now, input.loanDays ?? policy.loanDays),
          lentById: actor.userId,
          lentAt: now,
          handedOverById: handOverBy,
          handedOverByName: handOver?.byName ?? null,
          handedOverAt,
          firstMessageAt: kase.firstMessageAt,
          minutesToHandOver: minutes,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!loan) throw new Error('no loan');

      // The race: one statement takes the item only while it is available.
      const [taken] = await tx
        .update(equipmentItems)
        .set({ status: 'lent', currentLoanId: loan.id, statusChangedAt: now, updatedAt: now })
        .where(
          and(
            eq(equipmentItems.id, item.id),
            eq(equipmentItems.organisationId, item.organisationId),
            eq(equipmentItems.status, 'available'),
          ),
        )
        .returning({ id: equipmentItems.id, depotId: equipmentItems.depotId });
      if (!taken) throw new ItemNotTaken(item.id);
      await tx.insert(itemMovements).values({
        organisationId: item.organisationId,
        itemId: item.id,
        kind: 'lent',
        fromStatus: 'available',
        toStatus: 'lent',
        fromDepotId: taken.depotId,
        toDepotId: taken.depotId,
        loanId: loan.id,
        actorId: actor.userId,
        at: now,
      });
      await takeAccessories(tx, accessories, loan, actor.userId, now);

      const sinceFirstMessage = minutesToHandOver(kase.firstMessageAt, now);
      await recordLoanEvent(tx, loan, {
        type: 'lent',
        actorId: actor.userId,
        at: now,
        details: {
          itemId: item.id,
          depotId: item.depotId,
          gate: { ...input.gate, band: gate.band, outcome: gate.outcome },
          ...(gate.overridden ? { overrideReason: input.overrideReason } : {}),
          deposit: { amount: input.deposit.amount, mode: input.deposit.mode },
        },
      });
      await recordCaseEvent(tx, {
        caseId: kase.id,
        actorId: actor.userId,
        type: 'loan_lent',
        after: {
          loanId: loan.id,
          reference: loan.reference,
          item: item.label,
          kind: item.kind,
          dueOn: loan.dueOn,
          minutesSinceFirstMessage: sinceFirstMessage,
        },
        at: now,
      });
      if (handedOverAt) {
        const details = {
          by: handOver?.byName ?? handOverBy,
          at: handedOverAt.toISOString(),
          minutesToHandOver: minutes,
        };
        await recordLoanEvent(tx, loan, { type: 'handed_over', actorId: actor.userId, at: now, details });
        await recordCaseEvent(tx, {
          caseId: kase.id,
          actorId: actor.userId,
          type: 'loan_handed_over',
          after: { loanId: loan.id, reference: loan.reference, handedOverAt: details.at, minutesToHandOver: minutes },
          at: now,
        });
      }
      await touchCase(tx, kase, actor, {}, { isResponse: true });
      return { caseRow: kase, loanId: loan.id };
    }));
  } catch (error) {
    if (error instanceof ItemNotTaken) throw await takenProblem(db, error.itemId);
    const constraint = uniqueViolation(error);
    if (constraint === 'loans_active_item_idx') throw await takenProblem(db, input.itemId);
    if (constraint === 'loans_one_device_idx') throw lendingError('patient_has_device');
    throw error;
  }
  deps.bus?.publish(caseChange(caseRow));
  const [row] = await db.select().from(loans).where(eq(loans.id, loanId));
  if (!row) throw notFound();
  return presentLoanFor(db, actor, row);
}

/** A hand-over by a person of the lending organisation (else "not found": no names from elsewhere). */
async function personInOrganisation(tx: Tx, userId: string, organisationId: string): Promise<string> {
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`select u.id from users u join memberships m on m.user_id = u.id
      where u.id = ${userId}::uuid and m.organisation_id = ${organisationId}::uuid limit 1`),
  );
  if (rows.length === 0) throw notFound();
  return userId;
}
