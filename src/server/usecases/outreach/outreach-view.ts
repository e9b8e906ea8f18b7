// What the outreach routes answer: the need (how far arranged), its run, the asks made for it and what the actor
// may do — read in the caller's transaction, so an action answers with what it just wrote. Phones are masked.
import { sql } from 'drizzle-orm';
import type {
  AskView,
  AsksView,
  MatchedDonorView,
  OutreachNeedView,
  OutreachView,
} from '../../../shared/contracts/outreach.js';
import type {
  AboRhGroup,
  DonorAnswerChannel,
  DonorAskKind,
  DonorAskState,
  DonorCategory,
  Language,
  LocationSource,
  OutreachStopReason,
} from '../../../shared/enums.js';
import { donorAskStates } from '../../../shared/enums.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { maskPhone } from '../../domain/privacy/masking.js';
import { presentOutreachAbilities } from '../../domain/outreach/outreach-abilities.js';
import { inQuietHours } from '../../domain/outreach/send-time.js';
import { waveSize } from '../../domain/outreach/waves.js';
import type { NeedContext } from './need-context.js';

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

export function needView(context: NeedContext): OutreachNeedView {
  return {
    id: context.need.id,
    resource: context.need.resource,
    bloodGroup: context.need.bloodGroup,
    product: context.products?.product ?? null,
    donorProduct: context.products?.donorProduct ?? null,
    convalescent: context.convalescent,
    unitsRequested: context.need.quantityRequested,
    unitsArranged: context.unitsArranged,
    unitsStillNeeded: context.unitsStillNeeded,
  };
}

interface AskRow {
  id: string;
  kind: DonorAskKind;
  state: DonorAskState;
  wave: number;
  distance_km: number | string | null;
  asked_at: Date | string;
  send_after: Date | string | null;
  sent_at: Date | string | null;
  answered_at: Date | string | null;
  answer_channel: DonorAnswerChannel | null;
  asked_by_id: string | null;
  asked_by_name: string | null;
  donor_id: string;
  donor_name: string;
  phone: string;
  blood_group: AboRhGroup | null;
  group_confirmed: boolean;
  verified: boolean;
  category: DonorCategory;
  language: Language;
  organisation_id: string;
  organisation_name: string;
  district_code: string;
  locality: string | null;
  location_source: LocationSource;
}

export function matchedDonor(d: {
  id: string;
  name: string;
  phone: string;
  bloodGroup: AboRhGroup | null;
  groupConfirmed: boolean;
  verified: boolean;
  category: DonorCategory;
  language: Language;
  organisationId: string;
  organisationName: string;
  districtCode: string;
  locality: string | null;
  locationSource: LocationSource;
}): MatchedDonorView {
  return {
    id: d.id,
    name: d.name,
    phone: maskPhone(d.phone),
    bloodGroup: d.bloodGroup,
    groupConfirmed: d.groupConfirmed,
    verified: d.verified,
    category: d.category,
    language: d.language,
    organisation: { id: d.organisationId, name: d.organisationName },
    districtCode: d.districtCode,
    locality: d.locality,
    locationSource: d.locationSource,
  };
}

async function askRows(tx: DbOrTx, needId: string): Promise<AskRow[]> {
  return rowsOf<AskRow>(
    await tx.execute(sql`select a.id, a.kind, a.state, a.wave, a.distance_km, a.asked_at, a.send_after, a.sent_at,
        a.answered_at, a.answer_channel, a.asked_by_id, u.name as asked_by_name, d.id as donor_id,
        d.name as donor_name, a.phone, d.blood_group, d.group_confirmed_at is not null as group_confirmed,
        d.verified_at is not null as verified, d.category, d.language, d.organisation_id,
        o.name as organisation_name, d.district_code, d.locality, d.location_source
      from donor_asks a
      join donors d on d.id = a.donor_id
      join organisations o on o.id = d.organisation_id
      left join users u on u.id = a.asked_by_id
      where a.need_id = ${needId}::uuid
      order by a.asked_at desc, a.id`),
  );
}

function askView(r: AskRow): AskView {
  return {
    id: r.id,
    donor: matchedDonor({
      id: r.donor_id,
      name: r.donor_name,
      phone: r.phone,
      bloodGroup: r.blood_group,
      groupConfirmed: r.group_confirmed,
      verified: r.verified,
      category: r.category,
      language: r.language,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      districtCode: r.district_code,
      locality: r.locality,
      locationSource: r.location_source,
    }),
    kind: r.kind,
    state: r.state,
    wave: Number(r.wave),
    distanceKm: r.distance_km === null ? null : Math.round(Number(r.distance_km) * 10) / 10,
    askedAt: iso(r.asked_at) ?? '',
    askedBy: r.asked_by_id && r.asked_by_name ? { id: r.asked_by_id, name: r.asked_by_name } : null,
    sendAfter: iso(r.send_after),
    sentAt: iso(r.sent_at),
    answeredAt: iso(r.answered_at),
    answerChannel: r.answer_channel,
  };
}

export async function outreachView(
  tx: DbOrTx,
  context: NeedContext,
  asks: readonly { state: DonorAskState }[],
  now: Date,
): Promise<OutreachView> {
  const run = context.run;
  const counts = Object.fromEntries(donorAskStates.map((s) => [s, asks.filter((a) => a.state === s).length])) as Record<
    DonorAskState,
    number
  >;
  const startedBy = run?.startedById
    ? rowsOf<{ id: string; name: string }>(
        await tx.execute(sql`select id, name from users where id = ${run.startedById}::uuid`),
      )[0]
    : undefined;
  return {
    state: run?.state ?? 'idle',
    priority: context.priority,
    radiusKm: run?.radiusKm ?? context.policy.radiusKm.start,
    maxRadiusKm: context.policy.radiusKm.max,
    wave: run?.wave ?? 0,
    nextWaveAt: run?.state === 'running' ? iso(run.nextWaveAt) : null,
    startedAt: iso(run?.startedAt ?? null),
    startedBy: startedBy ?? null,
    stoppedAt: iso(run?.stoppedAt ?? null),
    stopReason: (run?.stopReason as OutreachStopReason | null | undefined) ?? null,
    counts,
    nextWaveSize: context.blocked
      ? 0
      : waveSize({
          asksPerUnit: context.policy.asksPerUnit,
          unitsStillNeeded: context.unitsStillNeeded,
          awaitingAnswer: counts.queued + counts.sent,
        }),
    quietHoursNow: context.priority !== 'critical' && inQuietHours(now, context.policy.quietHours),
  };
}

export async function asksView(tx: DbOrTx, context: NeedContext, now: Date): Promise<AsksView> {
  const rows = await askRows(tx, context.need.id);
  return {
    need: needView(context),
    items: rows.map(askView),
    outreach: await outreachView(tx, context, rows, now),
    can: presentOutreachAbilities(context.abilities),
  };
}
