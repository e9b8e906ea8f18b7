// Case rows → the JSON the desk reads: needs, clock, assignee, warnings, and what the caller may do.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { CaseDetail, CaseSummary } from '../../shared/contracts/cases.js';
import type { Priority } from '../../shared/enums.js';
import type { Actor } from '../../shared/permissions.js';
import type { DbOrTx } from '../db/client.js';
import { caseEvents, caseNeeds, flaggedPhones, messages, organisations, outbox, users } from '../db/schema/index.js';
import { districtDirectory, type DistrictEntry } from '../db/queries/districts.js';
import { activeAssignee, claimExpiresAt } from '../domain/cases/claims.js';
import { isOpen } from '../domain/cases/status-machine.js';
import { caseAbilities, presentAbilities } from '../domain/cases/abilities.js';
import { fulfilmentOf } from '../domain/cases/fulfilment.js';
import { maskEventPayload, maskNumbersInText, maskPhone } from '../domain/privacy/masking.js';
import { revealedUntil } from '../domain/privacy/reveal.js';
import { slaStatus } from '../domain/cases/sla.js';
import { allowedTransitions } from '../domain/cases/status-machine.js';
import type { CaseRow } from '../usecases/cases/case-context.js';
import { deskPoliciesFor } from '../db/queries/desk-policies.js';

export function effectivePriority(row: CaseRow): Priority {
  return row.priorityOverride ?? row.computedPriority;
}

export type NeedRow = typeof caseNeeds.$inferSelect;

/** What a list query may have fetched along with the rows, so the presenter need not ask again. */
export interface CaseExtras {
  needs: Map<string, NeedRow[]>;
  flagged: Set<string>;
  assigneeNames: Map<string, string>;
}

async function loadExtras(db: DbOrTx, rows: CaseRow[]): Promise<CaseExtras> {
  const ids = rows.map((r) => r.id);
  const [needs, assigneeNames, flagged] = await Promise.all([
    db.select().from(caseNeeds).where(inArray(caseNeeds.caseId, ids)).orderBy(asc(caseNeeds.position)),
    lookupNames(
      db,
      rows.map((r) => r.assigneeId),
    ),
    db
      .select({ phone: flaggedPhones.phone })
      .from(flaggedPhones)
      .where(inArray(flaggedPhones.phone, [...new Set(rows.flatMap((r) => r.requesterPhones)), '-'])),
  ]);
  const flaggedPhonesSet = new Set(flagged.map((f) => f.phone));
  return {
    needs: new Map(ids.map((id) => [id, needs.filter((n) => n.caseId === id)])),
    flagged: new Set(rows.filter((r) => r.requesterPhones.some((p) => flaggedPhonesSet.has(p))).map((r) => r.id)),
    assigneeNames,
  };
}

export async function presentCaseSummaries(
  db: DbOrTx,
  rows: CaseRow[],
  now = new Date(),
  preloaded?: CaseExtras,
): Promise<CaseSummary[]> {
  if (rows.length === 0) return [];
  const [extras, directory, policyOf] = await Promise.all([
    preloaded ?? loadExtras(db, rows),
    districtDirectory(db),
    deskPoliciesFor(
      db,
      rows.map((r) => r.organisationId),
    ),
  ]);
  return rows.map((row) => {
    const policy = policyOf(row.organisationId);
    const sla = slaStatus(
      {
        status: row.status,
        clockStart: row.firstMessageAt,
        firstResponseAt: row.firstResponseAt,
        responseDueAt: row.responseDueAt,
        fulfilDueAt: row.fulfilDueAt,
        fulfilledAt: row.fulfilledAt,
        closedAt: row.closedAt,
      },
      now,
      policy.nearTargetShare,
    );
    const assigneeId = activeAssignee(row.assigneeId, row.assigneeActiveAt, policy.claimIdleMinutes, now);
    return {
      id: row.id,
      reference: row.reference,
      status: row.status,
      closeReason: row.closeReason,
      priority: effectivePriority(row),
      channel: row.channel,
      district: pickDistrict(directory.get(row.districtCode), row.districtCode),
      requesterName: row.requesterName,
      patientName: row.patientName,
      patientAge: row.patientAge,
      spo2: row.spo2,
      needs: (extras.needs.get(row.id) ?? []).map((n) => ({
        id: n.id,
        resource: n.resource,
        quantityRequested: n.quantityRequested,
        quantityFulfilled: n.quantityFulfilled,
        bloodGroup: n.bloodGroup,
        medicine: n.medicine,
        fulfilment: fulfilmentOf(n.quantityRequested, n.quantityFulfilled),
      })),
      assignee: assigneeId ? { id: assigneeId, name: extras.assigneeNames.get(assigneeId) ?? '' } : null,
      messageCount: row.messageCount,
      channelsUsed: row.channelsUsed as CaseSummary['channelsUsed'],
      sla: {
        clockStartedAt: row.firstMessageAt.toISOString(),
        waitingMinutes: sla.waitingMinutes,
        responseDueAt: row.responseDueAt.toISOString(),
        fulfilDueAt: row.fulfilDueAt.toISOString(),
        targetMinutes: sla.targetMinutes,
        state: sla.state,
        respondedAt: row.firstResponseAt?.toISOString() ?? null,
      },
      hasFlaggedPhone: extras.flagged.has(row.id),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

function pickDistrict(entry: DistrictEntry | undefined, code: string): CaseSummary['district'] {
  return entry ? { code: entry.code, name: entry.name, nameHi: entry.nameHi } : { code, name: code, nameHi: code };
}

async function lookupNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The moment the actor last revealed this case's numbers, read from its timeline. */
export function lastRevealBy(events: readonly { type: string; actorId: string | null; at: Date }[], userId: string) {
  return events.reduce<Date | null>(
    (latest, e) =>
      e.type === 'contact_revealed' && e.actorId === userId && (!latest || e.at > latest) ? e.at : latest,
    null,
  );
}

export async function presentCaseDetail(db: DbOrTx, actor: Actor, row: CaseRow): Promise<CaseDetail> {
  const now = new Date();
  const [summary] = await presentCaseSummaries(db, [row], now);
  if (!summary) throw new Error('no summary');
  const organisationIds = [row.organisationId, ...row.referredOrganisationIds].filter(
    (id): id is string => id !== null,
  );
  const [events, messageRows, flagged, duplicateOf, district, policies, undelivered, orgNames] = await Promise.all([
    db.select().from(caseEvents).where(eq(caseEvents.caseId, row.id)).orderBy(asc(caseEvents.id)),
    db.select().from(messages).where(eq(messages.caseId, row.id)).orderBy(asc(messages.receivedAt)),
    db
      .select()
      .from(flaggedPhones)
      .where(inArray(flaggedPhones.phone, [...row.requesterPhones, '-'])),
    row.duplicateOfId
      ? db.query.cases.findFirst({
          where: (c, { eq: is }) => is(c.id, row.duplicateOfId as string),
          columns: { id: true, reference: true },
        })
      : Promise.resolve(undefined),
    districtDirectory(db).then((d) => d.get(row.districtCode)),
    deskPoliciesFor(db, [row.organisationId]),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(
        and(
          eq(outbox.caseId, row.id),
          eq(outbox.state, 'failed'),
          sql`not exists (select 1 from outbox r where r.dedupe_key = 'resend:' || ${outbox.id}::text)`,
        ),
      ),
    organisationIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, organisationIds)),
  ]);
  const orgNamed = (id: string) => ({ id, name: orgNames.find((o) => o.id === id)?.name ?? '' });
  const actors = await lookupNames(
    db,
    events.map((e) => e.actorId),
  );
  const policy = policies(row.organisationId);
  const holder = activeAssignee(row.assigneeId, row.assigneeActiveAt, policy.claimIdleMinutes, now);
  const abilities = caseAbilities(actor, row, { claimIdleMinutes: policy.claimIdleMinutes, now });
  // Numbers show only to someone who may work the case and revealed them recently; everyone else, everywhere on
  // the page (header, messages and their text, timeline), sees them masked.
  const shownUntil = abilities.revealContact === true ? revealedUntil(lastRevealBy(events, actor.userId), now) : null;
  const reveal = shownUntil !== null;
  const text = (value: string | null) => (value === null || reveal ? value : maskNumbersInText(value));
  return {
    ...summary,
    requester: {
      name: row.requesterName,
      phones: reveal ? row.requesterPhones : row.requesterPhones.map(maskPhone),
      phonesRevealed: reveal,
      revealedUntil: shownUntil?.toISOString() ?? null,
      language: row.requesterLanguage,
      consentToShare: row.consentToShare,
    },
    patient: {
      name: row.patientName,
      age: row.patientAge,
      sex: row.patientSex,
      conditions: row.conditions as CaseDetail['patient']['conditions'],
      spo2: row.spo2,
      spo2At: row.spo2At?.toISOString() ?? null,
      transfusionDate: row.transfusionDate,
    },
    location: {
      state: district?.stateCode ?? '',
      district: row.districtCode,
      locality: row.locality,
      address: row.address,
      pincode: row.pincode,
      hospital: row.hospital,
      lat: row.lat,
      lon: row.lon,
    },
    priorityReasons: row.priorityReasons,
    priorityOverride: row.priorityOverride
      ? { priority: row.priorityOverride, reason: row.priorityOverrideReason ?? '' }
      : null,
    duplicateOf: duplicateOf ?? null,
    organisation: row.organisationId ? orgNamed(row.organisationId) : null,
    referredTo: row.referredOrganisationIds.map(orgNamed),
    undeliveredMessages: undelivered[0]?.n ?? 0,
    flaggedPhones: flagged.map((f) => ({ phone: reveal ? f.phone : maskPhone(f.phone), reason: f.reason })),
    // A claim matters only while the case is being worked: a fulfilled or closed case shows no expiry.
    claimExpiresAt:
      holder && isOpen(row.status)
        ? (claimExpiresAt(row.assigneeActiveAt, policy.claimIdleMinutes)?.toISOString() ?? null)
        : null,
    messages: messageRows.map((m) => ({
      id: m.id,
      channel: m.channel,
      receivedAt: m.receivedAt.toISOString(),
      text: text(m.text),
      sender: m.senderName ?? (m.senderPhone ? (reveal ? m.senderPhone : maskPhone(m.senderPhone)) : null),
    })),
    events: events.map((e) => ({
      id: e.id.toString(),
      at: e.at.toISOString(),
      type: e.type,
      actor: e.actorId ? { id: e.actorId, name: actors.get(e.actorId) ?? '' } : null,
      before: reveal ? e.before : maskEventPayload(e.before),
      after: reveal ? e.after : maskEventPayload(e.after),
      note: text(e.note),
    })),
    allowedTransitions: abilities.transition === true ? allowedTransitions(row.status, row.wasVerified) : [],
    can: presentAbilities(abilities, holder === actor.userId),
    version: row.version,
  };
}
