import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toE164 } from '../../../shared/phone.js';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useLocalName } from '../../components/use-local-name';
import { PriorityBadge, StatusBadge } from '../cases/CaseBadges';
import { useSimilarCases } from '../cases/case-queries';
import { useNeedsText } from '../cases/use-needs-text';
import { casePath } from '../shell/nav-paths';
import type { SimilarParams } from '../../api/query-keys';

/** Opened beside the form, so the call in progress is not lost. */
const newTab = { target: '_blank', rel: 'noopener' } as const;

interface SimilarCasesProps {
  phone: string;
  patientName: string;
  district: string;
}

/** While the operator types: open cases with the same phone, or the same patient in the same district. */
export function SimilarCases({ phone, patientName, district }: SimilarCasesProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const needsText = useNeedsText();
  const e164 = toE164(phone);
  const name = patientName.trim().length >= 3 ? patientName.trim() : '';
  // Debounced as text: an object would be new on every render and never settle.
  const settled = useDebouncedValue(
    JSON.stringify({
      ...(e164 ? { phone: e164 } : {}),
      ...(name !== '' ? { patientName: name } : {}),
      ...(district !== '' ? { district } : {}),
    }),
    400,
  );
  const params = JSON.parse(settled) as SimilarParams;
  const isAsking = params.phone !== undefined || params.patientName !== undefined;
  const similar = useSimilarCases(params, isAsking);
  const items = isAsking ? (similar.data?.items ?? []) : [];
  if (items.length === 0) return null;
  return (
    <aside className="similar-cases" aria-live="polite" aria-labelledby="similar-cases-heading">
      <h2 id="similar-cases-heading">{t('intake.similar.heading')}</h2>
      <p className="field-hint">{t('intake.similar.hint')}</p>
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id} className="similar-case">
            <Link to={casePath(item.id)} {...newTab}>
              {item.reference}
            </Link>{' '}
            <PriorityBadge priority={item.priority} /> <StatusBadge status={item.status} />
            <span className="similar-case-text">
              {t('intake.similar.item', {
                needs: needsText(item.needs),
                district: localName(item.district),
                name: item.patientName ?? item.requesterName ?? t('common.none'),
              })}
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
