import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import type { SignInBody } from '../../../shared/contracts/auth.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { usePageTitle } from '../../components/use-page-title';
import { publicPaths } from '../shell/nav-paths';
import { nextParam, safeNextPath } from './safe-next-path';
import { useSession, useSignIn } from './session';

// Named after the body's fields, so password managers and tests find them whatever the language.
const fieldNames: { [K in keyof SignInBody]: K } = { identifier: 'identifier', password: 'password' };

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const [searchParams] = useSearchParams();
  const { data: session } = useSession();
  const signIn = useSignIn();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');

  if (session) return <Navigate to={safeNextPath(searchParams.get(nextParam))} replace />;

  const errors = fieldErrors(signIn.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ identifier, password });
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
