import { useTranslation } from 'react-i18next';
import type { CaseEventView } from '../../../shared/contracts/cases.js';
import { useFormatDate } from '../../components/use-format-date';
import { useFormatNumber } from '../../components/use-format-number';
import { useLocalName } from '../../components/use-local-name';
import { useOptionalText } from '../../components/use-optional-text';
import { useDistricts } from '../geography/use-geography';
import { eventDetails, type Shown } from './event-details';

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
            <EventChanges event={event} people={people} />
            {event.note ? <p className="timeline-note">{event.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function EventChanges({ event, people }: { event: CaseEventView; people: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const optionalText = useOptionalText();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const formatDay = useFormatDate({ dateStyle: 'medium', timeZone: 'UTC' });
  const formatNumber = useFormatNumber();
  const localName = useLocalName();
  const districts = useDistricts();
  const lines = eventDetails(event);
  if (lines.length === 0) return null;

  /** A value in the language on screen; null when its code has no words yet (the line is then left out). */
  const show = (value: Shown): string | null => {
    switch (value.kind) {
      case 'none':
        return t('common.none');
      case 'text':
        return value.text;
      case 'number':
        return formatNumber(value.value);
      case 'time':
        return formatTime(value.iso);
      case 'day':
        return formatDay(`${value.iso}T00:00:00Z`);
      case 'yesNo':
        return value.value ? t('common.yes') : t('common.no');
      case 'code':
        return optionalText(value.key, value.values) ?? null;
      case 'person':
        return people.get(value.id) ?? value.name ?? t('case.timeline.someone');
      case 'district': {
        const district = districts.data?.find((d) => d.code === value.code);
        return district ? localName(district) : value.code;
      }
      case 'need': {
        const what = optionalText(`resource.${value.resource}`);
        if (what === undefined) return null;
        return t('needs.summary', {
          what: value.detail === null ? what : t('needs.withDetail', { what, detail: value.detail }),
          quantity: value.quantity,
        });
      }
      case 'matchedText':
        return value.text;
      case 'matchedLead': {
        const values = {
          kind: (value.leadKind === null ? undefined : optionalText(`leadKind.${value.leadKind}`)) ?? '',
          name: value.name ?? t('case.timeline.unnamed'),
        };
        const resources = value.resources
          .map((r) => optionalText(`resource.${r}`))
          .filter((r): r is string => r !== undefined);
        return resources.length === 0
          ? t('case.timeline.matchedLead', values)
          : t('case.timeline.matchedLeadWith', { ...values, resources: resources.join(t('common.listSeparator')) });
      }
      case 'list': {
        const items = value.items.map(show).filter((v): v is string => v !== null);
        return items.length === 0 ? null : items.join(t('common.listSeparator'));
      }
    }
  };

  const shownLines = lines.flatMap((line) => {
    const after = show(line.after);
    if (after === null) return [];
    const before = line.before === undefined ? null : show(line.before);
    return [
      {
        key: line.key,
        label: t(line.label),
        text: before === null ? after : t('case.timeline.change', { before, after }),
      },
    ];
  });
  if (shownLines.length === 0) return null;

  return (
    <dl className="timeline-changes">
      {shownLines.map((line) => (
        <div key={line.key}>
          <dt>{line.label}</dt>
          <dd>{line.text}</dd>
        </div>
      ))}
    </dl>
  );
}
