// The audit log in words: each event (or a run of failed sign-ins) as one sentence in the reader's language, with
// people and organisations by name (never an id), and what the sentence leaves out as labelled facts.
import type { TFunction } from 'i18next';
import type { AuditEventView } from '../../../shared/contracts/audit.js';
import { channelSecretNames } from '../../../shared/contracts/channels.js';
import {
  caseStatuses,
  languages,
  organisationKinds,
  priorities,
  providers,
  roles,
  type Priority,
} from '../../../shared/enums.js';

/** What turns data into words: the catalogs, and the lookups that need loaded data or the screen's language. */
export interface Wording {
  t: TFunction;
  /** The catalog's text for a key built from data, or undefined when it has none. */
  optional: (key: string) => string | undefined;
  districtNames: (codes: readonly string[]) => string[];
  /** "23 min", "2 h" */
  duration: (minutes: number) => string;
  /** A moment, as the page writes times. */
  time: (iso: string) => string;
  /** A language's name in the reader's language ("Hindi", "अंग्रेज़ी"). */
  languageName: (code: string) => string;
}

/** A labelled value under "details"; an object's facts nest. */
export type Fact = { label: string; value: string } | { label: string; facts: Fact[] };

export interface AuditRow {
  key: string;
  /** Newest first: one event, or a run of failed sign-ins for the same account. */
  events: readonly AuditEventView[];
}

export interface AuditWords {
  sentence: string;
  facts: Fact[];
}

type Details = Record<string, unknown>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Failed sign-ins further apart than the lockout window are separate runs. */
const runWindowMs = 15 * 60_000;

const isRecord = (value: unknown): value is Details =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isOneOf = <T extends string>(set: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (set as readonly string[]).includes(value);
const textOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const codesOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** All but the country code, the first two and the last three digits, as the server masks numbers: +91 98xxx xx345. */
export function maskPhone(e164: string): string {
  const indian = e164.startsWith('+91');
  const national = indian ? e164.slice(3) : e164.replace(/^\+/, '');
  if (national.length < 6) return '•••';
  return `${indian ? '+91 ' : '+'}${national.slice(0, 2)}xxx xx${national.slice(-3)}`;
}

const isPhone = (value: string) => /^\+\d{7,15}$/.test(value);

const isFailure = (event: AuditEventView) =>
  event.action === 'auth.sign_in_failed' || event.action === 'auth.sign_in_locked';

/**
 * Events as rows: a run of failed sign-ins for one identifier (ending, perhaps, in the lock) is one row, so that
 * "5 failed sign-ins — sign-in locked" reads as what happened.
 */
export function groupEvents(events: readonly AuditEventView[]): AuditRow[] {
  const rows: { key: string; events: AuditEventView[] }[] = [];
  for (const event of events) {
    const row = rows.at(-1);
    const head = row?.events[0];
    const newest = row?.events.at(-1);
    const joins =
      row !== undefined &&
      head !== undefined &&
      newest !== undefined &&
      event.action === 'auth.sign_in_failed' &&
      isFailure(head) &&
      head.details.identifier === event.details.identifier &&
      head.subjectId === event.subjectId &&
      Date.parse(newest.at) - Date.parse(event.at) <= runWindowMs;
    if (joins) row.events.push(event);
    else rows.push({ key: event.id, events: [event] });
  }
  return rows;
}

/** The words for one row: its sentence, and the facts it leaves out. */
export function describeRow(row: AuditRow, w: Wording): AuditWords {
  const [event] = row.events;
  if (!event) return { sentence: '', facts: [] };
  const { sentence, used } = sentenceOf(row, event, w);
  const rest = Object.entries(event.details).filter(([key]) => !used.includes(key) && key !== 'via');
  const facts = rest.map(([key, value]) => factOf(key, value, event, w));
  if (row.events.length > 1) {
    facts.push({
      label: w.t('audit.attempts'),
      facts: row.events.map((e) => ({ label: w.time(e.at), value: e.ip ?? w.t('audit.value.none') })),
    });
  } else if (event.ip) {
    facts.push({ label: w.t('audit.field.ip'), value: event.ip });
  }
  return { sentence, facts };
}

function actorOf(event: AuditEventView, w: Wording): string {
  if (event.actorName) return event.actorName;
  if (event.details.via === 'cli') return w.t('audit.actor.cli');
  return event.actorId === null ? w.t('audit.actor.system') : w.t('audit.actor.someone');
}

function personOf(id: unknown, event: AuditEventView, w: Wording): string {
  return (typeof id === 'string' ? event.names[id] : undefined) ?? w.t('audit.someone.person');
}

function organisationOf(id: unknown, event: AuditEventView, w: Wording, fallback?: unknown): string {
  return (
    (typeof id === 'string' ? event.names[id] : undefined) ?? textOf(fallback) ?? w.t('audit.someone.organisation')
  );
}

function listOf(items: readonly string[], w: Wording): string {
  return items.length === 0 ? w.t('audit.value.none') : items.join(w.t('common.listSeparator'));
}

function districtsOf(value: unknown, w: Wording): string {
  const codes = codesOf(value);
  return codes.length === 0 ? w.t('audit.districts.all') : listOf(w.districtNames(codes), w);
}

/** Who a sign-in attempt was for: the account's name and the masked identifier typed. */
function whoOf(event: AuditEventView, w: Wording): string {
  const typed = textOf(event.details.identifier);
  const identifier = typed === null ? null : isPhone(typed) ? maskPhone(typed) : typed.includes('@') ? typed : null;
  const name = event.actorName ?? (event.subjectId ? event.names[event.subjectId] : undefined);
  if (identifier === null) return name ?? w.t('audit.who.unreadable');
  return name ? w.t('audit.who.named', { name, identifier }) : w.t('audit.who.noAccount', { identifier });
}

/** A value in the reader's language, by what its field holds. */
export function valueText(key: string, value: unknown, event: AuditEventView, w: Wording): string {
  const none = w.t('audit.value.none');
  if (value === null || value === undefined || value === '') return none;
  if (key === 'isActive' && typeof value === 'boolean')
    return w.t(value ? 'audit.value.active' : 'audit.value.inactive');
  if (typeof value === 'boolean') return w.t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') return String(value);
  if (key === 'districts') return districtsOf(value, w);
  if (Array.isArray(value)) {
    return listOf(
      value.map((item) => valueText(key, item, event, w)),
      w,
    );
  }
  if (typeof value !== 'string') return none;
  if ((key === 'preferredLanguage' || key === 'language') && isOneOf(languages, value)) return w.languageName(value);
  if (key === 'role' && isOneOf(roles, value)) return w.t(`role.${value}`);
  if (key === 'kind' && isOneOf(organisationKinds, value)) return w.t(`organisationKind.${value}`);
  if (key === 'provider' && isOneOf(providers, value)) return w.t(`provider.${value}`);
  if (key === 'notifyOn' && isOneOf(caseStatuses, value)) return w.t(`caseStatus.${value}`);
  if ((key === 'secrets' || key === 'secretsReplaced') && isOneOf(channelSecretNames, value))
    return w.t(`channels.secret.${value}`);
  if (key === 'source' && value === 'demo seed') return w.t('audit.value.demoSeed');
  if (uuidPattern.test(value)) {
    return (
      event.names[value] ?? (key === 'organisationId' ? w.t('audit.someone.organisation') : w.t('audit.someone.person'))
    );
  }
  if (isPhone(value)) return maskPhone(value);
  return value;
}

function labelOf(key: string, w: Wording): string {
  return w.optional(`audit.field.${key}`) ?? key;
}

function factOf(key: string, value: unknown, event: AuditEventView, w: Wording): Fact {
  if (isRecord(value)) {
    // An administrator's membership has no organisation or districts to speak of.
    const entries = Object.entries(value).filter(
      ([k]) => !(value.role === 'admin' && (k === 'organisationId' || k === 'districts')),
    );
    return { label: labelOf(key, w), facts: entries.map(([k, v]) => factOf(k, v, event, w)) };
  }
  return { label: labelOf(key, w), value: valueText(key, value, event, w) };
}

function joined(changes: readonly string[], w: Wording): string {
  return changes.join(w.t('audit.changeSeparator'));
}

function change(key: string, from: unknown, to: unknown, event: AuditEventView, w: Wording): string {
  return w.t('audit.change', {
    field: labelOf(key, w),
    from: valueText(key, from, event, w),
    to: valueText(key, to, event, w),
  });
}

interface Sentence {
  sentence: string;
  /** The details the sentence has said, left out of the facts. */
  used: string[];
}

function sentenceOf(row: AuditRow, event: AuditEventView, w: Wording): Sentence {
  const { t } = w;
  const d = event.details;
  const actor = actorOf(event, w);
  const subject = personOf(event.subjectId, event, w);
  switch (event.action) {
    case 'auth.sign_in': {
      const how = `${d.via === 'email' ? 'email' : 'phone'}${d.withCode === true ? 'WithCode' : ''}` as const;
      return { sentence: t('audit.sentence.signIn', { actor, how: t(`audit.signInVia.${how}`) }), used: ['withCode'] };
    }
    case 'auth.sign_in_failed':
    case 'auth.sign_in_locked': {
      const who = whoOf(event, w);
      const count = row.events.length;
      const locked = event.action === 'auth.sign_in_locked';
      const sentence =
        count === 1
          ? t(locked ? 'audit.sentence.signInLocked' : 'audit.sentence.signInFailed', { who })
          : t(locked ? 'audit.sentence.signInFailedThenLocked' : 'audit.sentence.signInFailedRepeated', {
              who,
              count,
            });
      return { sentence, used: ['identifier'] };
    }
    case 'auth.sign_in_code_sent':
      return {
        sentence: t(d.delivered === false ? 'audit.sentence.signInCodeNotSent' : 'audit.sentence.signInCodeSent', {
          subject,
        }),
        used: ['delivered', ...(d.delivered === false ? ['provider'] : [])],
      };
    case 'auth.sign_out':
      return { sentence: t('audit.sentence.signOut', { actor }), used: [] };
    case 'auth.password_changed':
      return { sentence: t('audit.sentence.passwordChanged', { actor }), used: [] };
    case 'user.created': {
      const name = event.subjectId ? event.names[event.subjectId] : undefined;
      const person = name ?? textOf(d.name) ?? subject;
      if (d.source === 'demo seed' && event.actorId === null) {
        return { sentence: t('audit.sentence.userCreatedDemo', { subject: person }), used: ['name', 'source'] };
      }
      return { sentence: t('audit.sentence.userCreated', { actor, subject: person }), used: ['name'] };
    }
    case 'user.updated':
      return userUpdated(event, actor, subject, w);
    case 'membership.added':
    case 'membership.removed': {
      const person = personOf(d.userId, event, w);
      const added = event.action === 'membership.added';
      const used = ['userId', 'role', 'organisationId', 'districts'];
      if (d.role === 'admin' || d.organisationId === null || d.organisationId === undefined) {
        return {
          sentence: t(added ? 'audit.sentence.adminAdded' : 'audit.sentence.adminRemoved', { actor, subject: person }),
          used,
        };
      }
      return {
        sentence: t(added ? 'audit.sentence.membershipAdded' : 'audit.sentence.membershipRemoved', {
          actor,
          subject: person,
          organisation: organisationOf(d.organisationId, event, w),
          role: valueText('role', d.role, event, w),
          districts: districtsOf(d.districts, w),
        }),
        used,
      };
    }
    case 'organisation.created':
      return {
        sentence: t('audit.sentence.organisationCreated', {
          actor,
          organisation: organisationOf(event.subjectId, event, w, d.name),
          kind: valueText('kind', d.kind, event, w),
          districts: districtsOf(d.districts, w),
        }),
        used: ['name', 'kind', 'districts'],
      };
    case 'organisation.updated':
      return organisationUpdated(event, actor, w);
    case 'phone.flagged':
    case 'phone.unflagged': {
      const phone = event.subjectId ? maskPhone(event.subjectId) : t('audit.value.none');
      return event.action === 'phone.flagged'
        ? {
            sentence: t('audit.sentence.phoneFlagged', {
              actor,
              phone,
              reason: textOf(d.reason) ?? t('audit.value.none'),
            }),
            used: ['reason'],
          }
        : { sentence: t('audit.sentence.phoneUnflagged', { actor, phone }), used: [] };
    }
    case 'channel.created':
      return {
        sentence: t('audit.sentence.channelCreated', {
          actor,
          provider: valueText('provider', d.provider, event, w),
          label: textOf(d.label) ?? t('audit.value.none'),
          address: textOf(d.address) ?? t('audit.value.none'),
        }),
        used: ['provider', 'label', 'address'],
      };
    case 'channel.updated':
      return channelUpdated(event, actor, w);
    case 'case.contact_revealed':
      return {
        sentence: t('audit.sentence.caseContactRevealed', {
          actor,
          reference: textOf(d.reference) ?? t('audit.value.none'),
        }),
        used: ['reference'],
      };
    case 'callback.claimed':
      return { sentence: t('audit.sentence.callbackClaimed', { actor }), used: [] };
    case 'lead.contact_revealed':
      return { sentence: t('audit.sentence.leadContactRevealed', { actor }), used: [] };
    case 'donor.contact_revealed':
      return { sentence: t('audit.sentence.donorContactRevealed', { actor }), used: [] };
    case 'loan.contact_revealed':
      return { sentence: t('audit.sentence.loanContactRevealed', { actor }), used: [] };
    case 'transfusion_patient.contact_revealed':
      return { sentence: t('audit.sentence.patientContactRevealed', { actor }), used: [] };
    case 'certificate.revoked':
      return {
        sentence: t('audit.sentence.certificateRevoked', {
          actor,
          number: textOf(d.number) ?? t('audit.value.none'),
          reason: textOf(d.reason) ?? t('audit.value.none'),
        }),
        used: ['number', 'reason'],
      };
    case 'donor.imported':
      return {
        sentence: t('audit.sentence.donorsImported', {
          actor,
          organisation: organisationOf(d.organisationId, event, w),
          rows: typeof d.rows === 'number' ? d.rows : 0,
          created: typeof d.created === 'number' ? d.created : 0,
          updated: typeof d.updated === 'number' ? d.updated : 0,
        }),
        used: ['organisationId', 'rows', 'created', 'updated'],
      };
  }
}

function userUpdated(event: AuditEventView, actor: string, subject: string, w: Wording): Sentence {
  const { t } = w;
  const d = event.details;
  if (!isRecord(d.changes)) {
    // Recorded without a list of changes: a deactivation by the server itself (the demo removed).
    if (d.isActive === false) {
      return d.reason === 'demo removed'
        ? { sentence: t('audit.sentence.deactivatedDemoRemoved', { subject }), used: ['isActive', 'reason'] }
        : { sentence: t('audit.sentence.deactivated', { actor, subject }), used: ['isActive'] };
    }
    return { sentence: t('audit.sentence.detailsSaved', { actor, subject }), used: [] };
  }
  const changes = Object.entries(d.changes).flatMap(([key, value]) =>
    isRecord(value) ? [{ key, from: value.from, to: value.to }] : [],
  );
  const used = ['changes'];
  const [only] = changes;
  if (changes.length === 1 && only) {
    const from = valueText(only.key, only.from, event, w);
    const to = valueText(only.key, only.to, event, w);
    switch (only.key) {
      case 'name':
        return { sentence: t('audit.sentence.nameChanged', { actor, subject, from, to }), used };
      case 'email':
        if (!textOf(only.from)) return { sentence: t('audit.sentence.emailSet', { actor, subject, to }), used };
        if (!textOf(only.to)) return { sentence: t('audit.sentence.emailRemoved', { actor, subject, from }), used };
        return { sentence: t('audit.sentence.emailChanged', { actor, subject, from, to }), used };
      case 'preferredLanguage':
        return event.actorId !== null && event.actorId === event.subjectId
          ? { sentence: t('audit.sentence.ownLanguageChanged', { actor, from, to }), used }
          : { sentence: t('audit.sentence.languageChanged', { actor, subject, from, to }), used };
      case 'isActive':
        return {
          sentence: t(only.to === false ? 'audit.sentence.deactivated' : 'audit.sentence.reactivated', {
            actor,
            subject,
          }),
          used,
        };
    }
  }
  if (changes.length === 0) return { sentence: t('audit.sentence.detailsSaved', { actor, subject }), used };
  const said = changes.map((c) => change(c.key, c.from, c.to, event, w));
  return { sentence: t('audit.sentence.detailsChanged', { actor, subject, changes: joined(said, w) }), used };
}

function organisationUpdated(event: AuditEventView, actor: string, w: Wording): Sentence {
  const { t } = w;
  const d = event.details;
  if (isRecord(d.deskPolicy)) {
    const organisation = organisationOf(event.subjectId, event, w);
    const said = deskPolicyChanges(d.deskPolicy.before, d.deskPolicy.after, w);
    return said.length === 0
      ? { sentence: t('audit.sentence.deskPolicyUnchanged', { actor, organisation }), used: ['deskPolicy'] }
      : {
          sentence: t('audit.sentence.deskPolicyChanged', { actor, organisation, changes: joined(said, w) }),
          used: ['deskPolicy'],
        };
  }
  const before = isRecord(d.before) ? d.before : {};
  const after = isRecord(d.after) ? d.after : {};
  const organisation = organisationOf(event.subjectId, event, w, after.name);
  const said: string[] = [];
  if (before.name !== after.name) said.push(change('name', before.name, after.name, event, w));
  if (before.kind !== after.kind) said.push(change('kind', before.kind, after.kind, event, w));
  const was = codesOf(before.districts);
  const now = codesOf(after.districts);
  const added = now.filter((code) => !was.includes(code));
  const removed = was.filter((code) => !now.includes(code));
  if (added.length > 0) said.push(t('audit.districts.added', { districts: listOf(w.districtNames(added), w) }));
  if (removed.length > 0) said.push(t('audit.districts.removed', { districts: listOf(w.districtNames(removed), w) }));
  const used = ['before', 'after'];
  return said.length === 0
    ? { sentence: t('audit.sentence.organisationUnchanged', { actor, organisation }), used }
    : { sentence: t('audit.sentence.organisationChanged', { actor, organisation, changes: joined(said, w) }), used };
}

const triageFields = [
  'criticalSpo2Below',
  'highSpo2Below',
  'criticalTransfusionHours',
  'highTransfusionHours',
  'elderlyAge',
] as const;

/** Each setting of a desk policy that differs, as "Critical · First response within: 10 min → 5 min". */
export function deskPolicyChanges(before: unknown, after: unknown, w: Wording): string[] {
  const { t } = w;
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const said: string[] = [];
  const num = (value: unknown) => (typeof value === 'number' ? value : null);
  const say = (field: string, from: unknown, to: unknown, show: (n: number) => string) => {
    const x = num(from);
    const y = num(to);
    if (x === y) return;
    const none = t('audit.value.none');
    said.push(t('audit.change', { field, from: x === null ? none : show(x), to: y === null ? none : show(y) }));
  };
  const targetsBefore = isRecord(b.targets) ? b.targets : {};
  const targetsAfter = isRecord(a.targets) ? a.targets : {};
  for (const priority of priorities) {
    const was = isRecord(targetsBefore[priority]) ? targetsBefore[priority] : {};
    const now = isRecord(targetsAfter[priority]) ? targetsAfter[priority] : {};
    const label = (target: string) => t('deskPolicy.targetLabel', { priority: priorityName(priority, w), target });
    say(label(t('deskPolicy.firstResponse')), was.firstResponseMinutes, now.firstResponseMinutes, w.duration);
    say(label(t('deskPolicy.fulfil')), was.fulfilMinutes, now.fulfilMinutes, w.duration);
  }
  say(t('deskPolicy.nearTargetShare'), b.nearTargetShare, a.nearTargetShare, (share) =>
    String(Math.round(share * 100)),
  );
  say(t('deskPolicy.claimIdle'), b.claimIdleMinutes, a.claimIdleMinutes, w.duration);
  const triageBefore = isRecord(b.triage) ? b.triage : {};
  const triageAfter = isRecord(a.triage) ? a.triage : {};
  for (const field of triageFields) {
    say(t(`deskPolicy.triage.${field}`), triageBefore[field], triageAfter[field], String);
  }
  return said;
}

function priorityName(priority: Priority, w: Wording): string {
  return w.t(`priority.${priority}`);
}

function channelUpdated(event: AuditEventView, actor: string, w: Wording): Sentence {
  const { t } = w;
  const d = event.details;
  const name = (event.subjectId ? event.names[event.subjectId] : undefined) ?? textOf(d.label);
  const account = name ? t('audit.channelAccount.named', { label: name }) : t('audit.channelAccount.someone');
  if (d.reason === 'demo removed' && d.enabled === false) {
    return { sentence: t('audit.sentence.channelOffDemoRemoved', { account }), used: ['enabled', 'reason'] };
  }
  const said: string[] = [];
  const setTo = (key: string) => {
    said.push(t('audit.setTo', { field: labelOf(key, w), value: valueText(key, d[key], event, w) }));
  };
  if (typeof d.label === 'string') setTo('label');
  if (typeof d.enabled === 'boolean') said.push(t(d.enabled ? 'audit.turnedOn' : 'audit.turnedOff'));
  if (Array.isArray(d.searches)) setTo('searches');
  if (Array.isArray(d.notifyOn)) setTo('notifyOn');
  if (codesOf(d.secretsReplaced).length > 0) setTo('secretsReplaced');
  const used = ['label', 'enabled', 'searches', 'notifyOn', 'secretsReplaced'];
  return said.length === 0
    ? { sentence: t('audit.sentence.channelUnchanged', { actor, account }), used }
    : { sentence: t('audit.sentence.channelChanged', { actor, account, changes: joined(said, w) }), used };
}
