import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  campDeferralReasons,
  type CampDeferralReason,
  type OutcomeBody,
  type RegistrationView,
} from '../../../shared/contracts/camps.js';
import { donorProducts, type DonorProduct } from '../../../shared/enums.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { useRecordOutcome } from './camps-queries';
import { campField } from './field-names';

type Kind = OutcomeBody['outcome'];
const kinds: readonly Kind[] = ['donated', 'deferred'];

/** The screening's result for a checked-in donor: donated (product, units, bag number) or deferred (why, until). */
export function OutcomeForm({
  campId,
  campDay,
  registration,
  onRecorded,
}: {
  campId: string;
  /** The camp's Kolkata day: a deferral ends after it. */
  campDay: string;
  registration: RegistrationView;
  /** Told once the outcome is saved (the check-in desk then says so, whatever list the donor leaves). */
  onRecorded?: (registrationId: string) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordOutcome(campId);
  const [kind, setKind] = useState<Kind>('donated');
  const [product, setProduct] = useState<DonorProduct>('whole_blood');
  const [units, setUnits] = useState('1');
  const [bagNumber, setBagNumber] = useState('');
  const [reason, setReason] = useState<CampDeferralReason>('low_haemoglobin');
  const [until, setUntil] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrors(record.error);
  const body = (): OutcomeBody =>
    kind === 'donated'
      ? { outcome: 'donated', product, units: Number(units), bagNumber: bagNumber.trim() }
      : {
          outcome: 'deferred',
          reason,
          until: until === '' ? null : until,
          ...(note.trim() === '' ? {} : { note: note.trim() }),
        };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { registrationId: registration.id, body: body() },
      { onSuccess: () => onRecorded?.(registration.id) },
    );
  };
  return (
    <form className="form camp-outcome" data-action={campField.outcome} onSubmit={submit} noValidate>
      <h2>{t('camps.outcome.heading', { name: registration.name })}</h2>
      <fieldset className="form-group camp-outcome-kind">
        <legend>{t('camps.outcome.kind')}</legend>
        {kinds.map((k) => (
          <label key={k} className={k === kind ? 'camp-choice camp-choice-on' : 'camp-choice'}>
            <input type="radio" name={campField.outcome} value={k} checked={k === kind} onChange={() => setKind(k)} />
            <span>{t(`camps.outcome.${k}`)}</span>
          </label>
        ))}
      </fieldset>
      {kind === 'donated' ? (
        <>
          <div className="field-row">
            <SelectField
              label={t('camps.outcome.product')}
              name={campField.product}
              value={product}
              onChange={(event) => setProduct(event.target.value as DonorProduct)}
              error={errors.product}
            >
              {donorProducts.map((p) => (
                <option key={p} value={p}>
                  {t(`blood.product.${p}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('camps.outcome.units')}
              name={campField.units}
              value={units}
              onChange={(event) => setUnits(event.target.value)}
              error={errors.units}
            >
              {['1', '2', '3', '4'].map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField
            label={t('camps.outcome.bagNumber')}
            hint={t('camps.outcome.bagNumberHint')}
            name={campField.bagNumber}
            autoComplete="off"
            autoCapitalize="characters"
            value={bagNumber}
            onChange={(event) => setBagNumber(event.target.value)}
            error={errors.bagNumber}
          />
        </>
      ) : (
        <>
          <SelectField
            label={t('camps.outcome.reason')}
            name={campField.reason}
            value={reason}
            onChange={(event) => setReason(event.target.value as CampDeferralReason)}
            error={errors.reason}
          >
            {campDeferralReasons.map((r) => (
              <option key={r} value={r}>
                {t(`camps.deferralReason.${r}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('camps.outcome.until')}
            hint={t('camps.outcome.untilHint')}
            type="date"
            name={campField.until}
            min={campDay}
            value={until}
            onChange={(event) => setUntil(event.target.value)}
            error={errors.until}
          />
          <TextField
            label={t('camps.outcome.note')}
            name={campField.note}
            autoComplete="off"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={errors.note}
          />
        </>
      )}
      {record.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={record.error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button-large" disabled={record.isPending}>
          {kind === 'donated' ? t('camps.outcome.submitDonated') : t('camps.outcome.submitDeferred')}
        </button>
      </div>
    </form>
  );
}
