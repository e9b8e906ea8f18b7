import { useTranslation } from 'react-i18next';
import { jobNameKey } from './job-names';

/**
 * A job in words; its code name (the one the server's logs use) on hover, so the page reads in the person's
 * language. A job without words yet shows its code name.
 */
export function JobName({ name }: { name: string }) {
  const { t } = useTranslation();
  const key = jobNameKey(name);
  if (key === null) return <code>{name}</code>;
  return (
    <span title={name} data-job={name}>
      {t(key)}
    </span>
  );
}
