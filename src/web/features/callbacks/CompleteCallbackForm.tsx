import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallbackView } from '../../../shared/contracts/channels.js';
import { callbackOutcomes, type CallbackOutcome } from '../../../shared/enums.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import type { IntakeHandover } from '../intake/intake-draft';
import { navPaths } from '../shell/nav-paths';
import { useCompleteCallback } from './callbacks-queries';

const fields = { outcome: 'outcome' } as const;

/** Closing a callback: how the call went, and a way to open a case for the caller. */
export function CompleteCallbackForm({ callback }: { callback: CallbackView }) {
  const { t } = useTranslation();
  const complete = useCompleteCallback(callback.id);
  const [outcome, setOutcome] = useState<CallbackOutcome | ''>('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome !== '') complete.mutate({ outcome });
  };
  return (
    <form className="form sub-form callback-complete" onSubmit={onSubmit} noValidate aria-busy={complete.isPending}>
      <SelectField
        label={t('callbacks.outcome')}
        name={fields.outcome}
        value={outcome}
        onChange={(event) => setOutcome(event.target.value as CallbackOutcome | '')}
      >
        <option value="">{t('callbacks.chooseOutcome')}</option>
        {callbackOutcomes.map((value) => (
          <option key={value} value={value}>
            {t(`callOutcome.${value}`)}
          </option>
        ))}
      </SelectField>
      {complete.isError ? <ProblemAlert error={complete.error} /> : null}
      <div className="form-actions">
        <button type="submit" disabled={complete.isPending || outcome === ''}>
          {t('callbacks.done')}
        </button>
        {/* The intake form takes the caller's number (shown to whoever is calling) and the time of the first ring. */}
        <Link
          to={navPaths.new_case}
          state={{ callerPhone: callback.callerPhone, firstCallAt: callback.firstCallAt } satisfies IntakeHandover}
        >
          {t('callbacks.newCase')}
        </Link>
      </div>
    </form>
  );
}
