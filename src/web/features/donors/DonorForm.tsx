import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { describeProblem } from '../../components/problem-text';
import { DonorBloodFields } from './DonorBloodFields';
import { DonorConsentFields } from './DonorConsentFields';
import { DonorContactFields } from './DonorContactFields';
import { DonorHealthFields } from './DonorHealthFields';
import { DonorPersonFields } from './DonorPersonFields';
import { DonorPlaceFields } from './DonorPlaceFields';
import type { DonorDraft } from './donor-draft';
import { useDonorDays } from './use-donor-days';

interface DonorFormProps {
  draft: DonorDraft;
  onChange: (draft: DonorDraft) => void;
  /** By field path, the server's and the form's own, in the language on screen. */
  errors: Record<string, string>;
  /** The failed attempt to show at the top (null when none), and a key that changes with every attempt. */
  failure: { error: unknown; attempt: number } | null;
  isNew: boolean;
  districts: readonly string[] | null;
  isPending: boolean;
  submitLabel: string;
  onSubmit: () => void;
  /** Extra controls before the sections (the organisation to register for). */
  before?: ReactNode;
  onCancel?: () => void;
}

/** The donor's registration, new or edited: the same sections, the same field names as the body the API takes. */
export function DonorForm(props: DonorFormProps) {
  const { draft, onChange, errors, failure, isNew, districts, isPending, submitLabel, onSubmit, before, onCancel } =
    props;
  const { t } = useTranslation();
  const { today } = useDonorDays();
  const edit = <K extends keyof DonorDraft>(field: K, value: DonorDraft[K]) => onChange({ ...draft, [field]: value });
  const section = { draft, edit, errors, today };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const problem = failure === null ? null : describeProblem(failure.error);

  return (
    <form className="form donor-form" onSubmit={submit} noValidate aria-busy={isPending}>
      {failure !== null && problem !== null ? (
        <ErrorSummary
          title={Object.keys(errors).length > 0 ? t('donors.form.fix') : problem.title}
          detail={Object.keys(errors).length > 0 ? undefined : problem.detail}
          items={Object.entries(errors).map(([field, message]) => ({ field, message }))}
          focusKey={failure.attempt}
        />
      ) : null}
      {before}
      <DonorPersonFields {...section} isPhoneFixed={!isNew} />
      <DonorBloodFields {...section} />
      <DonorPlaceFields {...section} districts={districts} />
      <DonorContactFields {...section} />
      <DonorHealthFields {...section} />
      <DonorConsentFields {...section} isNew={isNew} />
      <div className="form-actions">
        <button type="submit" disabled={isPending}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
