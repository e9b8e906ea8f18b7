import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { useHandOver } from './loans-queries';
import { field } from './field-names';

/** Who delivered, at this moment: the server works out the minutes since the person's first message. */
export function HandOverForm({ loanId }: { loanId: string }) {
  const { t } = useTranslation();
  const handOver = useHandOver(loanId);
  const [byName, setByName] = useState('');
  const errors = fieldErrors(handOver.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    handOver.mutate({ byUserId: null, byName: byName.trim() || null, at: new Date().toISOString() });
  };
  return (
    <form className="form lending-action" onSubmit={onSubmit} noValidate aria-busy={handOver.isPending}>
      {handOver.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={handOver.error} /> : null}
      <TextField
        label={t('lending.handOver.byName')}
        name={field.byName}
        value={byName}
        onChange={(e) => setByName(e.target.value)}
        error={errors.byName}
      />
      <div className="form-actions">
        <button type="submit" disabled={handOver.isPending}>
          {t('lending.handOver.submit')}
        </button>
      </div>
    </form>
  );
}
