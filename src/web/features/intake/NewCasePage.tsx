import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { deskDistricts } from '../../../shared/case-permissions.js';
import { createCaseBody } from '../../../shared/contracts/cases.js';
import { understandTextMaxLength } from '../../../shared/contracts/understanding.js';
import { channels, languages, type Channel, type Language } from '../../../shared/enums.js';
import { isApiError } from '../../api/api-error';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { digits } from '../../components/form-values';
import { describeProblem, fieldErrors, summaryItems } from '../../components/problem-text';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import type { CreatedState } from '../cases/CasePage';
import { ConditionsChecklist } from '../cases/ConditionsChecklist';
import { NeedsEditor } from '../cases/NeedsEditor';
import { SexSelect } from '../cases/SexSelect';
import { useCreateCase } from '../cases/case-queries';
import { DistrictSelect } from '../geography/DistrictSelect';
import { districtsQuery, statesQuery, useDistricts } from '../geography/use-geography';
import { fieldErrorsUnder } from '../people/field-errors-under';
import { casePath } from '../shell/nav-paths';
import {
  applyPrefill,
  createBodyFrom,
  intakeWith,
  type IntakeDraft,
  type IntakeField,
  type IntakeHandover,
} from './intake-draft';
import { matchDistrict } from '../../../shared/match-district.js';
import { PhonesField } from './PhonesField';
import { listLine } from './problem-field';
import { SimilarCases } from './SimilarCases';
import { TriagePreview } from './TriagePreview';
import { prefillFrom } from './understanding';
import { UnderstandingSummary } from './UnderstandingSummary';
import { useUnderstand } from './use-understand';

/** Named after the body's fields (`requester.name`), so errors and tests find them whatever the language. */
const fields = {
  requesterName: 'requester.name',
  patientName: 'patient.name',
  spo2: 'patient.spo2',
  age: 'patient.age',
  sex: 'patient.sex',
  conditions: 'patient.conditions',
  district: 'location.district',
  locality: 'location.locality',
  hospital: 'location.hospital',
  address: 'location.address',
  pincode: 'location.pincode',
  channel: 'channel',
  language: 'requester.language',
  receivedAt: 'receivedAt',
  consent: 'requester.consentToShare',
} as const;

/**
 * The operator's form for a phone call (or a message forwarded to them): paste the message and the fields
 * fill themselves; check, correct, save. Enter saves from any box; Ctrl+Enter from the message box.
 */
export function NewCasePage() {
  const { t } = useTranslation();
  usePageTitle(t('intake.title'));
  const navigate = useNavigate();
  const session = useCurrentSession();
  const ownDistricts = deskDistricts(actorFrom(session)) ?? [];
  // A missed call taken to call back hands over the caller's number and the time they rang (the clock starts there).
  const handover = useLocation().state as IntakeHandover | null;
  const [draft, setDraft] = useState<IntakeDraft>(() =>
    intakeWith(ownDistricts.length === 1 ? (ownDistricts[0] ?? '') : '', handover),
  );
  // What the operator has typed into; a ref, as it changes no rendering and a late answer must see it fresh.
  const touched = useRef(new Set<IntakeField>());
  const [understoodText, setUnderstoodText] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const queryClient = useQueryClient();
  // Fetched now, so the first paste finds the district list ready.
  useDistricts();
  const understand = useUnderstand();
  const create = useCreateCase();
  /** One more after each attempt that failed, so the summary takes focus again even when nothing changed. */
  const [failedAttempts, setFailedAttempts] = useState(0);
  const errors = fieldErrors(create.error, createCaseBody);
  const problem = create.isError ? describeProblem(create.error) : null;
  const phoneErrors = fieldErrorsUnder(errors, 'requester.phones');
  const needsErrors = fieldErrorsUnder(errors, 'needs');

  const edit = <K extends IntakeField>(field: K, value: IntakeDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    touched.current.add(field);
  };

  const readMessage = (text: string) => {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === understoodText) return;
    setUnderstoodText(trimmed);
    understand.mutate(trimmed.slice(0, understandTextMaxLength), {
      onSuccess: async (understanding) => {
        const prefill = prefillFrom(understanding);
        // The place names are matched against the geography list, fetched once and kept.
        const district = await Promise.all([
          queryClient.ensureQueryData(districtsQuery()),
          queryClient.ensureQueryData(statesQuery),
        ]).then(
          ([districts, states]) => matchDistrict(prefill.place, districts, states, ownDistricts),
          () => null,
        );
        setDraft((current) => applyPrefill(current, touched.current, prefill, district));
      },
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(createBodyFrom(draft), {
      onSuccess: (result) =>
        void navigate(casePath(result.caseId), {
          state: { created: { reference: result.reference, attached: result.attached } } satisfies CreatedState,
        }),
      onError: () => setFailedAttempts((n) => n + 1),
    });
  };

  /** The name of the field a problem is about, as the form labels it, for the summary's line. */
  const labelOf = (field: string): string | undefined => {
    const inList = listLine(field);
    if (inList?.list === 'phones')
      return inList.line === null ? t('intake.phones') : t('intake.phone', { n: inList.line });
    if (inList?.list === 'needs') {
      const { line, part } = inList;
      if (line === null) return t('intake.needsHeading');
      const need = t('needs.resource', { n: line });
      const parts = { quantity: t('needs.quantity'), bloodGroup: t('needs.bloodGroup'), medicine: t('needs.medicine') };
      const detail = part === undefined ? undefined : parts[part as keyof typeof parts];
      return detail === undefined ? need : [need, detail].join(t('common.dotSeparator'));
    }
    const labels: Record<string, string> = {
      text: t('intake.paste.label'),
      [fields.requesterName]: t('intake.requesterName'),
      [fields.patientName]: t('intake.patientName'),
      [fields.spo2]: t('intake.spo2'),
      [fields.age]: t('intake.age'),
      [fields.sex]: t('intake.sex'),
      [fields.conditions]: t('intake.conditions'),
      [fields.district]: t('districtSelect.district'),
      [fields.locality]: t('intake.locality'),
      [fields.hospital]: t('intake.hospital'),
      [fields.address]: t('intake.address'),
      [fields.pincode]: t('intake.pincode'),
      [fields.channel]: t('intake.channel'),
      [fields.language]: t('intake.language'),
      [fields.receivedAt]: t('intake.receivedAt'),
      [fields.consent]: t('intake.consent'),
    };
    return labels[field];
  };

  const onMessageKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  return (
    <section className="intake">
      <h1>{t('intake.title')}</h1>
      <p className="lead">{t('intake.intro')}</p>
      <form ref={formRef} className="form intake-form" onSubmit={onSubmit} noValidate aria-busy={create.isPending}>
        <Field label={t('intake.paste.label')} hint={t('intake.paste.hint')} error={errors.text}>
          {(control) => (
            <textarea
              {...control}
              name="text"
              rows={4}
              className="paste-box"
              value={draft.text}
              autoFocus
              onChange={(event) => setDraft((current) => ({ ...current, text: event.target.value }))}
              // The pasted text is in the box only after the event: read it on the next turn.
              onPaste={(event) => {
                const box = event.currentTarget;
                setTimeout(() => readMessage(box.value), 0);
              }}
              onBlur={(event) => readMessage(event.target.value)}
              onKeyDown={onMessageKeyDown}
            />
          )}
        </Field>
        <UnderstandStatus understand={understand} />
        <TriagePreview draft={draft} />

        <PhonesField phones={draft.phones} onChange={(phones) => edit('phones', phones)} errors={phoneErrors} />
        <TextField
          label={t('intake.requesterName')}
          name={fields.requesterName}
          value={draft.requesterName}
          onChange={(event) => edit('requesterName', event.target.value)}
          error={errors['requester.name']}
          autoComplete="off"
        />
        <SimilarCases phone={draft.phones[0] ?? ''} patientName={draft.patientName} district={draft.district} />

        <NeedsEditor
          legend={t('intake.needsHeading')}
          needs={draft.needs}
          onChange={(needs) => edit('needs', needs)}
          errors={needsErrors}
          maxNeeds={10}
        />

        <fieldset className="form-group">
          <legend>{t('intake.patientHeading')}</legend>
          <TextField
            label={t('intake.patientName')}
            name={fields.patientName}
            value={draft.patientName}
            onChange={(event) => edit('patientName', event.target.value)}
            error={errors['patient.name']}
            autoComplete="off"
          />
          <div className="field-row">
            <TextField
              label={t('intake.spo2')}
              name={fields.spo2}
              inputMode="numeric"
              value={draft.spo2}
              onChange={(event) => edit('spo2', digits(event.target.value, 3))}
              error={errors['patient.spo2']}
            />
            <TextField
              label={t('intake.age')}
              name={fields.age}
              inputMode="numeric"
              value={draft.age}
              onChange={(event) => edit('age', digits(event.target.value, 3))}
              error={errors['patient.age']}
            />
          </div>
          <SexSelect
            label={t('intake.sex')}
            name={fields.sex}
            value={draft.sex}
            onChange={(sex) => edit('sex', sex)}
            error={errors['patient.sex']}
          />
          <ConditionsChecklist
            legend={t('intake.conditions')}
            name={fields.conditions}
            conditions={draft.conditions}
            onChange={(conditions) => edit('conditions', conditions)}
          />
        </fieldset>

        <fieldset className="form-group">
          <legend>{t('intake.locationHeading')}</legend>
          <DistrictSelect
            value={draft.district}
            onChange={(district) => edit('district', district)}
            name={fields.district}
            error={errors['location.district']}
          />
          <TextField
            label={t('intake.locality')}
            name={fields.locality}
            value={draft.locality}
            onChange={(event) => edit('locality', event.target.value)}
            error={errors['location.locality']}
            autoComplete="off"
          />
          <TextField
            label={t('intake.hospital')}
            name={fields.hospital}
            value={draft.hospital}
            onChange={(event) => edit('hospital', event.target.value)}
            error={errors['location.hospital']}
            autoComplete="off"
          />
          <TextField
            label={t('intake.address')}
            name={fields.address}
            value={draft.address}
            onChange={(event) => edit('address', event.target.value)}
            error={errors['location.address']}
            autoComplete="off"
          />
          <TextField
            label={t('intake.pincode')}
            name={fields.pincode}
            inputMode="numeric"
            value={draft.pincode}
            onChange={(event) => edit('pincode', digits(event.target.value, 6))}
            error={errors['location.pincode']}
          />
        </fieldset>

        <fieldset className="form-group">
          <legend>{t('intake.callHeading')}</legend>
          <div className="field-row">
            <SelectField
              label={t('intake.channel')}
              name={fields.channel}
              value={draft.channel}
              onChange={(event) => edit('channel', event.target.value as Channel)}
              error={errors.channel}
            >
              {channels.map((value) => (
                <option key={value} value={value}>
                  {t(`channel.${value}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('intake.language')}
              name={fields.language}
              value={draft.language}
              onChange={(event) => edit('language', event.target.value as Language)}
            >
              {languages.map((value) => (
                <option key={value} value={value} lang={value}>
                  {t(`language.${value}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField
            label={t('intake.receivedAt')}
            hint={t('intake.receivedAtHint')}
            type="datetime-local"
            name={fields.receivedAt}
            value={draft.receivedAt}
            onChange={(event) => edit('receivedAt', event.target.value)}
            error={errors.receivedAt}
          />
          <CheckboxField
            label={t('intake.consent')}
            name={fields.consent}
            checked={draft.consent}
            onChange={(event) => edit('consent', event.target.checked)}
            error={errors['requester.consentToShare']}
          />
        </fieldset>

        {problem === null ? null : Object.keys(errors).length > 0 ? (
          <ErrorSummary
            title={problem.title}
            detail={problem.detail}
            items={summaryItems(errors, labelOf)}
            focusKey={failedAttempts}
          />
        ) : (
          <ProblemAlert error={create.error} />
        )}
        <div className="form-actions">
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? t('intake.submitting') : t('intake.submit')}
          </button>
          <p className="field-hint">{t('intake.keyboardHint')}</p>
        </div>
      </form>
    </section>
  );
}

function UnderstandStatus({ understand }: { understand: ReturnType<typeof useUnderstand> }) {
  const { t } = useTranslation();
  if (understand.isPending) {
    return (
      <p className="understand-status" role="status" data-state="reading">
        {t('intake.paste.reading')}
      </p>
    );
  }
  if (understand.isError) {
    // No engine here (or it failed): the form still works by hand; say so quietly.
    return isApiError(understand.error, 'not_found') ? (
      <p className="understand-status field-hint" role="status" data-state="unavailable">
        {t('intake.paste.unavailable')}
      </p>
    ) : (
      <div className="understand-status" data-state="failed">
        <ProblemAlert error={understand.error} />
      </div>
    );
  }
  if (understand.isSuccess) {
    return (
      <>
        <p className="understand-status success" role="status" data-state="filled">
          {t('intake.paste.filled')}
        </p>
        <UnderstandingSummary understanding={understand.data} text={understand.variables ?? ''} />
      </>
    );
  }
  return null;
}
