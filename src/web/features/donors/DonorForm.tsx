import type { FormEvent, ReactNode } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { describeProblem, summaryItems } from '../../components/problem-text';
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

/** The label of each field of the body, as the form shows it, for the error summary's lines. */
const labelKeys: Record<string, ParseKeys<'translation'>> = {
  antigens: 'donors.form.rare',
  bloodGroup: 'donors.form.bloodGroup',
  breastFeeding: 'donors.form.breastFeeding',
  breastFeedingUntil: 'donors.form.breastFeedingUntil',
  category: 'donors.form.category',
  consentGiven: 'donors.form.consentGiven',
  consentPurpose: 'donors.form.consentPurpose',
  contactFrom: 'donors.form.contactFrom',
  contactTo: 'donors.form.contactTo',
  dateOfBirth: 'donors.form.dateOfBirth',
  deferrals: 'donors.form.deferrals',
  'deferrals.date': 'donors.form.deferralDate',
  'deferrals.kind': 'donors.form.deferralKind',
  district: 'donors.form.district',
  firstTimeDonor: 'donors.form.firstTimeDonor',
  language: 'donors.form.language',
  lastDonation: 'donors.form.lastDonation',
  locality: 'donors.form.locality',
  name: 'donors.form.name',
  organisationId: 'donors.form.organisation',
  phenotype: 'donors.form.phenotype',
  phenotypeNotes: 'donors.form.phenotypeNotes',
  phone: 'donors.form.phone',
  pincode: 'donors.form.pincode',
  preferredChannel: 'donors.form.channel',
  pregnant: 'donors.form.pregnant',
  products: 'donors.form.products',
  sex: 'donors.form.sex',
  weightBand: 'donors.form.weightBand',
  weightKg: 'donors.form.weightKg',
};

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
  const labelOf = (field: string): string | undefined => {
    // `deferrals.1.date` is labelled as every line's date; a whole list (`deferrals`) by its heading.
    const key = labelKeys[field.replace(/\.\d+(?=\.|$)/g, '')] ?? labelKeys[field.split('.')[0] ?? field];
    return key === undefined ? undefined : t(key);
  };
  const items = summaryItems(errors, labelOf);

  return (
    <form className="form donor-form" onSubmit={submit} noValidate aria-busy={isPending}>
      {failure !== null && problem !== null ? (
        <ErrorSummary
          title={items.length > 0 ? t('donors.form.fix') : problem.title}
          detail={items.length > 0 ? t('fieldProblem.count', { count: items.length }) : problem.detail}
          items={items}
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
