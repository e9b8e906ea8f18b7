// What the timeline shows of a case event's `before` and `after`: for each event type, the facts a person reads, each
// with its label (caseField.*) and how its value is worded. The use cases that record case events (recordCaseEvent,
// and intake's `created` / `message_attached`) write ids, counts and codes; ids are never shown, codes are named
// from their catalogs, and a key not listed here is not shown at all (never its raw name). Pure, so it is tested.
import type { ParseKeys } from 'i18next';
import type { CaseEventType } from '../../../shared/enums.js';

/** How a value is worded: as typed, a count, a moment, a day, yes/no, a code of a catalog… */
export type ValueFormat =
  | 'text'
  | 'number'
  | 'time'
  | 'day'
  | 'yesNo'
  | 'person'
  | 'needs'
  | 'district'
  | 'matchedWith'
  | { codes: string; values?: (details: Record<string, unknown>) => Record<string, unknown> };

export interface FieldSpec {
  key: string;
  label: ParseKeys<'translation'>;
  format: ValueFormat;
  /** Read from `before` alone: where the event came from (the case a split started from), not a change. */
  fromBefore?: boolean;
}

const field = (key: string, label: ParseKeys<'translation'>, format: ValueFormat, fromBefore = false): FieldSpec => ({
  key,
  label,
  format,
  ...(fromBefore ? { fromBefore } : {}),
});
const codes = (catalog: string, values?: (details: Record<string, unknown>) => Record<string, unknown>) =>
  values === undefined ? { codes: catalog } : { codes: catalog, values };

const status = field('status', 'caseField.status', codes('caseStatus'));
const closeReason = field('closeReason', 'caseField.closeReason', codes('closeReason'));
const priority = field('priority', 'caseField.priority', codes('priority'));
const reasons = field('reasons', 'caseField.reasons', codes('priorityReason'));
const channel = field('channel', 'caseField.channel', codes('channel'));
const assignee = field('assigneeId', 'caseField.assigneeId', 'person');
const loan = field('reference', 'caseField.reference', 'text');
const wave = field('wave', 'caseField.wave', 'number');
const radius = field('radiusKm', 'caseField.radiusKm', 'number');
const donorName = field('donorName', 'caseField.donor', 'text');
const bloodGroup = field('bloodGroup', 'caseField.bloodGroup', 'text');
const unitsArranged = field('unitsArranged', 'caseField.unitsArranged', 'number');
const unitsRequested = field('unitsRequested', 'caseField.unitsRequested', 'number');
const answer = [
  field('answer', 'caseField.answer', codes('caseEventValue.answer')),
  field('channel', 'caseField.answeredBy', codes('outreach.ask.channel')),
  field('effect', 'caseField.effect', codes('caseEventValue.effect')),
  unitsArranged,
  unitsRequested,
];

/** Every event type the server records on a case, and what its timeline entry shows, in this order. */
export const eventFields: Record<CaseEventType, readonly FieldSpec[]> = {
  created: [channel, priority, reasons],
  message_attached: [
    channel,
    field('receivedAt', 'caseField.receivedAt', 'time'),
    field('timesAsked', 'caseField.timesAsked', 'number'),
  ],
  status_changed: [status, closeReason, field('matchedWith', 'caseField.matchedWith', 'matchedWith')],
  claimed: [assignee],
  assigned: [assignee],
  note_added: [],
  field_edited: [
    field('requesterName', 'caseField.requesterName', 'text'),
    // Masked by the server unless the reader revealed the numbers: shown as the server sends them.
    field('requesterPhones', 'caseField.phones', 'text'),
    field('requesterLanguage', 'caseField.language', codes('language')),
    field('consentToShare', 'caseField.consentToShare', 'yesNo'),
    field('patientName', 'caseField.patientName', 'text'),
    field('patientAge', 'caseField.age', 'number'),
    field('patientSex', 'caseField.sex', codes('sex')),
    field('conditions', 'caseField.conditions', codes('condition')),
    field('spo2', 'caseField.spo2', 'number'),
    field('transfusionDate', 'caseField.transfusionDate', 'day'),
    field('districtCode', 'caseField.district', 'district'),
    field('locality', 'caseField.locality', 'text'),
    field('address', 'caseField.address', 'text'),
    field('pincode', 'caseField.pincode', 'text'),
    field('hospital', 'caseField.hospital', 'text'),
    field('lat', 'caseField.lat', 'number'),
    field('lon', 'caseField.lon', 'number'),
    field('needs', 'caseField.needs', 'needs'),
  ],
  contact_revealed: [field('phones', 'caseField.phonesShown', 'number')],
  call_logged: [field('outcome', 'caseField.outcome', codes('callOutcome'))],
  priority_overridden: [priority, field('overridden', 'caseField.overridden', 'yesNo')],
  priority_changed: [priority, reasons],
  quantity_recorded: [
    field('resource', 'caseField.resource', codes('resource')),
    field('quantityFulfilled', 'caseField.quantityFulfilled', 'number'),
    field('quantityRequested', 'caseField.quantityRequested', 'number'),
  ],
  merged: [
    field('from', 'caseField.from', 'text'),
    field('into', 'caseField.into', 'text'),
    field('messages', 'caseField.messagesMoved', 'number'),
    field('needs', 'caseField.needs', 'needs'),
    status,
    closeReason,
  ],
  split: [
    field('from', 'caseField.from', 'text', true),
    field('into', 'caseField.into', 'text'),
    field('messages', 'caseField.messagesMoved', 'number'),
    field('needs', 'caseField.needsMoved', 'number'),
    priority,
    reasons,
  ],
  escalated: [
    field('reason', 'caseField.reason', codes('lending.gate.reason')),
    field('spo2', 'caseField.spo2', 'number'),
    field('coordinators', 'caseField.coordinators', 'number'),
  ],
  message_resent: [
    channel,
    field('purpose', 'caseField.purpose', codes('outboundPurpose')),
    field('state', 'caseField.deliveryState', codes('outboundState')),
  ],
  referred: [field('organisationName', 'caseField.organisation', 'text')],
  outreach_started: [radius, priority],
  outreach_widened: [
    wave,
    radius,
    field('asked', 'caseField.asked', 'number'),
    field('expired', 'caseField.expired', 'number'),
  ],
  outreach_stopped: [
    field('reason', 'caseField.stopReason', codes('outreach.stopReason')),
    field('asksClosed', 'caseField.asksClosed', 'number'),
  ],
  outreach_exhausted: [wave, radius],
  donor_asked: [
    donorName,
    bloodGroup,
    // "Wave 2": the kind carries the wave, so the wave is not repeated on a line of its own.
    field(
      'kind',
      'caseField.askKind',
      codes('outreach.ask.kind', (details) => ({ wave: details.wave ?? '' })),
    ),
    field('distanceKm', 'caseField.distanceKm', 'number'),
    field('sendAfter', 'caseField.sendAfter', 'time'),
  ],
  donor_answered: answer,
  donor_matched: answer,
  replacement_donor_added: [donorName, bloodGroup, unitsArranged, unitsRequested],
  loan_lent: [
    loan,
    field('item', 'caseField.item', 'text'),
    field('kind', 'caseField.itemKind', codes('lending.kind')),
    field('dueOn', 'caseField.dueOn', 'day'),
    field('minutesSinceFirstMessage', 'caseField.minutesSinceFirstMessage', 'number'),
  ],
  loan_handed_over: [
    loan,
    field('handedOverAt', 'caseField.handedOverAt', 'time'),
    field('minutesToHandOver', 'caseField.minutesToHandOver', 'number'),
  ],
  loan_returned: [loan, field('condition', 'caseField.condition', codes('lending.condition'))],
  loan_overdue: [
    loan,
    field('dueOn', 'caseField.dueOn', 'day'),
    field('daysOverdue', 'caseField.daysOverdue', 'number'),
  ],
};

/** One value as the timeline words it; the component turns it into text in the language on screen. */
export type Shown =
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'time'; iso: string }
  | { kind: 'day'; iso: string }
  | { kind: 'yesNo'; value: boolean }
  | { kind: 'code'; key: string; values?: Record<string, unknown> }
  | { kind: 'person'; id: string; name: string | null }
  | { kind: 'need'; resource: string; detail: string | null; quantity: number }
  | { kind: 'district'; code: string }
  | { kind: 'matchedText'; text: string }
  | { kind: 'matchedLead'; leadKind: string | null; name: string | null; resources: string[] }
  | { kind: 'list'; items: Shown[] };

export interface DetailLine {
  key: string;
  label: ParseKeys<'translation'>;
  /** Present when the event says what it was before and that differs. */
  before?: Shown;
  after: Shown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const codeLike = /^[A-Za-z0-9_+-]+$/;

/**
 * One value in its format; null when it cannot be read as such (a code that is not a code, a day that is not a
 * day), so a malformed fact is left out rather than shown raw.
 */
export function shownValue(value: unknown, format: ValueFormat, details: Record<string, unknown>): Shown | null {
  if (isEmpty(value)) return { kind: 'none' };
  if (Array.isArray(value)) {
    const items = value.map((v) => shownValue(v, format, details)).filter((s): s is Shown => s !== null);
    return items.length === 0 ? null : { kind: 'list', items };
  }
  if (typeof format === 'object') {
    return typeof value === 'string' && codeLike.test(value)
      ? { kind: 'code', key: `${format.codes}.${value}`, ...(format.values ? { values: format.values(details) } : {}) }
      : null;
  }
  switch (format) {
    case 'text':
      return typeof value === 'string' || typeof value === 'number' ? { kind: 'text', text: String(value) } : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { kind: 'number', value } : null;
    case 'time':
      return typeof value === 'string' && isoTime.test(value) && !Number.isNaN(Date.parse(value))
        ? { kind: 'time', iso: value }
        : null;
    case 'day':
      return typeof value === 'string' && isoDay.test(value) ? { kind: 'day', iso: value } : null;
    case 'yesNo':
      return typeof value === 'boolean' ? { kind: 'yesNo', value } : null;
    case 'district':
      return typeof value === 'string' ? { kind: 'district', code: value } : null;
    case 'person':
      return typeof value === 'string'
        ? {
            kind: 'person',
            id: value,
            name:
              details.assigneeId === value && typeof details.assigneeName === 'string' ? details.assigneeName : null,
          }
        : null;
    case 'needs':
      // A need as edited ({ resource, quantity, bloodGroup, medicine }), or a resource code (a merge's needs).
      if (typeof value === 'string') return codeLike.test(value) ? { kind: 'code', key: `resource.${value}` } : null;
      if (!isRecord(value) || typeof value.resource !== 'string') return null;
      return {
        kind: 'need',
        resource: value.resource,
        detail: [value.bloodGroup, value.medicine].find((d): d is string => typeof d === 'string' && d !== '') ?? null,
        quantity: typeof value.quantity === 'number' ? value.quantity : 1,
      };
    case 'matchedWith':
      if (!isRecord(value)) return null;
      if (value.kind === 'text' && typeof value.text === 'string') return { kind: 'matchedText', text: value.text };
      if (value.kind !== 'lead') return null;
      return {
        kind: 'matchedLead',
        leadKind: typeof value.leadKind === 'string' ? value.leadKind : null,
        name: typeof value.name === 'string' && value.name !== '' ? value.name : null,
        resources: Array.isArray(value.resources) ? value.resources.filter((r) => typeof r === 'string') : [],
      };
  }
}

/** The lines of one event: its type's facts that it carries, each worded, before → after where it changed. */
export function eventDetails(event: {
  type: CaseEventType;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}): DetailLine[] {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const lines: DetailLine[] = [];
  for (const spec of eventFields[event.type] ?? []) {
    if (spec.fromBefore) {
      const shown = isEmpty(before[spec.key]) ? null : shownValue(before[spec.key], spec.format, before);
      if (shown !== null) lines.push({ key: spec.key, label: spec.label, after: shown });
      continue;
    }
    const hasBefore = spec.key in before;
    const hasAfter = spec.key in after;
    // Nothing on either side (a close reason on a case never closed) says nothing.
    if (isEmpty(before[spec.key]) && isEmpty(after[spec.key])) continue;
    const shownAfter = shownValue(hasAfter ? after[spec.key] : null, spec.format, after);
    if (shownAfter === null) continue;
    const changed = hasBefore && !(hasAfter && JSON.stringify(before[spec.key]) === JSON.stringify(after[spec.key]));
    const shownBefore = changed ? shownValue(before[spec.key], spec.format, before) : null;
    lines.push({
      key: spec.key,
      label: spec.label,
      after: shownAfter,
      ...(shownBefore === null ? {} : { before: shownBefore }),
    });
  }
  return lines;
}
