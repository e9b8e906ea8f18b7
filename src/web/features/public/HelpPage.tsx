import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { publicRequestBody, type PublicRequestBody } from '../../../shared/contracts/public.js';
import type { PatientCondition } from '../../../shared/enums.js';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { firstPerField, issuesFromProblem, issuesFromZod, type FieldIssue } from '../../components/field-issues';
import { characterCount, digits, optionalNumber, optionalText } from '../../components/form-values';
import { describeProblem } from '../../components/problem-text';
import { useFormatNumber } from '../../components/use-format-number';
import { usePageTitle } from '../../components/use-page-title';
import { currentLanguage } from '../../i18n';
import { emptyNeed, needFromDraft, type NeedDraft } from '../cases/need-draft';
import { ConditionsChecklist } from '../cases/ConditionsChecklist';
import { NeedsEditor } from '../cases/NeedsEditor';
import { DistrictSelect } from '../geography/DistrictSelect';
import { fieldErrorsUnder } from '../people/field-errors-under';
import { donatePaths } from '../donate/donate-paths';
import { publicPaths } from '../shell/nav-paths';
import { Honeypot } from './Honeypot';
import { helpErrorText, helpLimits, inFormOrder } from './help-errors';
import { RequestReceived } from './RequestReceived';
import { usePublicRequest, type SubmitPhase } from './public-queries';

/** Named after the body's fields, so errors and tests find them whatever the language. */
const fields = {
  name: 'name',
  patientName: 'patientName',
  district: 'district',
  locality: 'locality',
  hospital: 'hospital',
  phone: 'phone',
  spo2: 'spo2',
  age: 'age',
  conditions: 'conditions',
  details: 'details',
  consent: 'consent',
} as const;

/** "Ask for help": the citizen's form. Short, in Hindi first, and it works on the smallest phone. */
export function HelpPage() {
  const { t } = useTranslation();
  usePageTitle(t('help.title'));
  const formatNumber = useFormatNumber();
  const [phase, setPhase] = useState<SubmitPhase>('sending');
  const request = usePublicRequest(setPhase);
  const [name, setName] = useState('');
  const [patientName, setPatientName] = useState('');
  const [needs, setNeeds] = useState<NeedDraft[]>(() => [emptyNeed()]);
  const [district, setDistrict] = useState('');
  const [locality, setLocality] = useState('');
  const [hospital, setHospital] = useState('');
  const [phone, setPhone] = useState('');
  const [spo2, setSpo2] = useState('');
  const [age, setAge] = useState('');
  const [conditions, setConditions] = useState<PatientCondition[]>([]);
  const [details, setDetails] = useState('');
  const [consent, setConsent] = useState(false);
  const [website, setWebsite] = useState('');
  /** What the contract found wrong before sending (the server's answer is kept by the request itself). */
  const [checkedIssues, setCheckedIssues] = useState<FieldIssue[]>([]);
  /** One more after each attempt that failed, so the summary takes focus again even when nothing changed. */
  const [failedAttempts, setFailedAttempts] = useState(0);

  const issues = inFormOrder(
    firstPerField(checkedIssues.length > 0 ? checkedIssues : issuesFromProblem(request.error)),
  );
  const errors: Record<string, string> = Object.fromEntries(
    issues.map((issue) => [issue.field, helpErrorText(issue, formatNumber)]),
  );
  const needsErrors = fieldErrorsUnder(errors, 'needs');
  // Counted as the contract counts (code points): an emoji is one character here and on the server.
  const detailsLength = characterCount(details.trim());

  if (request.isSuccess) {
    return (
      <RequestReceived
        created={request.data}
        phoneLast4={phone.replace(/\D/g, '').slice(-4)}
        onAnother={() => {
          request.reset();
          setPatientName('');
          setNeeds([emptyNeed()]);
          setSpo2('');
          setAge('');
          setConditions([]);
          setDetails('');
        }}
      />
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body: PublicRequestBody = {
      name: name.trim(),
      phone,
      patientName: optionalText(patientName),
      age: optionalNumber(age),
      spo2: optionalNumber(spo2),
      conditions,
      needs: needs.map(needFromDraft),
      district,
      locality: optionalText(locality),
      hospital: optionalText(hospital),
      details: optionalText(details),
      language: currentLanguage(),
      // Unticked is caught by the contract below, which names the box to tick.
      consent: consent as true,
      ...(website === '' ? {} : { website }),
    };
    // What the contract alone can tell (a name, a district, SpO2 between 30 and 100) is said before sending.
    const checked = publicRequestBody.safeParse(body);
    if (!checked.success) {
      request.reset();
      setCheckedIssues(issuesFromZod(checked.error));
      setFailedAttempts((n) => n + 1);
      return;
    }
    setCheckedIssues([]);
    request.mutate(body, { onError: () => setFailedAttempts((n) => n + 1) });
  };

  const problem = request.isError && issues.length === 0 ? describeProblem(request.error) : null;

  return (
    <section className="public-page help">
      <h1>{t('help.title')}</h1>
      <p className="lead">{t('help.intro')}</p>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={request.isPending}>
        {issues.length > 0 ? (
          <ErrorSummary
            title={t('validation_failed.title', { ns: 'errors' })}
            items={issues.map((issue) => ({ field: issue.field, message: errors[issue.field] ?? '' }))}
            focusKey={failedAttempts}
          />
        ) : problem ? (
          <ErrorSummary title={problem.title} detail={problem.detail} focusKey={failedAttempts} />
        ) : null}
        <fieldset className="form-group">
          <legend>{t('help.who.heading')}</legend>
          <TextField
            label={t('help.who.name')}
            name={fields.name}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={errors.name}
            autoComplete="name"
          />
          <TextField
            label={t('help.who.patientName')}
            hint={t('help.who.patientNameHint')}
            name={fields.patientName}
            value={patientName}
            onChange={(event) => setPatientName(event.target.value)}
            error={errors.patientName}
            autoComplete="off"
          />
        </fieldset>
        <NeedsEditor
          legend={t('help.what.heading')}
          needs={needs}
          onChange={setNeeds}
          errors={needsErrors}
          maxNeeds={5}
        />
        <fieldset className="form-group">
          <legend>{t('help.where.heading')}</legend>
          <DistrictSelect value={district} onChange={setDistrict} name={fields.district} error={errors.district} />
          <TextField
            label={t('help.where.locality')}
            name={fields.locality}
            value={locality}
            onChange={(event) => setLocality(event.target.value)}
            error={errors.locality}
          />
          <TextField
            label={t('help.where.hospital')}
            name={fields.hospital}
            value={hospital}
            onChange={(event) => setHospital(event.target.value)}
            error={errors.hospital}
          />
        </fieldset>
        <TextField
          label={t('help.phone')}
          hint={t('help.phoneHint')}
          type="tel"
          inputMode="tel"
          name={fields.phone}
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          error={errors.phone}
          autoComplete="tel"
        />
        <fieldset className="form-group">
          <legend>{t('help.health.heading')}</legend>
          <div className="field-row">
            <TextField
              label={t('help.health.spo2')}
              hint={t('help.health.spo2Hint')}
              name={fields.spo2}
              inputMode="numeric"
              value={spo2}
              onChange={(event) => setSpo2(digits(event.target.value, 3))}
              error={errors.spo2}
            />
            <TextField
              label={t('help.health.age')}
              name={fields.age}
              inputMode="numeric"
              value={age}
              onChange={(event) => setAge(digits(event.target.value, 3))}
              error={errors.age}
            />
          </div>
          <ConditionsChecklist
            legend={t('help.health.conditions')}
            name={fields.conditions}
            conditions={conditions}
            onChange={setConditions}
          />
        </fieldset>
        <TextAreaField
          label={t('help.details')}
          hint={t('help.detailsHint')}
          name={fields.details}
          rows={4}
          value={details}
          onChange={(event) => setDetails(event.target.value)}
          error={errors.details}
          counter={{
            text:
              detailsLength > helpLimits.details
                ? t('help.detailsOver', {
                    over: formatNumber(detailsLength - helpLimits.details),
                    max: formatNumber(helpLimits.details),
                  })
                : t('help.detailsCount', { used: formatNumber(detailsLength), max: formatNumber(helpLimits.details) }),
            isOver: detailsLength > helpLimits.details,
          }}
        />
        <CheckboxField
          label={t('help.consent')}
          name={fields.consent}
          checked={consent}
          onChange={(event) => setConsent(event.target.checked)}
          error={errors.consent}
        />
        <Honeypot value={website} onChange={setWebsite} />
        <div className="form-actions">
          <button type="submit" className="button-large" disabled={request.isPending}>
            {request.isPending ? (phase === 'solving' ? t('help.solving') : t('help.submitting')) : t('help.submit')}
          </button>
        </div>
        <p>
          <Link to={publicPaths.status}>{t('help.checkStatus')}</Link>
        </p>
        <p>
          <Link to={donatePaths.register}>{t('donate.fromHelp')}</Link>
        </p>
      </form>
    </section>
  );
}
