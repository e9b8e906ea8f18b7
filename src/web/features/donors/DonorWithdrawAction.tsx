import { useState } from 'react';
import { fieldName } from './field-names';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { useWithdrawConsent } from './donors-queries';

/** The donor no longer wants to be asked: the record stays (their donations count), outreach never reaches them. */
export function DonorWithdrawAction({ donorId }: { donorId: string }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(donorId);
  const [note, setNote] = useState('');
  return (
    <div className="case-action form" data-action="withdraw">
      <h3>{t('donors.actions.withdraw.heading')}</h3>
      <p className="field-hint">{t('donors.actions.withdraw.hint')}</p>
      <TextField
        label={t('donors.actions.withdraw.note')}
        name={fieldName.note}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        autoComplete="off"
      />
      {withdraw.isError ? <ProblemAlert error={withdraw.error} /> : null}
      <div className="form-actions">
        <ConfirmButton
          label={t('donors.actions.withdraw.submit')}
          question={t('donors.actions.withdraw.question')}
          confirmLabel={t('donors.actions.withdraw.confirm')}
          onConfirm={() => withdraw.mutate(note.trim() === '' ? {} : { note: note.trim() })}
          isPending={withdraw.isPending}
        />
      </div>
    </div>
  );
}
