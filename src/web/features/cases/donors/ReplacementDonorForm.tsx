import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { aboRhGroups, weightBands, type AboRhGroup, type WeightBand } from '../../../../shared/enums.js';
import { CheckboxField } from '../../../components/CheckboxField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { fieldErrors } from '../../../components/problem-text';
import { donorBodyFrom, emptyDonorDraft, type DonorDraft } from '../../donors/donor-draft';
import { useDonorDays } from '../../donors/use-donor-days';
import { DistrictSelect } from '../../geography/DistrictSelect';
import { SexSelect } from '../SexSelect';
import { useAddReplacementDonor } from './outreach-queries';
import { digits } from '../../../components/form-values';

/** The form's names are the body's field paths, so the server's field errors land on them. */
const fields = {
  name: 'name',
  phone: 'phone',
  sex: 'sex',
  dateOfBirth: 'dateOfBirth',
  bloodGroup: 'bloodGroup',
  weightBand: 'weightBand',
  district: 'district',
  locality: 'locality',
  pincode: 'pincode',
  lastDonation: 'lastDonation',
  consentGiven: 'consentGiven',
} as const satisfies Record<string, keyof DonorDraft>;

const unknownGroup = 'unknown' satisfies DonorDraft['bloodGroup'];

/** Catalog keys for the weight bands ('<45' makes a poor key). */
const weightKeys: Record<WeightBand, 'under45' | 'from45to55' | 'over55'> = {
  '<45': 'under45',
  '45-55': 'from45to55',
  '>55': 'over55',
};

interface ReplacementDonorFormProps {
  caseId: string;
  needId: string;
  /** The patient's district: where a family's donor most often lives. */
  district: string;
  organisationName: string | null;
}

/**
 * A donor the family brings, registered as they would be anywhere (the registry's one shape) and recorded against
 * this need. What the blood centre asks at the donation is left to the donor's record.
 */
export function ReplacementDonorForm({ caseId, needId, district, organisationName }: ReplacementDonorFormProps) {
  const { t } = useTranslation();
  const { today } = useDonorDays();
  const add = useAddReplacementDonor(caseId, needId);
  const fresh = () => ({
    ...emptyDonorDraft({
      district,
      consentPurpose: organisationName
        ? t('outreach.replacement.purpose', { organisation: organisationName })
        : t('outreach.replacement.purposeNoOrganisation'),
    }),
    category: 'family_replacement' as const,
  });
  const [draft, setDraft] = useState<DonorDraft>(fresh);
  const [isOpen, setIsOpen] = useState(false);
  /** Sending was tried with the consent box unticked: said on the box, as on the donor registry's own form. */
  const [consentMissing, setConsentMissing] = useState(false);
  const edit = <K extends keyof DonorDraft>(field: K, value: DonorDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const errors = fieldErrors(add.error);
  const consentError = consentMissing
    ? t('outreach.replacement.consentRequired')
    : (errors.consentGiven ?? errors.consentPurpose);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The button stays enabled: a greyed-out button would not say that the box is what is missing.
    if (!draft.consentGiven) {
      add.reset();
      setConsentMissing(true);
      const box = event.currentTarget.elements.namedItem(fields.consentGiven);
      if (box instanceof HTMLInputElement) box.focus();
      return;
    }
    setConsentMissing(false);
    add.mutate(donorBodyFrom(draft), {
      onSuccess: () => {
        setDraft(fresh());
        setIsOpen(false);
      },
    });
  };

  return (
    <details
      className="replacement-donor"
      open={isOpen}
      onToggle={(event) => setIsOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>{t('outreach.replacement.open')}</summary>
      <form className="sub-form" onSubmit={onSubmit} noValidate data-action="replacement-donor">
        <p className="field-hint">{t('outreach.replacement.hint')}</p>
        <TextField
          label={t('outreach.replacement.name')}
          name={fields.name}
          value={draft.name}
          onChange={(event) => edit('name', event.target.value)}
          error={errors.name}
          autoComplete="off"
        />
        <TextField
          label={t('outreach.replacement.phone')}
          type="tel"
          inputMode="tel"
          name={fields.phone}
          value={draft.phone}
          onChange={(event) => edit('phone', event.target.value)}
          error={errors.phone}
          autoComplete="off"
        />
        <div className="field-row">
          <SexSelect
            label={t('outreach.replacement.sex')}
            name={fields.sex}
            value={draft.sex}
            onChange={(sex) => edit('sex', sex)}
            error={errors.sex}
            emptyLabel={t('donors.form.choose')}
          />
          <TextField
            label={t('outreach.replacement.dateOfBirth')}
            type="date"
            name={fields.dateOfBirth}
            max={today}
            value={draft.dateOfBirth}
            onChange={(event) => edit('dateOfBirth', event.target.value)}
            error={errors.dateOfBirth}
          />
        </div>
        <div className="field-row">
          <SelectField
            label={t('outreach.replacement.bloodGroup')}
            name={fields.bloodGroup}
            value={draft.bloodGroup}
            onChange={(event) => edit('bloodGroup', event.target.value as AboRhGroup | 'unknown' | '')}
            error={errors.bloodGroup}
          >
            <option value="">{t('outreach.replacement.choose')}</option>
            {aboRhGroups.map((group) => (
              <option key={group} value={group}>
                {group}
              </option>
            ))}
            <option value={unknownGroup}>{t('outreach.replacement.groupUnknown')}</option>
          </SelectField>
          <SelectField
            label={t('outreach.replacement.weight')}
            name={fields.weightBand}
            value={draft.weightBand}
            onChange={(event) => edit('weightBand', event.target.value as WeightBand | '')}
            error={errors.weightBand}
          >
            <option value="">{t('outreach.replacement.choose')}</option>
            {weightBands.map((band) => (
              <option key={band} value={band}>
                {t(`outreach.replacement.weightBand.${weightKeys[band]}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <DistrictSelect
          name={fields.district}
          value={draft.district}
          onChange={(code) => edit('district', code)}
          error={errors.district}
        />
        <div className="field-row">
          <TextField
            label={t('outreach.replacement.locality')}
            name={fields.locality}
            value={draft.locality}
            onChange={(event) => edit('locality', event.target.value)}
            error={errors.locality}
          />
          <TextField
            label={t('outreach.replacement.pincode')}
            inputMode="numeric"
            name={fields.pincode}
            value={draft.pincode}
            onChange={(event) => edit('pincode', digits(event.target.value, 6))}
            error={errors.pincode}
          />
        </div>
        <TextField
          label={t('outreach.replacement.lastDonation')}
          hint={t('outreach.replacement.lastDonationHint')}
          type="date"
          name={fields.lastDonation}
          max={today}
          value={draft.lastDonation}
          onChange={(event) => edit('lastDonation', event.target.value)}
          error={errors.lastDonation}
        />
        <CheckboxField
          label={t('outreach.replacement.consent', { purpose: draft.consentPurpose })}
          name={fields.consentGiven}
          checked={draft.consentGiven}
          onChange={(event) => {
            edit('consentGiven', event.target.checked);
            if (event.target.checked) setConsentMissing(false);
          }}
          error={consentError}
        />
        <button type="submit" disabled={add.isPending}>
          {t('outreach.replacement.submit')}
        </button>
        {add.isError ? <ProblemAlert error={add.error} /> : null}
      </form>
    </details>
  );
}
