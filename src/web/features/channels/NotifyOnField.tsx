import { useTranslation } from 'react-i18next';
import { caseStatuses, type CaseStatus } from '../../../shared/enums.js';

interface NotifyOnFieldProps {
  value: readonly CaseStatus[];
  onChange: (value: CaseStatus[]) => void;
  error?: string | undefined;
}

/** Which case statuses send the person who asked a message on this channel. */
export function NotifyOnField({ value, onChange, error }: NotifyOnFieldProps) {
  const { t } = useTranslation();
  const toggle = (status: CaseStatus, on: boolean) =>
    onChange(caseStatuses.filter((s) => (s === status ? on : value.includes(s))));
  return (
    <fieldset>
      <legend>{t('channels.form.notifyOn')}</legend>
      <p className="field-hint">{t('channels.form.notifyOnHint')}</p>
      <ul className="checklist">
        {caseStatuses.map((status) => (
          <li key={status}>
            <label>
              <input
                type="checkbox"
                name="notifyOn"
                value={status}
                checked={value.includes(status)}
                onChange={(event) => toggle(status, event.target.checked)}
              />
              {t(`caseStatus.${status}`)}
            </label>
          </li>
        ))}
      </ul>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
