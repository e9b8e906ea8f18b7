import { useTranslation } from 'react-i18next';
import type { AuditEventView } from '../../../shared/contracts/audit.js';
import { useFormatDate } from '../../components/use-format-date';
import { useFormatDuration } from '../../components/use-format-duration';
import { useOptionalText } from '../../components/use-optional-text';
import { useDistrictNames } from '../geography/use-district-names';
import { describeRow, groupEvents, type Fact, type Wording } from './audit-sentences';

function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="audit-details">
      {facts.map((fact, index) => (
        <div key={`${fact.label}-${index}`}>
          <dt>{fact.label}</dt>
          <dd>{'facts' in fact ? <Facts facts={fact.facts} /> : fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The log as sentences, newest first; what a sentence leaves out waits under "details". */
export function AuditEventList({ events }: { events: readonly AuditEventView[] }) {
  const { t, i18n } = useTranslation();
  // Language names from the browser's own data, in the language on screen: "Hindi", or "अंग्रेज़ी".
  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'medium' });
  const wording: Wording = {
    t,
    optional: useOptionalText(),
    districtNames: useDistrictNames(),
    duration: useFormatDuration(),
    time: formatTime,
    languageName: (code) => languageNames.of(code) ?? code,
  };
  return (
    <ol className="audit-events">
      {groupEvents(events).map((row) => {
        const [newest] = row.events;
        if (!newest) return null;
        const { sentence, facts } = describeRow(row, wording);
        const oldest = row.events.at(-1) ?? newest;
        // A run within the same second is one moment.
        const isSpan = formatTime(oldest.at) !== formatTime(newest.at);
        return (
          <li
            key={row.key}
            className="audit-event"
            data-action={newest.action}
            data-count={row.events.length > 1 ? row.events.length : undefined}
          >
            <p className="audit-sentence">{sentence}</p>
            <p className="audit-when">
              {isSpan ? (
                <>
                  <time dateTime={oldest.at}>{formatTime(oldest.at)}</time>
                  {t('audit.rangeSeparator')}
                </>
              ) : null}
              <time dateTime={newest.at}>{formatTime(newest.at)}</time>
            </p>
            {facts.length > 0 ? (
              <details className="audit-more">
                <summary>{t('audit.more')}</summary>
                <Facts facts={facts} />
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
