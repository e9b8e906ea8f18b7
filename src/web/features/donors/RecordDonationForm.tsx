import { useState, type FormEvent } from 'react';
import { fieldName } from './field-names';
import { useTranslation } from 'react-i18next';
import type { DonorView, RecordedDonation } from '../../../shared/contracts/donors.js';
import { donorProducts, type DonorProduct } from '../../../shared/enums.js';
import { CheckboxField } from '../../components/CheckboxField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { NextEligibleText } from './DonorBadges';
import { useRecordDonation } from './donors-queries';
import { useDonorDays } from './use-donor-days';

interface DonationDraft {
  product: DonorProduct;
  units: string;
  bagNumber: string;
  bloodCentre: string;
  donatedOn: string;
  reachedNote: string;
  replacement: boolean;
}

/** A donation given: the next eligible day follows from it, and the donor is thanked in their language. */
export function RecordDonationForm({ donor }: { donor: DonorView }) {
  const { t } = useTranslation();
  const { today } = useDonorDays();
  const record = useRecordDonation(donor.id);
  const blank = (): DonationDraft => ({
    product: donor.products[0] ?? 'whole_blood',
    units: '1',
    bagNumber: '',
    bloodCentre: '',
    donatedOn: today,
    reachedNote: '',
    replacement: false,
  });
  const [draft, setDraft] = useState<DonationDraft>(blank);
  const [recorded, setRecorded] = useState<RecordedDonation | null>(null);
  const edit = <K extends keyof DonationDraft>(field: K, value: DonationDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const errors = fieldErrors(record.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setRecorded(null);
    record.mutate(
      {
        product: draft.product,
        units: Number(draft.units),
        bloodCentre: draft.bloodCentre.trim(),
        donatedOn: draft.donatedOn,
        replacement: draft.replacement,
        ...(draft.bagNumber.trim() === '' ? {} : { bagNumber: draft.bagNumber.trim() }),
        ...(draft.reachedNote.trim() === '' ? {} : { reachedNote: draft.reachedNote.trim() }),
      },
      {
        onSuccess: (result) => {
          setRecorded(result);
          setDraft(blank());
        },
      },
    );
  };
  return (
    <form className="form donor-donation-form" data-action="donation" onSubmit={onSubmit} noValidate>
      <h3>{t('donors.donations.record')}</h3>
      {recorded !== null ? (
        <div className="success donor-recorded" role="status">
          <p>{t('donors.donations.recorded')}</p>
          <p data-next-eligible={recorded.donor.nextEligibleOn ?? ''}>
            {t('donors.record.nextEligible')}{' '}
            <NextEligibleText eligible={recorded.donor.eligibleNow} from={recorded.donor.nextEligibleOn} />
          </p>
          <p>{recorded.thanked ? t('donors.donations.thanked') : t('donors.donations.notThanked')}</p>
        </div>
      ) : null}
      <div className="field-row">
        <SelectField
          label={t('donors.donations.product')}
          name={fieldName.product}
          value={draft.product}
          onChange={(event) => edit('product', event.target.value as DonorProduct)}
          error={errors.product}
        >
          {donorProducts.map((product) => (
            <option key={product} value={product}>
              {t(`blood.product.${product}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('donors.donations.units')}
          name={fieldName.units}
          value={draft.units}
          onChange={(event) => edit('units', event.target.value)}
          error={errors.units}
        >
          {['1', '2', '3', '4'].map((units) => (
            <option key={units} value={units}>
              {units}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('donors.donations.donatedOn')}
          type="date"
          name={fieldName.donatedOn}
          max={today}
          value={draft.donatedOn}
          onChange={(event) => edit('donatedOn', event.target.value)}
          error={errors.donatedOn}
        />
      </div>
      <div className="field-row">
        <TextField
          label={t('donors.donations.bloodCentre')}
          name={fieldName.bloodCentre}
          value={draft.bloodCentre}
          onChange={(event) => edit('bloodCentre', event.target.value)}
          error={errors.bloodCentre}
          autoComplete="off"
        />
        <TextField
          label={t('donors.donations.bagNumber')}
          name={fieldName.bagNumber}
          value={draft.bagNumber}
          onChange={(event) => edit('bagNumber', event.target.value)}
          error={errors.bagNumber}
          autoComplete="off"
        />
      </div>
      <TextField
        label={t('donors.donations.reachedNote')}
        hint={t('donors.donations.reachedNoteHint')}
        name={fieldName.reachedNote}
        value={draft.reachedNote}
        onChange={(event) => edit('reachedNote', event.target.value)}
        error={errors.reachedNote}
        autoComplete="off"
      />
      <CheckboxField
        label={t('donors.donations.replacement')}
        name={fieldName.replacement}
        checked={draft.replacement}
        onChange={(event) => edit('replacement', event.target.checked)}
      />
      {record.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={record.error} /> : null}
      <div className="form-actions">
        <button type="submit" disabled={record.isPending}>
          {t('donors.donations.submit')}
        </button>
      </div>
    </form>
  );
}
