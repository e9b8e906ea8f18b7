import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import type { SignInBody } from '../../../shared/contracts/auth.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { isApiError } from '../../api/api-error';
import { fieldErrors } from '../../components/problem-text';
import { usePageTitle } from '../../components/use-page-title';
import { publicPaths } from '../shell/nav-paths';
import { SignInCodeStep } from './SignInCodeStep';
import { landingPath } from './landing';
import { nextParam, safeNextPath } from './safe-next-path';
import { isSigningOut, useSession, useSignIn } from './session';
import { useRequestSignInCode } from './sign-in-code';
import { isSignInCode, typedSignInCode } from './sign-in-code-input';

// Named after the body's fields, so password managers and tests find them whatever the language.
const fieldNames: { [K in keyof SignInBody]-?: K } = { identifier: 'identifier', password: 'password', code: 'code' };

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const [searchParams] = useSearchParams();
  const { data: session } = useSession();
  const signIn = useSignIn();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const requestCode = useRequestSignInCode();
  /** The identifier a code was asked for: the code box shows while the form still holds it. */
  const [codeAskedFor, setCodeAskedFor] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  /** The last attempt carried a code, so a lock answer means the code was not taken. */
  const [triedCode, setTriedCode] = useState(false);

  if (session && !isSigningOut()) {
    // No page asked for (or only the app's front door): the person's own start, the desk for those who take pleas.
    const next = safeNextPath(searchParams.get(nextParam));
    return <Navigate to={next === '/' ? landingPath(session) : next} replace />;
  }

  const errors = { ...fieldErrors(requestCode.error), ...fieldErrors(signIn.error) };
  const isLocked = isApiError(signIn.error, 'sign_in_locked');
  const codeAsked = codeAskedFor !== null && codeAskedFor === identifier.trim();
  const codeNotTaken = triedCode && isLocked ? t('signIn.code.notAccepted') : undefined;

  const onRequestCode = () => {
    const asked = identifier.trim();
    requestCode.mutate(
      { identifier: asked },
      {
        onSuccess: () => {
          setCodeAskedFor(asked);
          setTriedCode(false);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const typed = codeAsked ? typedSignInCode(code) : '';
    if (typed !== '' && !isSignInCode(typed)) {
      setCodeError(t('signIn.code.invalid'));
      return;
    }
    setCodeError(undefined);
    setTriedCode(typed !== '');
    signIn.mutate({ identifier, password, ...(typed === '' ? {} : { code: typed }) });
  };

  return (
    <section className="sign-in">
      <h1>{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.intro')}</p>
      {/* noValidate: the browser's own messages would be in the browser's language, not the page's. */}
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={signIn.isPending}>
        {signIn.isError ? <ProblemAlert error={signIn.error} /> : null}
        <TextField
          label={t('signIn.identifier')}
          hint={t('signIn.identifierHint')}
          name={fieldNames.identifier}
          autoComplete="username"
          value={identifier}
          onChange={(event) => setIdentifier(event.target.value)}
          error={errors.identifier}
          required
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          name={fieldNames.password}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
          required
        />
        {isLocked || codeAsked ? (
          <SignInCodeStep
            requested={codeAsked}
            isRequesting={requestCode.isPending}
            requestError={requestCode.isError ? requestCode.error : null}
            onRequest={onRequestCode}
            name={fieldNames.code}
            code={code}
            onCodeChange={setCode}
            codeError={codeError ?? errors.code ?? codeNotTaken}
          />
        ) : null}
        <button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <aside className="public-links panel" aria-labelledby="public-links-heading">
        <h2 id="public-links-heading">{t('signIn.public.heading')}</h2>
        <ul className="plain-list">
          <li>
            <Link to={publicPaths.help}>{t('signIn.public.askHelp')}</Link>
          </li>
          <li>
            <Link to={publicPaths.status}>{t('signIn.public.checkStatus')}</Link>
          </li>
        </ul>
      </aside>
    </section>
  );
}
