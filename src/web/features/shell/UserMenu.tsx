import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionView } from '../../../shared/contracts/auth.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSignOut } from '../auth/session';

export function UserMenu({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut(() => void navigate('/sign-in'));
  return (
    <div className="user-menu">
      <span className="user-name" title={t('shell.signedInAs', { name: session.user.name })}>
        {session.user.name}
      </span>
      <button type="button" className="button-secondary" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
        {t('shell.signOut')}
      </button>
      {signOut.isError ? <ProblemAlert error={signOut.error} /> : null}
    </div>
  );
}
