import { useState, type FormEvent } from 'react';
import { fieldName } from './field-names';
import { useTranslation } from 'react-i18next';
import type { DonorView } from '../../../shared/contracts/donors.js';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { useClearCentreDeferral, useRecordCentreDeferral } from './donors-queries';
import { useDonorDays } from './use-donor-days';

/** A blood centre's deferral (low haemoglobin, say) wins over the donor's own answers until the day given. */
export function DonorDeferralAction({ donor }: { donor: DonorView }) {
  const { t } = useTranslation();
  const { today, formatDay } = useDonorDays();
  const record = useRecordCentreDeferral(donor.id);
  const clear = useClearCentreDeferral(donor.id);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [centre, setCentre] = useState('');
  const errors = fieldErrors(record.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        reason: reason.trim(),
        until: until === '' ? null : until,
        ...(centre.trim() === '' ? {} : { centre: centre.trim() }),
      },
      {
        onSuccess: () => {
          setReason('');
          setUntil('');
          setCentre('');
        },
      },
    );
  };
  const current = donor.centreDeferral;
  return (
    <form className="case-action form" data-action="deferral" onSubmit={onSubmit} noValidate>
      <h3>{t('donors.actions.deferral.heading')}</h3>
      {current !== null ? (
        <div className="donor-current-deferral">
          <p data-field="centreDeferral">
            {current.until === null
              ? t('donors.actions.deferral.currentIndefinite', { reason: current.reason })
              : t('donors.actions.deferral.current', { reason: current.reason, date: formatDay(current.until) })}
          </p>
          <ConfirmButton
            label={t('donors.actions.deferral.clear')}
            question={t('donors.actions.deferral.clearQuestion')}
            confirmLabel={t('donors.actions.deferral.clearConfirm')}
            onConfirm={() => clear.mutate(undefined)}
            isPending={clear.isPending}
          />
          {clear.isError ? <ProblemAlert error={clear.error} /> : null}
        </div>
      ) : null}
      <TextField
        label={t('donors.actions.deferral.reason')}
        hint={t('donors.actions.deferral.reasonHint')}
        name={fieldName.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
        autoComplete="off"
      />
      <div className="field-row">
        <TextField
          label={t('donors.actions.deferral.until')}
          hint={t('donors.actions.deferral.untilHint')}
          type="date"
          name={fieldName.until}
          min={today}
          value={until}
          onChange={(event) => setUntil(event.target.value)}
          error={errors.until}
        />
        <TextField
          label={t('donors.actions.deferral.centre')}
          name={fieldName.centre}
          value={centre}
          onChange={(event) => setCentre(event.target.value)}
          error={errors.centre}
          autoComplete="off"
        />
      </div>
      {record.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={record.error} /> : null}
      <div className="form-actions">
        <button type="submit" disabled={record.isPending || reason.trim() === ''}>
          {t('donors.actions.deferral.submit')}
        </button>
      </div>
    </form>
  );
}
