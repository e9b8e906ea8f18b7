// Every plea, from any channel, comes in here: it is kept as a message, then either joins the open case
// it repeats (deduplication) or opens a new, triaged case whose clock starts at the person's message.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { needInput } from '../../../shared/contracts/cases.js';
import type { Channel, Language, PatientCondition, Sex } from '../../../shared/enums.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { cases, messages } from '../../db/schema/index.js';
import { districtDirectory } from '../geography/district-directory.js';
import { textArray } from '../../db/sql-helpers.js';
import { dedupWindowHours, findDuplicate, patientNameKey } from '../../domain/cases/dedup.js';
import { priorityRank } from '../../domain/cases/desk-policy.js';
import { newReference } from '../../domain/cases/reference.js';
import { dueTimes } from '../../domain/cases/sla.js';
import { triage } from '../../domain/cases/triage.js';
import { AppError } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recentDeskPolicyFor } from './desk-policy-for.js';

export interface Plea {
  channel: Channel;
  receivedAt: Date;
  providerId?: string | null;
  senderPhone?: string | null;
  senderName?: string | null;
  text?: string | null;
  understood?: Record<string, unknown> | null;
  /** What the operator changed from `understood`. */
  corrections?: Record<string, unknown> | null;
  requester: { name?: string | null; phones: string[]; language: Language; consentToShare: boolean };
  patient: {
    name?: string | null;
    age?: number | null;
    sex?: Sex | null;
    conditions: PatientCondition[];
    spo2?: number | null;
    transfusionDate?: string | null;
  };
  location: {
    district: string;
    locality?: string | null;
    address?: string | null;
    pincode?: string | null;
    hospital?: string | null;
    lat?: number | null;
    lon?: number | null;
  };
  needs: z.output<typeof needInput>[];
  organisationId: string | null;
  loggedById: string | null;
  ip?: string | null;
}

export interface IntakeResult {
  caseId: string;
  reference: string;
  attached: boolean;
}

/** An open case that a plea could repeat, as intake reads it. */
export interface CandidateRow {
  case_id: string;
  case_reference: string;
  case_phones: string[];
  case_name_key: string | null;
  case_district: string;
  case_first_message_at: string | Date;
  case_resources: string[];
}

export interface IntakeOptions {
  /**
   * The open cases this plea could repeat, already read by the caller after taking the locks on every phone of
   * the plea (a batch of channel messages does this once for all of them); intake then neither locks nor reads.
   */
  candidates?: CandidateRow[];
  /** The caller's transaction holds this plea's other writes (a channel message): join it, no savepoint. */
  inTransaction?: boolean;
  /** The provider id is known to be new (the channel inbox already made it unique): skip looking it up. */
  providerIdIsNew?: boolean;
}

export async function intakePlea(
  db: DbOrTx,
  plea: Plea,
  bus?: CaseBus,
  options: IntakeOptions = {},
): Promise<IntakeResult> {
  const district = (await districtDirectory(db)).get(plea.location.district);
  if (!district) {
    throw new AppError('unknown_districts', { districts: plea.location.district }, [
      { field: 'location.district', code: 'invalid' },
    ]);
  }
  const policy = await recentDeskPolicyFor(db, plea.organisationId);
  const work = async (tx: DbOrTx): Promise<IntakeResult> => {
    if (plea.providerId && !options.providerIdIsNew) {
      const [seen] = await tx
        .select({ caseId: messages.caseId, reference: cases.reference })
        .from(messages)
        .leftJoin(cases, eq(cases.id, messages.caseId))
        .where(and(eq(messages.channel, plea.channel), eq(messages.providerId, plea.providerId)));
      if (seen?.caseId && seen.reference) return { caseId: seen.caseId, reference: seen.reference, attached: true };
    }
    const existing = await findOpenDuplicate(tx, plea, options.candidates);
    if (existing) return attachToCase(tx, existing, plea);
    return openCase(tx, plea, district.name, policy);
  };
  const result = options.inTransaction ? await work(db) : await db.transaction(work);
  bus?.publish({ id: result.caseId, reference: result.reference, districtCode: district.code });
  return result;
}

/**
 * Locks the person's phone numbers for this transaction (one person's pleas are deduplicated one at a time, so two
 * arriving together make one case) and returns the open case this plea repeats, if any.
 */
async function findOpenDuplicate(
  tx: DbOrTx,
  plea: Plea,
  known: CandidateRow[] | undefined,
): Promise<{ id: string; reference: string } | null> {
  const nameKey = patientNameKey(plea.patient.name);
  const since = new Date(plea.receivedAt.getTime() - dedupWindowHours * 3_600_000);
  const rows =
    known ??
    rowsOf<CandidateRow>(
      await tx.execute(
        sql`select * from intake_lock_and_find(${textArray(plea.requester.phones)}, ${nameKey}, ${plea.location.district}, ${since.toISOString()}::timestamptz)`,
      ),
    );
  return duplicateAmong(plea, rows);
}

/** The open case among these candidates that this plea repeats (the dedup rule), or null. */
export function duplicateAmong(plea: Plea, rows: readonly CandidateRow[]): { id: string; reference: string } | null {
  const nameKey = patientNameKey(plea.patient.name);
  const id = findDuplicate(
    {
      phones: plea.requester.phones,
      patientNameKey: nameKey,
      districtCode: plea.location.district,
      resources: plea.needs.map((n) => n.resource),
      receivedAt: plea.receivedAt,
    },
    rows.map((r) => ({
      id: r.case_id,
      phones: r.case_phones,
      patientNameKey: r.case_name_key,
      districtCode: r.case_district,
      firstMessageAt: new Date(r.case_first_message_at),
      resources: r.case_resources as z.output<typeof needInput>['resource'][],
      isOpen: true,
    })),
  );
  const found = rows.find((r) => r.case_id === id);
  return found ? { id: found.case_id, reference: found.case_reference } : null;
}

/**
 * The plea joins an open case, in one statement (intake is the hottest path): its message, the case's phones and
 * channels, the count of times asked, and the event. A plea older than the case's first message moves the clock
 * back, and the due times with it. The row lock of the UPDATE waits for anyone else changing the case.
 */
export async function attachToCase(
  tx: DbOrTx,
  target: { id: string; reference: string },
  plea: Plea,
): Promise<IntakeResult> {
  const receivedAt = plea.receivedAt.toISOString();
  const result = await tx.execute(sql`
    with message as (
      insert into messages (channel, provider_id, sender_phone, sender_name, text, received_at, case_id, understood,
        corrections, logged_by_id, ip)
      values (${plea.channel}, ${plea.providerId ?? null}, ${plea.senderPhone ?? plea.requester.phones[0] ?? null},
        ${plea.senderName ?? plea.requester.name ?? null}, ${plea.text ?? null}, ${receivedAt}::timestamptz,
        ${target.id}::uuid, ${plea.understood ? JSON.stringify(plea.understood) : null}::jsonb,
        ${plea.corrections ? JSON.stringify(plea.corrections) : null}::jsonb, ${plea.loggedById}::uuid, ${plea.ip ?? null})
      returning id
    ), joined as (
      update cases set
        requester_phones = requester_phones
          || array(select distinct p from unnest(${textArray(plea.requester.phones)}) as p where p <> all(requester_phones)),
        channels_used = case when ${plea.channel} = any(channels_used) then channels_used
          else channels_used || ${plea.channel}::text end,
        message_count = message_count + 1,
        first_message_at = least(first_message_at, ${receivedAt}::timestamptz),
        response_due_at = response_due_at - (first_message_at - least(first_message_at, ${receivedAt}::timestamptz)),
        fulfil_due_at = fulfil_due_at - (first_message_at - least(first_message_at, ${receivedAt}::timestamptz)),
        version = version + 1,
        updated_at = now()
      where id = ${target.id}::uuid
      returning id, reference, message_count
    ), attached_event as (
      insert into case_events (case_id, actor_id, type, after)
      select joined.id, ${plea.loggedById}::uuid, 'message_attached', jsonb_build_object('messageId', message.id,
        'channel', ${plea.channel}::text, 'receivedAt', ${receivedAt}::text, 'timesAsked', joined.message_count)
      from joined, message
    )
    select id, reference from joined`);
  const row = rowsOf<{ id: string; reference: string }>(result)[0];
  if (!row) throw new Error('duplicate target vanished');
  return { caseId: row.id, reference: row.reference, attached: true };
}

async function openCase(
  tx: DbOrTx,
  plea: Plea,
  districtName: string,
  policy: Awaited<ReturnType<typeof recentDeskPolicyFor>>,
): Promise<IntakeResult> {
  const id = randomUUID();
  const [created] = await openCases(tx, [{ id, plea, districtName, policy }]);
  if (!created) throw new Error('could not open the case');
  return { caseId: created.id, reference: created.reference, attached: false };
}

export interface NewCase {
  /** Chosen by the caller, so pleas later in a batch can join it before it is written. */
  id: string;
  plea: Plea;
  districtName: string;
  policy: Awaited<ReturnType<typeof recentDeskPolicyFor>>;
}

/**
 * Opens cases with their needs, first message and "created" event, all in one statement (intake is the hottest
 * path; a batch of pleas opens all its new cases at once). References are random: on the rare collision that
 * case's insert returns nothing, nothing else of it is written, and another reference is drawn for it.
 */
export async function openCases(tx: DbOrTx, items: readonly NewCase[]): Promise<{ id: string; reference: string }[]> {
  const now = new Date();
  const prepared = items.map((item) => prepareCase(item, now));
  const opened = new Map<string, string>();
  for (let attempt = 0; opened.size < items.length && attempt < 8; attempt += 1) {
    const pending = prepared.filter((p) => !opened.has(p.id));
    const insertCases = tx
      .insert(cases)
      .values(pending.map((p) => ({ ...p.values, id: p.id, reference: newReference(p.districtName, attempt) })))
      .onConflictDoNothing({ target: cases.reference })
      .returning({ id: cases.id, reference: cases.reference });
    const result = await tx.execute(sql`
      with new_case as (${insertCases.getSQL()}),
      inserted_needs as (
        insert into case_needs (case_id, resource, quantity_requested, blood_group, medicine, position)
        select x.case_id, x.resource, x.quantity, x.blood_group, x.medicine, x.position
        from jsonb_to_recordset(${JSON.stringify(pending.flatMap((p) => p.needs))}::jsonb)
          as x(case_id uuid, resource text, quantity int, blood_group text, medicine text, position int)
        where x.case_id in (select id from new_case)
      ), message as (
        insert into messages (channel, provider_id, sender_phone, sender_name, text, received_at, case_id, understood,
          corrections, logged_by_id, ip)
        select x.channel, x.provider_id, x.sender_phone, x.sender_name, x.text, x.received_at, x.case_id, x.understood,
          x.corrections, x.logged_by_id, x.ip
        from jsonb_to_recordset(${JSON.stringify(pending.map((p) => p.message))}::jsonb)
          as x(channel text, provider_id text, sender_phone text, sender_name text, text text, received_at timestamptz,
            case_id uuid, understood jsonb, corrections jsonb, logged_by_id uuid, ip text)
        where x.case_id in (select id from new_case)
        returning id, case_id
      ), created_event as (
        insert into case_events (case_id, actor_id, type, after)
        select message.case_id, x.actor_id, 'created', x.after || jsonb_build_object('messageId', message.id)
        from message join jsonb_to_recordset(${JSON.stringify(pending.map((p) => p.event))}::jsonb)
          as x(case_id uuid, actor_id uuid, after jsonb) on x.case_id = message.case_id
      )
      select id, reference from new_case`);
    for (const row of rowsOf<{ id: string; reference: string }>(result)) opened.set(row.id, row.reference);
  }
  if (opened.size < items.length) throw new Error('could not allocate a case reference');
  return items.map((item) => ({ id: item.id, reference: opened.get(item.id) ?? '' }));
}

function prepareCase(item: NewCase, now: Date) {
  const { plea, policy } = item;
  const { priority, reasons } = triage(
    {
      spo2: plea.patient.spo2 ?? null,
      age: plea.patient.age ?? null,
      conditions: plea.patient.conditions,
      resources: plea.needs.map((n) => n.resource),
      transfusionDate: plea.patient.transfusionDate ?? null,
    },
    policy.triage,
    now,
  );
  const due = dueTimes(plea.receivedAt, priority, policy.targets);
  const values = {
    status: 'new' as const,
    channel: plea.channel,
    organisationId: plea.organisationId,
    districtCode: plea.location.district,
    locality: plea.location.locality ?? null,
    address: plea.location.address ?? null,
    pincode: plea.location.pincode ?? null,
    hospital: plea.location.hospital ?? null,
    lat: plea.location.lat ?? null,
    lon: plea.location.lon ?? null,
    requesterName: plea.requester.name ?? null,
    requesterPhones: [...new Set(plea.requester.phones)],
    requesterLanguage: plea.requester.language,
    consentToShare: plea.requester.consentToShare,
    patientName: plea.patient.name ?? null,
    patientNameKey: patientNameKey(plea.patient.name),
    patientAge: plea.patient.age ?? null,
    patientSex: plea.patient.sex ?? null,
    conditions: plea.patient.conditions,
    spo2: plea.patient.spo2 ?? null,
    spo2At: plea.patient.spo2 != null ? plea.receivedAt : null,
    transfusionDate: plea.patient.transfusionDate ?? null,
    computedPriority: priority,
    priorityReasons: reasons,
    priorityRank: priorityRank[priority],
    firstMessageAt: plea.receivedAt,
    ...due,
    messageCount: 1,
    channelsUsed: [plea.channel],
  };
  return {
    id: item.id,
    districtName: item.districtName,
    values,
    needs: plea.needs.map((n, position) => ({
      case_id: item.id,
      resource: n.resource,
      quantity: n.quantity,
      blood_group: n.bloodGroup ?? null,
      medicine: n.medicine ?? null,
      position,
    })),
    message: {
      channel: plea.channel,
      provider_id: plea.providerId ?? null,
      sender_phone: plea.senderPhone ?? plea.requester.phones[0] ?? null,
      sender_name: plea.senderName ?? plea.requester.name ?? null,
      text: plea.text ?? null,
      received_at: plea.receivedAt.toISOString(),
      case_id: item.id,
      understood: plea.understood ?? null,
      corrections: plea.corrections ?? null,
      logged_by_id: plea.loggedById,
      ip: plea.ip ?? null,
    },
    event: { case_id: item.id, actor_id: plea.loggedById, after: { channel: plea.channel, priority, reasons } },
  };
}
