import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { firstPerField, issuesFromProblem } from '../../components/field-issues';
import { describeProblem } from '../../components/problem-text';
import { useFormatNumber } from '../../components/use-format-number';
import { usePageTitle } from '../../components/use-page-title';
import { Honeypot } from '../public/Honeypot';
import { CodeForm } from './CodeForm';
import { OwnRecord } from './OwnRecord';
import { donateFields } from './donate-draft';
import { donatePaths } from './donate-paths';
import { donateErrorText } from './donate-errors';
import { useOwnRecord, useOwnRecordCode, type CodePhase } from './donate-queries';

/**
 * "Your blood donations": a donor's own record by their phone and a code sent to it. The page says the same
 * whether or not the number is registered, until the code proves the phone.
 */
export function DonorSelfPage() {
  const { t } = useTranslation();
  usePageTitle(t('donate.me.title'));
  const formatNumber = useFormatNumber();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [website, setWebsite] = useState('');
  const [step, setStep] = useState<'phone' | 'code'>('phone');
  const [phase, setPhase] = useState<CodePhase>('sending');
  const [failedAttempts, setFailedAttempts] = useState(0);
  const [resent, setResent] = useState(false);
  const codeRequest = useOwnRecordCode(setPhase);
  const record = useOwnRecord();

  const wordsFor = (error: unknown) =>
    Object.fromEntries(
      firstPerField(issuesFromProblem(error)).map((issue) => [issue.field, donateErrorText(issue, formatNumber)]),
    ) as Record<string, string>;
  const phoneErrors = wordsFor(codeRequest.error);
  const codeErrors = wordsFor(record.error);
  const problemOf = (error: unknown) =>
    error && issuesFromProblem(error).length === 0 ? describeProblem(error) : null;
  const problem = problemOf(codeRequest.error) ?? problemOf(record.error);
  const problemSummary = problem ? (
    <ErrorSummary title={problem.title} detail={problem.detail} focusKey={failedAttempts} />
  ) : null;

  const askCode = (onSent: () => void) =>
    codeRequest.mutate(
      { phone, ...(website === '' ? {} : { website }) },
      { onSuccess: onSent, onError: () => setFailedAttempts((n) => n + 1) },
    );

  const onPhone = (event: FormEvent) => {
    event.preventDefault();
    askCode(() => {
      setResent(false);
      setCode('');
      record.reset();
      setStep('code');
    });
  };

  const again = () => {
    record.reset();
    codeRequest.reset();
    setCode('');
    setStep('phone');
  };

  if (record.isSuccess) {
    return (
      <section className="public-page donate-me">
        <h1>{t('donate.me.title')}</h1>
        {record.data.records.length === 0 ? <p>{t('donate.me.none')}</p> : null}
        {record.data.records.map((own) => (
          <OwnRecord key={own.organisation} record={own} />
        ))}
        <p className="form-actions">
          <button type="button" className="button-secondary" onClick={again}>
            {t('donate.me.another')}
          </button>
        </p>
      </section>
    );
  }

  return (
    <section className="public-page donate-me">
      <h1>{t('donate.me.title')}</h1>
      <p className="lead">{t('donate.me.intro')}</p>
      {step === 'phone' ? (
        <form className="form" onSubmit={onPhone} noValidate aria-busy={codeRequest.isPending}>
          {Object.keys(phoneErrors).length > 0 ? (
            <ErrorSummary
              title={t('validation_failed.title', { ns: 'errors' })}
              items={Object.entries(phoneErrors).map(([field, message]) => ({ field, message }))}
              focusKey={failedAttempts}
            />
          ) : (
            problemSummary
          )}
          <TextField
            label={t('donate.me.phone')}
            type="tel"
            inputMode="tel"
            name={donateFields.phone}
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            error={phoneErrors.phone}
            autoComplete="tel"
          />
          <Honeypot value={website} onChange={setWebsite} />
          <div className="form-actions">
            <button type="submit" className="button-large" disabled={codeRequest.isPending}>
              {codeRequest.isPending
                ? phase === 'solving'
                  ? t('donate.solving')
                  : t('donate.sending')
                : t('donate.me.sendCode')}
            </button>
          </div>
        </form>
      ) : (
        <CodeForm
          sent={t('donate.me.sentTo', {
            phone,
            minutes: formatNumber(codeRequest.data?.validMinutes ?? 10),
          })}
          code={code}
          onCode={setCode}
          error={codeErrors.code}
          summary={problemSummary}
          submitLabel={t('donate.me.show')}
          pendingLabel={t('donate.me.showing')}
          isPending={record.isPending}
          onSubmit={() => record.mutate({ phone, code }, { onError: () => setFailedAttempts((n) => n + 1) })}
          onResend={() => askCode(() => setResent(true))}
          isResending={codeRequest.isPending}
          resent={resent}
          back={{ label: t('donate.me.another'), onClick: again }}
        />
      )}
      <p className="public-links">
        <Link to={donatePaths.register}>{t('donate.me.register')}</Link>
      </p>
    </section>
  );
}
