import { useTranslation } from 'react-i18next';
import type { CaseEventView } from '../../../shared/contracts/cases.js';
import { useFormatDate } from '../../components/use-format-date';
import { useOptionalText } from '../../components/use-optional-text';

/** Fields whose values are codes from a closed set, and the catalog section that names them. */
const codeCatalogs: Record<string, string> = {
  status: 'caseStatus',
  from: 'caseStatus',
  to: 'caseStatus',
  priority: 'priority',
  closeReason: 'closeReason',
  outcome: 'callOutcome',
  channel: 'channel',
  resource: 'resource',
  fulfilment: 'fulfilment',
  sex: 'sex',
  language: 'language',
  conditions: 'condition',
  reasons: 'priorityReason',
  needs: 'resource',
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Ids mean nothing to a person: a person's id is shown as their name, any other id not at all. */
const isIdField = (key: string) => /Ids?$/.test(key);
const isEmpty = (value: unknown) => value === null || value === undefined || value === '';
const isIdValue = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && uuidPattern.test(value));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every change to the case, oldest first: what, who, when, what it was and what it became, and why. */
export function CaseTimeline({
  events,
  people,
}: {
  events: readonly CaseEventView[];
  /** Names for the person ids events carry (assignments): everyone who acted on the case, and the assignee. */
  people: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const ordered = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <section className="panel" aria-labelledby="case-timeline">
      <h2 id="case-timeline">{t('case.timeline.heading')}</h2>
      <ol className="timeline">
        {ordered.map((event) => (
          <li key={event.id} className={`timeline-event event-${event.type}`} data-event-type={event.type}>
            <p className="timeline-head">
              <strong>{t(`caseEvent.${event.type}`)}</strong>
              <time dateTime={event.at}>{formatTime(event.at)}</time>
            </p>
            <p className="timeline-actor">{event.actor?.name ?? t('case.timeline.system')}</p>
            <EventChanges before={event.before} after={event.after} people={people} />
            {event.note ? <p className="timeline-note">{event.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function EventChanges({
  before,
  after,
  people,
}: {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  people: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const optionalText = useOptionalText();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (key) =>
      // The assignee's name travels with the event only to label `assigneeId`.
      key !== 'assigneeName' &&
      // Nothing on either side (a close reason on a case never closed) says nothing.
      !(isEmpty(before?.[key]) && isEmpty(after?.[key])) &&
      (key === 'assigneeId' || !(isIdField(key) || (isIdValue(before?.[key]) && isIdValue(after?.[key])))),
  );
  if (keys.length === 0) return null;

  const show = (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.none');
    if (key === 'assigneeId' && typeof value === 'string') {
      const named = after?.assigneeId === value && typeof after.assigneeName === 'string' ? after.assigneeName : null;
      return people.get(value) ?? named ?? t('case.timeline.someone');
    }
    if (Array.isArray(value)) {
      return value.length === 0 ? t('common.none') : value.map((v) => show(key, v)).join(t('common.listSeparator'));
    }
    if (key === 'matchedWith' && isRecord(value)) return matchedWith(value);
    if (isRecord(value)) {
      if (typeof value.name === 'string') return value.name;
      if (typeof value.reference === 'string') return value.reference;
      // A need, as the needs are listed everywhere else: "Plasma (AB+) × 1".
      if (typeof value.resource === 'string') {
        const what = show('resource', value.resource);
        const detail = [value.bloodGroup, value.medicine].find((d) => typeof d === 'string' && d !== '');
        return t('needs.summary', {
          what: typeof detail === 'string' ? t('needs.withDetail', { what, detail }) : what,
          quantity: typeof value.quantity === 'number' ? value.quantity : 1,
        });
      }
      return Object.entries(value)
        .filter(([k]) => !isIdField(k))
        .map(([k, v]) => t('case.timeline.pair', { field: fieldName(k), value: show(k, v) }))
        .join(t('common.listSeparator'));
    }
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'string' && isoTimePattern.test(value) && !Number.isNaN(Date.parse(value))) {
      return formatTime(value);
    }
    const text = String(value);
    const catalog = codeCatalogs[key];
    return (catalog && optionalText(`${catalog}.${text}`)) ?? text;
  };
  const fieldName = (key: string) => optionalText(`caseField.${key}`) ?? key;
  /** What a case was matched with: the words as typed, or a lead by its kind, name and what it offers. */
  const matchedWith = (value: Record<string, unknown>): string => {
    if (value.kind === 'text' && typeof value.text === 'string') return value.text;
    if (value.kind !== 'lead') return t('common.none');
    const values = {
      kind: typeof value.leadKind === 'string' ? (optionalText(`leadKind.${value.leadKind}`) ?? value.leadKind) : '',
      name: typeof value.name === 'string' && value.name !== '' ? value.name : t('case.timeline.unnamed'),
    };
    const resources = Array.isArray(value.resources) ? value.resources.filter((r) => typeof r === 'string') : [];
    return resources.length === 0
      ? t('case.timeline.matchedLead', values)
      : t('case.timeline.matchedLeadWith', { ...values, resources: show('resource', resources) });
  };

  return (
    <dl className="timeline-changes">
      {keys.map((key) => {
        const hasBefore = before !== null && key in before;
        const hasAfter = after !== null && key in after;
        return (
          <div key={key}>
            <dt>{fieldName(key)}</dt>
            <dd>
              {hasBefore && !(hasAfter && JSON.stringify(before[key]) === JSON.stringify(after?.[key]))
                ? t('case.timeline.change', {
                    before: show(key, before[key]),
                    after: show(key, hasAfter ? after?.[key] : null),
                  })
                : show(key, after?.[key])}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
