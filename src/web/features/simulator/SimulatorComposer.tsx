import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { fieldErrors } from '../../components/problem-text';
import { useSimulatorSend } from './simulator-queries';
import type { ViaSettings } from './simulator-vias';

const fields = { text: 'text' } as const;

interface SimulatorComposerProps {
  settings: ViaSettings;
  from: string;
  accountAddress: string;
  onSent: () => void;
}

/** The citizen's keyboard: any script, Devanagari included; a missed call needs no words. */
export function SimulatorComposer({ settings, from, accountAddress, onSent }: SimulatorComposerProps) {
  const { t } = useTranslation();
  const send = useSimulatorSend();
  const [text, setText] = useState('');
  const errors = fieldErrors(send.error);
  const isMissedCall = settings.kind === 'missed_call';
  const refusedStatus = send.data && !send.data.ok ? (send.data.status ?? 0) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(
      {
        provider: settings.provider,
        kind: settings.kind,
        from: from.trim(),
        text: isMissedCall ? '' : text.trim(),
        ...(accountAddress === '' ? {} : { accountAddress }),
      },
      {
        onSuccess: (result) => {
          if (result.ok) setText('');
          onSent();
        },
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };

  return (
    <form className="simulator-composer" onSubmit={onSubmit} noValidate aria-busy={send.isPending}>
      {send.isError ? <ProblemAlert error={send.error} /> : null}
      {refusedStatus === null ? null : (
        <p className="problem" role="alert">
          {t('simulator.refused', { status: refusedStatus })}
        </p>
      )}
      {isMissedCall ? (
        <p className="field-hint">{t('simulator.missedCallHint')}</p>
      ) : (
        <TextAreaField
          label={t('simulator.message')}
          hint={t('simulator.messageHint')}
          name={fields.text}
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          error={errors.text}
        />
      )}
      {errors.from ? <p className="field-error">{t('simulator.fromError', { error: errors.from })}</p> : null}
      <div className="form-actions">
        <button type="submit" disabled={send.isPending || from.trim() === '' || (!isMissedCall && text.trim() === '')}>
          {t('simulator.send')}
        </button>
      </div>
    </form>
  );
}
