import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { digits } from '../../components/form-values';
import { donateFields } from './donate-draft';

interface CodeFormProps {
  /** Where the code went and for how long it works. */
  sent: string;
  code: string;
  onCode: (code: string) => void;
  error: string | undefined;
  /** A problem that is not about the code (the connection, a limit), shown above it. */
  summary?: ReactNode;
  submitLabel: string;
  pendingLabel: string;
  isPending: boolean;
  onSubmit: () => void;
  onResend: () => void;
  isResending: boolean;
  resent: boolean;
  /** Back to the details (the code stays valid for them). */
  back: { label: string; onClick: () => void };
}

/** The second step of both donor pages: the six digits the phone received, and a way to ask for a new code. */
export function CodeForm(props: CodeFormProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="form donate-code" onSubmit={submit} noValidate aria-busy={props.isPending}>
      <h2>{t('donate.code.heading')}</h2>
      {props.summary}
      <p aria-live="polite">{props.sent}</p>
      <TextField
        label={t('donate.code.label')}
        name={donateFields.code}
        inputMode="numeric"
        autoComplete="one-time-code"
        value={props.code}
        onChange={(event) => props.onCode(digits(event.target.value, 6))}
        error={props.error}
      />
      <div className="form-actions">
        <button type="submit" className="button-large" disabled={props.isPending}>
          {props.isPending ? props.pendingLabel : props.submitLabel}
        </button>
        <button type="button" className="button-secondary" onClick={props.onResend} disabled={props.isResending}>
          {t('donate.code.resend')}
        </button>
        <button type="button" className="button-secondary" onClick={props.back.onClick}>
          {props.back.label}
        </button>
      </div>
      {props.resent ? <p role="status">{t('donate.code.resent')}</p> : null}
    </form>
  );
}
