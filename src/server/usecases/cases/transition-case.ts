import { and, eq } from 'drizzle-orm';
import type { CaseDetail, TransitionBody } from '../../../shared/contracts/cases.js';
import { caseAccess } from '../../domain/cases/abilities.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { caseNeeds, cases, leads } from '../../db/schema/index.js';
import { canWorkOrganisationDesk } from '../../../shared/channel-permissions.js';
import { checkTransition } from '../../domain/cases/status-machine.js';
import { AppError } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent, runCaseAction, touchCase, type CaseRow } from './case-context.js';
import { stopCaseOutreach } from '../outreach/stop-case-outreach.js';

export async function transitionCase(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  input: TransitionBody,
): Promise<CaseDetail> {
  return runCaseAction(deps, actor, caseId, 'transition', async (tx, row) => {
    const refusal = checkTransition({
      from: row.status,
      to: input.to,
      wasVerified: row.wasVerified,
      closeReason: input.closeReason,
      duplicateOf: input.duplicateOf,
      reason: input.reason,
    });
    if (refusal) {
      throw new AppError('invalid_transition', { from: row.status, to: input.to, reasonKey: `transition.${refusal}` });
    }
    if (input.to === 'closed' && input.closeReason === 'duplicate') {
      await assertDuplicateTarget(tx, actor, row.id, input.duplicateOf as string);
    }
    if (input.delivered !== undefined && input.to !== 'fulfilled') {
      throw new AppError('validation_failed', { count: 1 }, [
        { field: 'delivered', code: 'delivered_only_fulfilling' },
      ]);
    }
    if (input.to === 'fulfilled') await recordDelivered(tx, actor, row.id, input.delivered ?? []);
    if (input.matchedWith !== undefined && input.to !== 'matched') {
      throw new AppError('validation_failed', { count: 1 }, [{ field: 'matchedWith', code: 'matched_only_matching' }]);
    }
    const matchedWith = input.matchedWith ? await describeMatch(tx, actor, row, input.matchedWith) : null;
    const now = new Date();
    const closing = input.to === 'closed';
    const reopening = row.status === 'closed' || row.status === 'fulfilled';
    await touchCase(
      tx,
      row,
      actor,
      {
        status: input.to,
        closeReason: closing ? (input.closeReason ?? null) : null,
        duplicateOfId: closing && input.closeReason === 'duplicate' ? (input.duplicateOf ?? null) : null,
        closedAt: closing ? now : null,
        fulfilledAt: input.to === 'fulfilled' ? now : reopening ? null : row.fulfilledAt,
        wasVerified: row.wasVerified || input.to === 'verified',
      },
      { isResponse: row.status === 'new' && input.to !== 'closed' },
    );
    await recordCaseEvent(tx, {
      caseId: row.id,
      actorId: actor.userId,
      type: 'status_changed',
      before: { status: row.status, closeReason: row.closeReason },
      after: {
        status: input.to,
        ...(input.closeReason ? { closeReason: input.closeReason } : {}),
        ...(input.duplicateOf ? { duplicateOf: input.duplicateOf } : {}),
        ...(matchedWith ? { matchedWith } : {}),
      },
      note: input.reason ?? null,
    });
    // Closing or fulfilling a case stops its blood outreach: nobody else is asked, asks not sent are held back.
    await stopCaseOutreach(tx, row.id, input.to, actor.userId, now);
  });
}

/**
 * A case marked fulfilled says what was delivered of each need in the same step: the quantities given, or in
 * full for a need left out. Each change is a `quantity_recorded` event, before the status change.
 */
async function recordDelivered(
  tx: Parameters<Parameters<Db['transaction']>[0]>[0],
  actor: Actor,
  caseId: string,
  delivered: NonNullable<TransitionBody['delivered']>,
): Promise<void> {
  const needs = await tx.select().from(caseNeeds).where(eq(caseNeeds.caseId, caseId));
  const unknown = delivered.find((d) => !needs.some((n) => n.id === d.needId));
  if (unknown) {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'delivered', code: 'invalid' }]);
  }
  for (const need of needs) {
    const quantity = delivered.find((d) => d.needId === need.id)?.quantityFulfilled ?? need.quantityRequested;
    if (quantity === need.quantityFulfilled) continue;
    await tx.update(caseNeeds).set({ quantityFulfilled: quantity }).where(eq(caseNeeds.id, need.id));
    await recordCaseEvent(tx, {
      caseId,
      actorId: actor.userId,
      type: 'quantity_recorded',
      before: { needId: need.id, resource: need.resource, quantityFulfilled: need.quantityFulfilled },
      after: {
        needId: need.id,
        resource: need.resource,
        quantityFulfilled: quantity,
        quantityRequested: need.quantityRequested,
      },
    });
  }
}

/**
 * What a case was matched with, as the timeline keeps it: words as typed, or a lead — verified, of an organisation
 * working the case, in its district — with its kind, name and what it offers (never its number).
 */
async function describeMatch(
  tx: Parameters<Parameters<Db['transaction']>[0]>[0],
  actor: Actor,
  row: CaseRow,
  match: NonNullable<TransitionBody['matchedWith']>,
): Promise<Record<string, unknown>> {
  if ('text' in match) return { kind: 'text', text: match.text };
  const [lead] = await tx.select().from(leads).where(eq(leads.id, match.leadId));
  const usable =
    lead &&
    lead.status === 'verified' &&
    canWorkOrganisationDesk(actor, lead.organisationId, lead.districtCode) &&
    (lead.districtCode === null || lead.districtCode === row.districtCode);
  if (!usable) {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'matchedWith.leadId', code: 'unknown_lead' }]);
  }
  const resources = (lead.understood as { resources?: unknown } | null)?.resources;
  return {
    kind: 'lead',
    leadId: lead.id,
    leadKind: lead.kind,
    name: lead.fromName,
    resources: Array.isArray(resources) ? resources : [],
  };
}

async function assertDuplicateTarget(
  tx: Parameters<Parameters<Db['transaction']>[0]>[0],
  actor: Actor,
  caseId: string,
  targetId: string,
): Promise<void> {
  if (targetId === caseId) {
    throw new AppError('invalid_transition', { reasonKey: 'transition.duplicate_of_self' });
  }
  const [target] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.id, targetId)));
  if (!target || caseAccess(actor, target) === 'none') {
    throw new AppError('invalid_transition', { reasonKey: 'transition.duplicate_of_unknown' });
  }
}
