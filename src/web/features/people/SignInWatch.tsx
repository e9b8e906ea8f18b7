import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../shared/contracts/users.js';
import { useFormatDate } from '../../components/use-format-date';
import { useNowEachMinute } from '../../components/use-now';

type SignInState = UserView['signIn'];

/** What the failed sign-ins on an account amount to now: a lock still running, failures, or nothing. */
function useSignInWatch(signIn: SignInState): { locked: string | null; failures: string | null } {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ timeStyle: 'short' });
  const now = useNowEachMinute();
  const failures = signIn.recentFailures;
  // The page may stay open past the lock's end: then it is only a record of failures.
  if (signIn.lockedUntil !== null && Date.parse(signIn.lockedUntil) > now) {
    return { locked: t('person.signIn.locked', { time: formatTime(signIn.lockedUntil), failures }), failures: null };
  }
  return { locked: null, failures: failures > 0 ? t('person.signIn.recentFailures', { failures }) : null };
}

/** In the people list: a warning when someone is being kept out, a quiet line when sign-ins have failed lately. */
export function SignInBadge({ signIn }: { signIn: SignInState }) {
  const { locked, failures } = useSignInWatch(signIn);
  if (locked) {
    return (
      <span className="sign-in-locked" data-sign-in="locked">
        {locked}
      </span>
    );
  }
  if (failures) {
    return (
      <span className="sign-in-failures" data-sign-in="failures">
        {failures}
      </span>
    );
  }
  return null;
}

/** On a person's page: the same, with what a lock may mean and that the person still has a way in. */
export function SignInWarning({ signIn }: { signIn: SignInState }) {
  const { t } = useTranslation();
  const { locked, failures } = useSignInWatch(signIn);
  if (locked) {
    return (
      <div className="sign-in-warning" data-sign-in="locked">
        <p className="sign-in-warning-title">{locked}</p>
        <p>{t('person.signIn.lockedNote')}</p>
      </div>
    );
  }
  if (failures) {
    return (
      <p className="sign-in-failures" data-sign-in="failures">
        {failures}
      </p>
    );
  }
  return null;
}
