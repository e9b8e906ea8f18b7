import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { triagePreview } from '../../../shared/contracts/cases.js';
import { sendJson } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useOptionalText } from '../../components/use-optional-text';
import { PriorityBadge } from '../cases/CaseBadges';
import type { IntakeDraft } from './intake-draft';
import { triageBodyFrom } from './triage-preview';

/**
 * The priority the case would get if saved now, and why, by the server's own triage: it follows the form as the
 * operator pastes and types (a plea saying "jaldi" is raised, and says so). Quiet when there is nothing to judge
 * or the server cannot say.
 */
export function TriagePreview({ draft }: { draft: IntakeDraft }) {
  const { t } = useTranslation();
  const optionalText = useOptionalText();
  // Debounced as text: an object would be new on every render and never settle.
  const settled = useDebouncedValue(JSON.stringify(triageBodyFrom(draft)), 400);
  const body = JSON.parse(settled) as ReturnType<typeof triageBodyFrom>;
  const preview = useQuery({
    queryKey: [...queryKeys.cases, 'triage-preview', settled],
    queryFn: () => sendJson('POST', '/cases/triage-preview', body, triagePreview),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
  if (body === null || !preview.data || preview.isError) return null;
  const { priority, reasons, urgency } = preview.data;
  const reasonText = (reason: string) => {
    const words = optionalText(`priorityReason.${reason}`) ?? reason;
    return reason === 'urgent_words' && urgency
      ? t('intake.triage.urgentWord', { reason: words, word: urgency })
      : words;
  };
  return (
    <div
      className={`triage-preview priority-edge-${priority}`}
      role="status"
      data-priority={priority}
      aria-busy={preview.isFetching}
    >
      <p className="triage-preview-head">
        <span>{t('intake.triage.heading')}</span>
        <PriorityBadge priority={priority} />
      </p>
      {reasons.length === 0 ? (
        <p className="field-hint">{t('intake.triage.noReasons')}</p>
      ) : (
        <ul className="triage-reasons">
          {reasons.map((reason) => (
            <li key={reason} data-reason={reason}>
              {reasonText(reason)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
