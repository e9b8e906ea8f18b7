import { useTranslation } from 'react-i18next';

type Details = Record<string, unknown>;

const isDetails = (value: unknown): value is Details =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An event's details as the server recorded them: names and values are data, not UI text. */
export function AuditDetails({ details }: { details: Details }) {
  const { t } = useTranslation();
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  const show = (value: unknown) => {
    if (isDetails(value)) return <AuditDetails details={value} />;
    if (value === null || value === '') return t('common.none');
    if (Array.isArray(value))
      return value.length === 0 ? t('common.none') : value.map(String).join(t('common.listSeparator'));
    return String(value);
  };
  return (
    <dl className="audit-details">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{show(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
