// Every plea, from any channel, comes in here: it is kept as a message, then either joins the open case
// it repeats (deduplication) or opens a new, triaged case whose clock starts at the person's message.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { needInput } from '../../../shared/contracts/cases.js';
import type { Channel, Language, PatientCondition, Sex } from '../../../shared/enums.js';
import { rowsOf, type Db, type DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { textArray } from '../../db/sql-helpers.js';
import { findDuplicate, patientNameKey } from '../../domain/cases/dedup.js';
import { priorityRank } from '../../domain/cases/desk-policy.js';
import { newReference } from '../../domain/cases/reference.js';
import { dueTimes } from '../../domain/cases/sla.js';
import { triage } from '../../domain/cases/triage.js';
import { AppError } from '../../errors.js';
import type { CaseChanged } from '../../events/case-bus.js';
import { cases } from '../../db/schema/index.js';
import { recentDeskPolicyFor } from '../../db/queries/desk-policies.js';
import { lockAndReadCandidates, pleaKey, type BatchCandidates } from '../../db/queries/intake-candidates.js';

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

/**
 * The one way pleas become cases, for every channel: lock each person's phones and read the open cases the pleas
 * could repeat (all at once, in one sorted order — or use `locked`, when the caller already did that for a batch),
 * decide every plea (joins a stored case, one opened earlier in this call, or opens one), open the new cases in
 * one statement, then join the repeats. Runs in the caller's transaction; the caller tells live views.
 */
export async function intakePleas(
  tx: DbOrTx,
  pleas: readonly Plea[],
  locked?: BatchCandidates,
): Promise<IntakeResult[]> {
  const directory = await districtDirectory(tx);
  const keys = pleas.map(pleaKey);
  const candidates = locked ?? (await lockAndReadCandidates(tx, keys));
  const opening: NewCase[] = [];
  const plan: ({ open: string } | { join: { id: string; reference: string } })[] = [];
  for (const [index, plea] of pleas.entries()) {
    const key = keys[index] ?? pleaKey(plea);
    const district = directory.get(plea.location.district);
    if (!district) {
      throw new AppError('unknown_districts', { districts: plea.location.district }, [
        { field: 'location.district', code: 'invalid' },
      ]);
    }
    // A plea whose phones the caller's batch had not locked (a callback number typed in a chat) is locked now.
    if (!candidates.for(key)) candidates.absorb(await lockAndReadCandidates(tx, [key]));
    const duplicate = duplicateAmong(plea, candidates.for(key) ?? []);
    const resources = plea.needs.map((n) => n.resource);
    if (duplicate) {
      plan.push({ join: duplicate });
      candidates.record(key, { caseId: duplicate.id, reference: duplicate.reference, attached: true }, resources);
    } else {
      const id = randomUUID();
      opening.push({
        id,
        plea,
        districtName: district.name,
        policy: await recentDeskPolicyFor(tx, plea.organisationId),
      });
      plan.push({ open: id });
      candidates.record(key, { caseId: id, reference: '', attached: false }, resources);
    }
  }
  const opened = new Map((await openCases(tx, opening)).map((c) => [c.id, c.reference]));
  const results: IntakeResult[] = [];
  for (const [index, step] of plan.entries()) {
    const plea = pleas[index];
    if (!plea) continue;
    if ('open' in step) {
      results.push({ caseId: step.open, reference: opened.get(step.open) ?? '', attached: false });
    } else {
      // A case opened earlier in this call has its reference only now.
      const reference = opened.get(step.join.id) ?? step.join.reference;
      results.push(await attachToCase(tx, { id: step.join.id, reference }, plea));
    }
  }
  return results;
}

/**
 * What live views hear of an intake: a case it opened carries its scope (known from the plea); one it joined is
 * looked up by the bus before any desk hears of it.
 */
export function intakeChange(result: IntakeResult, plea: Plea): CaseChanged {
  const change = { id: result.caseId, reference: result.reference, districtCode: plea.location.district };
  return result.attached
    ? change
    : {
        ...change,
        scope: {
          organisationId: plea.organisationId,
          consentToShare: plea.requester.consentToShare,
          referredOrganisationIds: [],
        },
      };
}

/** One plea in a transaction of its own (an operator's call log; a public plea arriving alone). */
export async function intakePlea(db: Db, plea: Plea): Promise<IntakeResult> {
  const [result] = await db.transaction((tx) => intakePleas(tx, [plea]));
  if (!result) throw new Error('intake returned nothing');
  return result;
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
      urgency: typeof plea.understood?.urgency === 'string' ? plea.understood.urgency : null,
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
