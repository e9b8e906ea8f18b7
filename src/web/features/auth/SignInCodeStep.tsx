import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';

interface SignInCodeStepProps {
  /** A code has been asked for the identifier now in the form: show where to type it. */
  requested: boolean;
  isRequesting: boolean;
  requestError: unknown;
  onRequest: () => void;
  name: string;
  code: string;
  onCodeChange: (code: string) => void;
  codeError: string | undefined;
}

/**
 * The way back in while sign-in is locked: a one-time code sent to the account's phone, typed in with the password.
 * Never says a code was sent: the server answers the same whether or not the account exists.
 */
export function SignInCodeStep(props: SignInCodeStepProps) {
  const { t } = useTranslation();
  return (
    <div className="sign-in-code">
      {props.requestError ? <ProblemAlert error={props.requestError} /> : null}
      {/* Always present while the step is on screen, so the words that appear in it are announced. */}
      <p role="status" className="sign-in-code-status">
        {props.requested ? t('signIn.code.sent') : t('signIn.code.lockedHint')}
      </p>
      {props.requested ? (
        <TextField
          label={t('signIn.code.label')}
          hint={t('signIn.code.hint')}
          name={props.name}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          spellCheck={false}
          // Appears after the person asked for it: where they will type next.
          autoFocus
          value={props.code}
          onChange={(event) => props.onCodeChange(event.target.value)}
          error={props.codeError}
        />
      ) : null}
      <button
        type="button"
        className="button-secondary"
        disabled={props.isRequesting}
        onClick={props.onRequest}
        aria-busy={props.isRequesting}
      >
        {props.isRequesting
          ? t('signIn.code.sending')
          : props.requested
            ? t('signIn.code.offerAgain')
            : t('signIn.code.offer')}
      </button>
    </div>
  );
}
