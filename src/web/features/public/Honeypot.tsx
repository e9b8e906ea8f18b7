import { useTranslation } from 'react-i18next';

/**
 * A field people never see or reach (hidden, out of the tab order, hidden from screen readers) that form-filling
 * bots fill in: the server quietly drops a plea that has it.
 */
export function Honeypot({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor="website">{t('help.honeypot')}</label>
      <input
        id="website"
        type="text"
        name="website"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
