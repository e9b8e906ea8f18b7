import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { digits } from '../../components/form-values';
import { durationUnits, type DurationDraft, type DurationUnit } from './desk-policy-draft';

interface DurationFieldProps {
  label: string;
  /** The box's name in forms and tests: the field's path in the request body. */
  name: string;
  value: DurationDraft;
  onChange: (value: DurationDraft) => void;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A whole number and its unit (minutes or hours), side by side: the unit is always on screen. */
export function DurationField({ label, name, value, onChange, error, hint }: DurationFieldProps) {
  const { t } = useTranslation();
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <div className="duration-input">
          <input
            type="text"
            inputMode="numeric"
            name={name}
            autoComplete="off"
            value={value.amount}
            onChange={(event) => onChange({ ...value, amount: digits(event.target.value, 6) })}
            {...control}
          />
          <select
            name={`${name}.unit`}
            aria-label={t('deskPolicy.unit.label', { field: label })}
            value={value.unit}
            onChange={(event) => onChange({ ...value, unit: event.target.value as DurationUnit })}
          >
            {durationUnits.map((unit) => (
              <option key={unit} value={unit}>
                {t(`deskPolicy.unit.${unit}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </Field>
  );
}
