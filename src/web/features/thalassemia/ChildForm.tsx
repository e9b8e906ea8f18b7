import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { guardianChannels } from '../../../shared/contracts/transfusion-patients.js';
import {
  aboRhGroups,
  antigenStates,
  languages,
  rarePhenotypes,
  rhKellAntigens,
  type AboRhGroup,
  type AntigenState,
  type Language,
  type RarePhenotype,
} from '../../../shared/enums.js';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { digits } from '../../components/form-values';
import { describeProblem } from '../../components/problem-text';
import { SexSelect } from '../cases/SexSelect';
import { useDonorDays } from '../donors/use-donor-days';
import { DistrictSelect } from '../geography/DistrictSelect';
import { useDistrictNames } from '../geography/use-district-names';
import type { ChildDraft, GuardianChannel } from './child-draft';
import { fieldName, unknownAntigen } from './field-names';

interface ChildFormProps {
  draft: ChildDraft;
  onChange: (draft: ChildDraft) => void;
  /** By the body's field path, the server's, in the language on screen. */
  errors: Record<string, string>;
  /** The failed attempt to show at the top (null when none), and a key that changes with every attempt. */
  failure: { error: unknown; attempt: number } | null;
  isNew: boolean;
  /** The person's districts; null for everywhere (admins), who pick state then district. */
  districts: readonly string[] | null;
  isPending: boolean;
  submitLabel: string;
  onSubmit: () => void;
  /** Extra controls before the sections (the organisation to register for). */
  before?: ReactNode;
  onCancel?: () => void;
}

/**
 * A child on regular transfusion, new or edited: the same sections, each control named like the body's field, so
 * a problem the server names finds its control. Names may be typed in Devanagari or Latin letters.
 */
export function ChildForm(props: ChildFormProps) {
  const { draft, onChange, errors, failure, isNew, districts, isPending, submitLabel, onSubmit, before, onCancel } =
    props;
  const { t } = useTranslation();
  const { today } = useDonorDays();
  const districtNames = useDistrictNames();
  const edit = <K extends keyof ChildDraft>(field: K, value: ChildDraft[K]) => onChange({ ...draft, [field]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const problem = failure === null ? null : describeProblem(failure.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <form className="form child-form" onSubmit={submit} noValidate aria-busy={isPending}>
      {failure !== null && problem !== null ? (
        <ErrorSummary
          title={hasFieldErrors ? t('thalassemia.form.fix') : problem.title}
          detail={hasFieldErrors ? undefined : problem.detail}
          items={Object.entries(errors).map(([field, message]) => ({ field, message }))}
          focusKey={failure.attempt}
        />
      ) : null}
      {before}

      <fieldset className="form-group">
        <legend>{t('thalassemia.form.child')}</legend>
        <TextField
          label={t('thalassemia.form.name')}
          hint={t('thalassemia.form.nameHint')}
          name={fieldName.name}
          value={draft.name}
          onChange={(event) => edit('name', event.target.value)}
          error={errors.name}
          autoComplete="off"
          lang={draft.language}
        />
        <div className="field-row">
          <SexSelect
            label={t('thalassemia.form.sex')}
            name={fieldName.sex}
            value={draft.sex}
            onChange={(sex) => edit('sex', sex)}
            error={errors.sex}
          />
          <TextField
            label={t('thalassemia.form.dateOfBirth')}
            type="date"
            name={fieldName.dateOfBirth}
            max={today}
            value={draft.dateOfBirth}
            onChange={(event) => edit('dateOfBirth', event.target.value)}
            error={errors.dateOfBirth}
          />
        </div>
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('thalassemia.form.guardian')}</legend>
        <TextField
          label={t('thalassemia.form.guardianName')}
          name={fieldName.guardianName}
          value={draft.guardianName}
          onChange={(event) => edit('guardianName', event.target.value)}
          error={errors.guardianName}
          autoComplete="off"
          lang={draft.language}
        />
        <div className="field-row">
          <TextField
            label={t('thalassemia.form.guardianPhone')}
            hint={isNew ? t('thalassemia.form.phoneHint') : t('thalassemia.form.phoneKeepHint')}
            type="tel"
            inputMode="tel"
            name={fieldName.guardianPhone}
            value={draft.guardianPhone}
            onChange={(event) => edit('guardianPhone', event.target.value)}
            error={errors.guardianPhone}
            autoComplete="off"
          />
          <TextField
            label={t('thalassemia.form.altPhone')}
            hint={isNew ? t('thalassemia.form.optional') : t('thalassemia.form.phoneKeepHint')}
            type="tel"
            inputMode="tel"
            name={fieldName.altPhone}
            value={draft.altPhone}
            onChange={(event) => edit('altPhone', event.target.value)}
            error={errors.altPhone}
            autoComplete="off"
          />
        </div>
        <div className="field-row">
          <SelectField
            label={t('thalassemia.form.language')}
            hint={t('thalassemia.form.languageHint')}
            name={fieldName.language}
            value={draft.language}
            onChange={(event) => edit('language', event.target.value as Language)}
            error={errors.language}
          >
            {languages.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('thalassemia.form.preferredChannel')}
            name={fieldName.preferredChannel}
            value={draft.preferredChannel}
            onChange={(event) => edit('preferredChannel', event.target.value as GuardianChannel)}
            error={errors.preferredChannel}
          >
            {guardianChannels.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channel.${channel}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          label={t('thalassemia.form.consentBy')}
          hint={t('thalassemia.form.consentByHint')}
          name={fieldName.consentBy}
          value={draft.consentBy}
          onChange={(event) => edit('consentBy', event.target.value)}
          error={errors.consentBy}
          autoComplete="off"
          lang={draft.language}
        />
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('thalassemia.form.blood')}</legend>
        <SelectField
          label={t('thalassemia.form.bloodGroup')}
          name={fieldName.bloodGroup}
          value={draft.bloodGroup}
          onChange={(event) => edit('bloodGroup', event.target.value as AboRhGroup | '')}
          error={errors.bloodGroup}
        >
          <option value="">{t('thalassemia.form.choose')}</option>
          {aboRhGroups.map((group) => (
            <option key={group} value={group}>
              {group}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('thalassemia.form.phenotype')}
          name={fieldName.phenotype}
          value={draft.phenotype}
          onChange={(event) => edit('phenotype', event.target.value as RarePhenotype | '')}
          error={errors.phenotype}
        >
          <option value="">{t('thalassemia.form.noPhenotype')}</option>
          {rarePhenotypes.map((phenotype) => (
            <option key={phenotype} value={phenotype}>
              {t(`blood.phenotype.${phenotype}`)}
            </option>
          ))}
        </SelectField>
        <fieldset className="checklist">
          <legend>{t('thalassemia.form.antigens')}</legend>
          <p className="field-hint">{t('thalassemia.form.antigensHint')}</p>
          <div className="field-row antigen-row">
            {rhKellAntigens.map((antigen) => (
              <SelectField
                key={antigen}
                label={t('thalassemia.form.antigen', { antigen })}
                name={`antigens.${antigen}`}
                value={draft.antigens[antigen] ?? unknownAntigen}
                onChange={(event) =>
                  edit('antigens', { ...draft.antigens, [antigen]: event.target.value as AntigenState })
                }
                error={errors[`antigens.${antigen}`]}
              >
                {antigenStates.map((state) => (
                  <option key={state} value={state}>
                    {t(
                      `thalassemia.antigenState.${state === '+' ? 'positive' : state === '-' ? 'negative' : 'unknown'}`,
                    )}
                  </option>
                ))}
              </SelectField>
            ))}
          </div>
        </fieldset>
        <TextField
          label={t('thalassemia.form.phenotypeNotes')}
          name={fieldName.phenotypeNotes}
          value={draft.phenotypeNotes}
          onChange={(event) => edit('phenotypeNotes', event.target.value)}
          error={errors.phenotypeNotes}
          autoComplete="off"
        />
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('thalassemia.form.rhythm')}</legend>
        <div className="field-row">
          <TextField
            label={t('thalassemia.form.intervalDays')}
            hint={t('thalassemia.form.intervalDaysHint')}
            name={fieldName.intervalDays}
            inputMode="numeric"
            value={draft.intervalDays}
            onChange={(event) => edit('intervalDays', digits(event.target.value, 3))}
            error={errors.intervalDays}
          />
          <TextField
            label={t('thalassemia.form.unitsPerTransfusion')}
            hint={t('thalassemia.form.unitsHint')}
            name={fieldName.unitsPerTransfusion}
            inputMode="numeric"
            value={draft.unitsPerTransfusion}
            onChange={(event) => edit('unitsPerTransfusion', digits(event.target.value, 1))}
            error={errors.unitsPerTransfusion}
          />
        </div>
        <div className="field-row">
          <TextField
            label={t('thalassemia.form.lastTransfusionOn')}
            hint={t('thalassemia.form.lastTransfusionHint')}
            type="date"
            name={fieldName.lastTransfusionOn}
            max={today}
            value={draft.lastTransfusionOn}
            onChange={(event) => edit('lastTransfusionOn', event.target.value)}
            error={errors.lastTransfusionOn}
          />
          <TextField
            label={t('thalassemia.form.bookAhead')}
            hint={t('thalassemia.form.bookAheadHint')}
            name={fieldName.bookAhead}
            inputMode="numeric"
            value={draft.bookAhead}
            onChange={(event) => edit('bookAhead', digits(event.target.value, 1))}
            error={errors.bookAhead}
          />
          <TextField
            label={t('thalassemia.form.arrivalTime')}
            hint={t('thalassemia.form.arrivalTimeHint')}
            type="time"
            name={fieldName.arrivalMinute}
            value={draft.arrivalTime}
            onChange={(event) => edit('arrivalTime', event.target.value)}
            error={errors.arrivalMinute}
          />
        </div>
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('thalassemia.form.centreSection')}</legend>
        <TextField
          label={t('thalassemia.form.centre')}
          hint={t('thalassemia.form.centreHint')}
          name={fieldName.centre}
          value={draft.centre}
          onChange={(event) => edit('centre', event.target.value)}
          error={errors.centre}
          autoComplete="off"
        />
        <TextField
          label={t('thalassemia.form.centreAddress')}
          name={fieldName.centreAddress}
          value={draft.centreAddress}
          onChange={(event) => edit('centreAddress', event.target.value)}
          error={errors.centreAddress}
          autoComplete="off"
        />
        {districts === null ? (
          <DistrictSelect
            name={fieldName.district}
            value={draft.district}
            onChange={(district) => edit('district', district)}
            error={errors.district}
            districtLabel={t('thalassemia.form.district')}
          />
        ) : (
          <SelectField
            label={t('thalassemia.form.district')}
            name={fieldName.district}
            value={draft.district}
            onChange={(event) => edit('district', event.target.value)}
            error={errors.district}
          >
            <option value="">{t('thalassemia.form.choose')}</option>
            {districts.map((code, index) => (
              <option key={code} value={code}>
                {districtNames(districts)[index]}
              </option>
            ))}
          </SelectField>
        )}
        <div className="field-row">
          <TextField
            label={t('thalassemia.form.locality')}
            hint={t('thalassemia.form.localityHint')}
            name={fieldName.locality}
            value={draft.locality}
            onChange={(event) => edit('locality', event.target.value)}
            error={errors.locality}
            autoComplete="off"
          />
          <TextField
            label={t('thalassemia.form.pincode')}
            name={fieldName.pincode}
            inputMode="numeric"
            value={draft.pincode}
            onChange={(event) => edit('pincode', digits(event.target.value, 6))}
            error={errors.pincode}
            autoComplete="off"
          />
        </div>
      </fieldset>

      <TextAreaField
        label={t('thalassemia.form.notes')}
        name={fieldName.notes}
        value={draft.notes}
        onChange={(event) => edit('notes', event.target.value)}
        error={errors.notes}
      />

      <div className="form-actions">
        <button type="submit" disabled={isPending}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
