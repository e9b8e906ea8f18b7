import { useTranslation } from 'react-i18next';
import { patientConditions, type PatientCondition } from '../../../shared/enums.js';

interface ConditionsChecklistProps {
  legend: string;
  /** The checkboxes' name, after the body's field, so errors and tests find them; none when the form sends state. */
  name?: string;
  conditions: readonly PatientCondition[];
  onChange: (conditions: PatientCondition[]) => void;
}

/** The patient's conditions: one checkbox each, in the usual order. */
export function ConditionsChecklist({ legend, name, conditions, onChange }: ConditionsChecklistProps) {
  const { t } = useTranslation();
  const toggle = (condition: PatientCondition) =>
    onChange(conditions.includes(condition) ? conditions.filter((c) => c !== condition) : [...conditions, condition]);
  return (
    <fieldset className="checklist-fieldset">
      <legend>{legend}</legend>
      <ul className="checklist">
        {patientConditions.map((condition) => (
          <li key={condition}>
            <label>
              <input
                type="checkbox"
                name={name}
                value={name === undefined ? undefined : condition}
                checked={conditions.includes(condition)}
                onChange={() => toggle(condition)}
              />
              {t(`condition.${condition}`)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
