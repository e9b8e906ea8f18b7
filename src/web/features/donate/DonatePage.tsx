import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { firstPerField, issuesFromProblem, type FieldIssue } from '../../components/field-issues';
import { describeProblem } from '../../components/problem-text';
import { useFormatNumber } from '../../components/use-format-number';
import { usePageTitle } from '../../components/use-page-title';
import { currentLanguage } from '../../i18n';
import { Honeypot } from '../public/Honeypot';
import { useDonorDays } from '../donors/use-donor-days';
import { CodeForm } from './CodeForm';
import { DonateDone } from './DonateDone';
import { DonateFields } from './DonateFields';
import { donatePaths } from './donate-paths';
import { donateErrorText } from './donate-errors';
import { draftIssues, emptyDraft, inDonateOrder, registrationFrom, type DonateDraft } from './donate-draft';
import { usePublicRegistration, useRegistrationCode, type CodePhase } from './donate-queries';

/** The code request's problems with the registration sent along, under the form's own field names. */
const codeRequestIssues = (error: unknown): FieldIssue[] =>
  issuesFromProblem(error).map((issue) => ({ ...issue, field: issue.field.replace(/^registration\./, '') }));

/** Problems with the code keep the person on the code step; any other field's send them back to the form. */
const isCodeIssue = (issue: FieldIssue) => issue.field === 'code';

/**
 * "Register as a blood donor": the details, then the code sent to the phone, then what happens next. Hindi first,
 * one column, and every field error in the language on screen next to its field.
 */
export function DonatePage() {
  const { t } = useTranslation();
  usePageTitle(t('donate.title'));
  const formatNumber = useFormatNumber();
  const [draft, setDraft] = useState<DonateDraft>(() => emptyDraft(currentLanguage()));
  const [step, setStep] = useState<'form' | 'code'>('form');
  const [code, setCode] = useState('');
  const [website, setWebsite] = useState('');
  const [phase, setPhase] = useState<CodePhase>('sending');
  const [checkedIssues, setCheckedIssues] = useState<FieldIssue[]>([]);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const [resent, setResent] = useState(false);
  const codeRequest = useRegistrationCode(setPhase);
  const registration = usePublicRegistration();
  const { today } = useDonorDays();
  const consentPurpose = t('donate.consentPurpose');

  const serverIssues = issuesFromProblem(registration.error);
  const issues = inDonateOrder(
    firstPerField(
      checkedIssues.length > 0
        ? checkedIssues
        : [...codeRequestIssues(codeRequest.error), ...serverIssues.filter((i) => !isCodeIssue(i))],
    ),
  );
  const errors: Record<string, string> = Object.fromEntries(
    issues.map((issue) => [issue.field, donateErrorText(issue, formatNumber)]),
  );
  const codeIssue = serverIssues.find(isCodeIssue);

  if (registration.isSuccess) {
    return <DonateDone registered={registration.data} name={draft.name.trim()} />;
  }

  const edit = <K extends keyof DonateDraft>(key: K, value: DonateDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const askCode = (onSent?: () => void) =>
    codeRequest.mutate(
      {
        phone: draft.phone,
        language: draft.language,
        channel: draft.channel,
        ...(draft.district === '' ? {} : { district: draft.district }),
        // Checked before the code is sent: an age or a district that would refuse it is said on the form now.
        registration: registrationFrom(draft, consentPurpose),
        ...(website === '' ? {} : { website }),
      },
      { onSuccess: onSent, onError: () => setFailedAttempts((n) => n + 1) },
    );

  const onDetails = (event: FormEvent) => {
    event.preventDefault();
    const found = draftIssues(draft, consentPurpose, today);
    setCheckedIssues(found);
    if (found.length > 0) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    registration.reset();
    askCode(() => {
      setResent(false);
      setStep('code');
    });
  };

  const onRegister = () => {
    registration.mutate(
      { ...registrationFrom(draft, consentPurpose), code },
      {
        onError: (error) => {
          setFailedAttempts((n) => n + 1);
          // A field only the server could judge (age, weight, the district): back to the form, where it is shown.
          if (issuesFromProblem(error).some((issue) => !isCodeIssue(issue))) setStep('form');
        },
      },
    );
  };

  const problemOf = (error: unknown) =>
    error && issuesFromProblem(error).length === 0 ? describeProblem(error) : null;
  const problem = problemOf(codeRequest.error) ?? problemOf(registration.error);
  const summary =
    issues.length > 0 && step === 'form' ? (
      <ErrorSummary
        title={t('validation_failed.title', { ns: 'errors' })}
        items={issues.map((issue) => ({ field: issue.field, message: errors[issue.field] ?? '' }))}
        focusKey={failedAttempts}
      />
    ) : problem ? (
      <ErrorSummary title={problem.title} detail={problem.detail} focusKey={failedAttempts} />
    ) : null;

  return (
    <section className="public-page donate">
      <h1>{t('donate.title')}</h1>
      {step === 'form' ? (
        <>
          <p className="lead">{t('donate.intro')}</p>
          <form className="form" onSubmit={onDetails} noValidate aria-busy={codeRequest.isPending}>
            {summary}
            <DonateFields draft={draft} edit={edit} errors={errors} today={today} />
            <Honeypot value={website} onChange={setWebsite} />
            <div className="form-actions">
              <button type="submit" className="button-large" disabled={codeRequest.isPending}>
                {codeRequest.isPending
                  ? phase === 'solving'
                    ? t('donate.solving')
                    : t('donate.sending')
                  : t('donate.sendCode')}
              </button>
            </div>
          </form>
        </>
      ) : (
        <CodeForm
          sent={t('donate.code.sentTo', {
            phone: draft.phone,
            channel: t(`donate.contact.channelOption.${draft.channel}`),
            minutes: formatNumber(codeRequest.data?.validMinutes ?? 10),
          })}
          code={code}
          onCode={setCode}
          error={codeIssue ? donateErrorText(codeIssue, formatNumber) : undefined}
          summary={summary}
          submitLabel={t('donate.code.submit')}
          pendingLabel={t('donate.code.registering')}
          isPending={registration.isPending}
          onSubmit={onRegister}
          onResend={() => askCode(() => setResent(true))}
          isResending={codeRequest.isPending}
          resent={resent}
          back={{ label: t('donate.code.edit'), onClick: () => setStep('form') }}
        />
      )}
      <p className="public-links">
        <Link to={donatePaths.own}>{t('donate.done.seeOwn')}</Link>
      </p>
    </section>
  );
}
