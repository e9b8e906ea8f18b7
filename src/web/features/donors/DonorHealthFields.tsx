import { useTranslation } from 'react-i18next';
import { fieldName } from './field-names';
import { eventDeferralKinds, type EventDeferralKind } from '../../../shared/enums.js';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { DeferralDraft } from './donor-draft';
import type { DonorSectionProps } from './donor-form-props';

/** The donor's own answers the eligibility rules read: last donation, what happened lately, pregnancy. */
export function DonorHealthFields({ draft, edit, errors, today }: DonorSectionProps) {
  const { t } = useTranslation();
  const setDeferral = (index: number, change: Partial<DeferralDraft>) =>
    edit(
      'deferrals',
      draft.deferrals.map((deferral, i) => (i === index ? { ...deferral, ...change } : deferral)),
    );
  return (
    <fieldset className="form-group">
      <legend>{t('donors.form.health')}</legend>
      <CheckboxField
        label={t('donors.form.firstTimeDonor')}
        name={fieldName.firstTimeDonor}
        checked={draft.firstTimeDonor}
        onChange={(event) => edit('firstTimeDonor', event.target.checked)}
        error={errors.firstTimeDonor}
      />
      {draft.firstTimeDonor ? null : (
        <TextField
          label={t('donors.form.lastDonation')}
          hint={t('donors.form.lastDonationHint')}
          type="date"
          name={fieldName.lastDonation}
          max={today}
          value={draft.lastDonation}
          onChange={(event) => edit('lastDonation', event.target.value)}
          error={errors.lastDonation}
        />
      )}
      <fieldset className="form-group donor-deferrals">
        <legend>{t('donors.form.deferrals')}</legend>
        <p className="field-hint">{t('donors.form.deferralsHint')}</p>
        {draft.deferrals.map((deferral, index) => (
          <div className="field-row donor-deferral" key={index}>
            <SelectField
              label={t('donors.form.deferralKind')}
              name={`deferrals.${index}.kind`}
              value={deferral.kind}
              onChange={(event) => setDeferral(index, { kind: event.target.value as EventDeferralKind | '' })}
              error={errors[`deferrals.${index}.kind`]}
            >
              <option value="">{t('donors.form.choose')}</option>
              {eventDeferralKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`blood.deferral.${kind}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('donors.form.deferralDate')}
              type="date"
              name={`deferrals.${index}.date`}
              max={today}
              value={deferral.date}
              onChange={(event) => setDeferral(index, { date: event.target.value })}
              error={errors[`deferrals.${index}.date`]}
            />
            <button
              type="button"
              className="button-secondary donor-deferral-remove"
              onClick={() =>
                edit(
                  'deferrals',
                  draft.deferrals.filter((_, i) => i !== index),
                )
              }
            >
              {t('donors.form.removeDeferral')}
            </button>
          </div>
        ))}
        {draft.deferrals.length < 20 ? (
          <button
            type="button"
            className="button-secondary"
            onClick={() => edit('deferrals', [...draft.deferrals, { kind: '', date: '' }])}
          >
            {t('donors.form.addDeferral')}
          </button>
        ) : null}
      </fieldset>
      {draft.sex === 'female' ? (
        <>
          <CheckboxField
            label={t('donors.form.pregnant')}
            name={fieldName.pregnant}
            checked={draft.pregnant}
            onChange={(event) => edit('pregnant', event.target.checked)}
            error={errors.pregnant}
          />
          <CheckboxField
            label={t('donors.form.breastFeeding')}
            name={fieldName.breastFeeding}
            checked={draft.breastFeeding}
            onChange={(event) => edit('breastFeeding', event.target.checked)}
            error={errors.breastFeeding}
          />
          {draft.breastFeeding ? (
            <TextField
              label={t('donors.form.breastFeedingUntil')}
              hint={t('donors.form.breastFeedingUntilHint')}
              type="date"
              name={fieldName.breastFeedingUntil}
              value={draft.breastFeedingUntil}
              onChange={(event) => edit('breastFeedingUntil', event.target.value)}
              error={errors.breastFeedingUntil}
            />
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
