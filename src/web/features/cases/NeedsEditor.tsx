import { useTranslation } from 'react-i18next';
import { bloodGroups, resourceCodes, type BloodGroup, type ResourceCode } from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { emptyNeed, needsBloodGroup, needsMedicineName, type NeedDraft } from './need-draft';

interface NeedsEditorProps {
  legend: string;
  needs: readonly NeedDraft[];
  onChange: (needs: NeedDraft[]) => void;
  /** Field errors under `needs`, keyed `0.resource`, `1.quantity`…; the list's own error under ''. */
  errors: Record<string, string | undefined>;
  maxNeeds: number;
  /** Resources offered, in order (the public form leaves out the internal ones). */
  resources?: readonly ResourceCode[];
}

/** What is needed: one line per need, with a blood group or a medicine name where that matters. */
export function NeedsEditor({
  legend,
  needs,
  onChange,
  errors,
  maxNeeds,
  resources = resourceCodes,
}: NeedsEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<NeedDraft>) =>
    onChange(needs.map((need, i) => (i === index ? { ...need, ...change } : need)));

  return (
    <fieldset className="needs-editor">
      <legend>{legend}</legend>
      {errors[''] ? <p className="field-error">{errors['']}</p> : null}
      <ol className="needs-list">
        {needs.map((need, index) => (
          <li key={need.key} className="need-line" data-need-index={index}>
            <SelectField
              label={t('needs.resource', { n: index + 1 })}
              name={`needs.${index}.resource`}
              value={need.resource}
              onChange={(event) => update(index, { resource: event.target.value as ResourceCode | '' })}
              error={errors[`${index}.resource`]}
            >
              <option value="">{t('needs.chooseResource')}</option>
              {resources.map((resource) => (
                <option key={resource} value={resource}>
                  {t(`resource.${resource}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('needs.quantity')}
              name={`needs.${index}.quantity`}
              inputMode="numeric"
              className="input-short"
              value={need.quantity}
              onChange={(event) => update(index, { quantity: event.target.value })}
              error={errors[`${index}.quantity`]}
            />
            {needsBloodGroup(need.resource) ? (
              <SelectField
                label={t('needs.bloodGroup')}
                name={`needs.${index}.bloodGroup`}
                value={need.bloodGroup}
                onChange={(event) => update(index, { bloodGroup: event.target.value as BloodGroup | '' })}
                error={errors[`${index}.bloodGroup`]}
              >
                <option value="">{t('needs.chooseBloodGroup')}</option>
                {bloodGroups.map((group) => (
                  <option key={group} value={group}>
                    {group}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {needsMedicineName(need.resource) ? (
              <TextField
                label={t('needs.medicine')}
                name={`needs.${index}.medicine`}
                value={need.medicine}
                onChange={(event) => update(index, { medicine: event.target.value })}
                error={errors[`${index}.medicine`]}
                autoComplete="off"
              />
            ) : null}
            {needs.length > 1 ? (
              <button
                type="button"
                className="button-secondary need-remove"
                onClick={() => onChange(needs.filter((_, i) => i !== index))}
              >
                {t('needs.remove', { n: index + 1 })}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {needs.length < maxNeeds ? (
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={() => onChange([...needs, emptyNeed()])}>
            {t('needs.add')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
