import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { planCampBody, slotMinuteChoices } from '../../../shared/contracts/camps.js';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { digits } from '../../components/form-values';
import { fieldErrors, summaryItems } from '../../components/problem-text';
import { useFormatNumber } from '../../components/use-format-number';
import { DistrictSelect } from '../geography/DistrictSelect';
import type { CampDraft } from './camp-draft';
import { campField, campFieldLabel } from './field-names';

interface CampFormProps {
  initial: CampDraft;
  /** Planning chooses the organisation (when the person has several) and the district; an edit keeps them. */
  organisations: { id: string; name: string }[] | 'fixed';
  action: { isPending: boolean; isError: boolean; error: unknown };
  submitLabel: string;
  onSubmit: (draft: CampDraft) => void;
}

/** Every fact of a camp: what, where, when (Kolkata time), its slots, the partner centre, target and co-organisers. */
export function CampForm({ initial, organisations, action, submitLabel, onSubmit }: CampFormProps) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const [draft, setDraft] = useState(initial);
  const [attempts, setAttempts] = useState(0);
  // The plan's contract says what each field holds (a target is a number from 1): the words follow it, for an edit too.
  const errors = fieldErrors(action.error, planCampBody);
  const edit = <K extends keyof CampDraft>(key: K, value: CampDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const text = (key: Exclude<keyof CampDraft, 'district' | 'organisationId'>) => ({
    name: campField[key],
    value: draft[key],
    onChange: (event: { target: { value: string } }) => edit(key, event.target.value),
    error: errors[key],
  });
  const coOrganiserError = Object.entries(errors).find(([field]) => field.startsWith(campField.coOrganisers))?.[1];
  // Each line of the summary names its field ("Target units: give a number from 1…"), as the donor form's does.
  const issues = summaryItems(errors, (field) => {
    const key = campFieldLabel(field);
    return key === undefined ? undefined : t(key);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((n) => n + 1);
    onSubmit(draft);
  };
  const fieldsChoosable = organisations !== 'fixed';
  return (
    <form className="form camp-form" onSubmit={submit} noValidate aria-busy={action.isPending}>
      {issues.length > 0 ? (
        <ErrorSummary title={t('validation_failed.title', { ns: 'errors' })} items={issues} focusKey={attempts} />
      ) : action.isError ? (
        <ProblemAlert error={action.error} />
      ) : null}
      <fieldset className="form-group">
        <legend>{t('camps.form.what')}</legend>
        {fieldsChoosable && organisations.length > 1 ? (
          <SelectField
            label={t('camps.field.organisation')}
            name={campField.organisationId}
            value={draft.organisationId}
            onChange={(event) => edit('organisationId', event.target.value)}
            error={errors.organisationId}
          >
            <option value="">{t('camps.form.chooseOrganisation')}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          label={t('camps.field.title')}
          hint={t('camps.form.titleHint')}
          autoComplete="off"
          {...text('title')}
        />
        <TextField label={t('camps.field.partnerCentre')} autoComplete="off" {...text('partnerCentre')} />
        <TextField
          label={t('camps.field.targetUnits')}
          inputMode="numeric"
          autoComplete="off"
          {...text('targetUnits')}
          onChange={(event) => edit('targetUnits', digits(event.target.value, 4))}
        />
        <TextAreaField
          label={t('camps.field.coOrganisers')}
          hint={t('camps.form.coOrganisersHint')}
          name={campField.coOrganisers}
          value={draft.coOrganisers}
          onChange={(event) => edit('coOrganisers', event.target.value)}
          error={coOrganiserError}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('camps.form.where')}</legend>
        <TextField
          label={t('camps.field.venue')}
          hint={t('camps.form.venueHint')}
          autoComplete="off"
          {...text('venue')}
        />
        <TextField label={t('camps.field.venueAddress')} autoComplete="off" {...text('venueAddress')} />
        <div className="field-row">
          <TextField label={t('camps.field.locality')} autoComplete="off" {...text('locality')} />
          <TextField
            label={t('camps.field.pincode')}
            inputMode="numeric"
            autoComplete="off"
            {...text('pincode')}
            onChange={(event) => edit('pincode', digits(event.target.value, 6))}
          />
        </div>
        {fieldsChoosable ? (
          <DistrictSelect
            value={draft.district}
            onChange={(code) => edit('district', code)}
            error={errors.district}
            name={campField.district}
          />
        ) : null}
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('camps.form.when')}</legend>
        <p className="field-hint">{t('camps.form.kolkataTime')}</p>
        <div className="field-row">
          <TextField label={t('camps.field.startsAt')} type="datetime-local" {...text('startsAt')} />
          <TextField label={t('camps.field.endsAt')} type="datetime-local" {...text('endsAt')} />
        </div>
        <div className="field-row">
          <SelectField
            label={t('camps.field.slotMinutes')}
            name={campField.slotMinutes}
            value={draft.slotMinutes}
            onChange={(event) => edit('slotMinutes', event.target.value)}
            error={errors.slotMinutes}
          >
            {slotMinuteChoices.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {t('camps.form.minutes', { count: minutes, minutes: formatNumber(minutes) })}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('camps.field.slotCapacity')}
            hint={t('camps.form.slotCapacityHint')}
            inputMode="numeric"
            autoComplete="off"
            {...text('slotCapacity')}
            onChange={(event) => edit('slotCapacity', digits(event.target.value, 3))}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={action.isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
