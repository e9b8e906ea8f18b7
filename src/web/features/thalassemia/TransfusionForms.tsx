import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  bookingOutcomes,
  type TransfusionBookingView,
  type TransfusionView,
} from '../../../shared/contracts/transfusion-bookings.js';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { digits } from '../../components/form-values';
import { fieldErrors } from '../../components/problem-text';
import { useDonorDays } from '../donors/use-donor-days';
import { ActionForm } from '../../components/ActionForm';
import { useBookingOutcome, useMarkDone, useMarkMissed, useMoveTransfusion } from './bookings-queries';
import { actionName, fieldName } from './field-names';

type Outcome = (typeof bookingOutcomes)[number];

/** The earlier of two ISO days. */
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * What happened at the centre for one confirmed donor: they gave (bag number), the centre deferred them (reason and
 * until when; the next in the pool is booked), or they did not come.
 */
export function BookingOutcomeForm({
  childId,
  booking,
  dueOn,
  onDone,
}: {
  childId: string;
  booking: TransfusionBookingView;
  dueOn: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { today } = useDonorDays();
  const record = useBookingOutcome(childId, booking.id);
  const [outcome, setOutcome] = useState<Outcome>('donated');
  const [bagNumber, setBagNumber] = useState('');
  const [donatedOn, setDonatedOn] = useState(() => earlier(dueOn, today));
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const errors = fieldErrors(record.error);
  const submit = () => {
    const body =
      outcome === 'donated'
        ? { outcome, ...(bagNumber.trim() === '' ? {} : { bagNumber }), ...(donatedOn === '' ? {} : { donatedOn }) }
        : outcome === 'deferred'
          ? { outcome, ...(reason.trim() === '' ? {} : { reason }), until: until === '' ? null : until }
          : { outcome };
    record.mutate(body, { onSuccess: onDone });
  };
  return (
    <ActionForm
      area="thalassemia"
      name={actionName.outcome}
      heading={t('thalassemia.outcome.heading', { name: booking.donorName })}
      submitLabel={t('thalassemia.outcome.submit')}
      action={record}
      onSubmit={submit}
    >
      <SelectField
        label={t('thalassemia.outcome.outcome')}
        name={fieldName.outcome}
        value={outcome}
        onChange={(event) => setOutcome(event.target.value as Outcome)}
        error={errors.outcome}
      >
        {bookingOutcomes.map((choice) => (
          <option key={choice} value={choice}>
            {t(`thalassemia.outcome.choice.${choice}`)}
          </option>
        ))}
      </SelectField>
      {outcome === 'donated' ? (
        <div className="field-row">
          <TextField
            label={t('thalassemia.outcome.bagNumber')}
            name={fieldName.bagNumber}
            value={bagNumber}
            onChange={(event) => setBagNumber(event.target.value)}
            error={errors.bagNumber}
            autoComplete="off"
          />
          <TextField
            label={t('thalassemia.outcome.donatedOn')}
            type="date"
            name={fieldName.donatedOn}
            max={today}
            value={donatedOn}
            onChange={(event) => setDonatedOn(event.target.value)}
            error={errors.donatedOn}
          />
        </div>
      ) : null}
      {outcome === 'deferred' ? (
        <>
          <TextField
            label={t('thalassemia.outcome.reason')}
            hint={t('thalassemia.outcome.reasonHint')}
            name={fieldName.reason}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={errors.reason}
            autoComplete="off"
          />
          <TextField
            label={t('thalassemia.outcome.until')}
            hint={t('thalassemia.outcome.untilHint')}
            type="date"
            name={fieldName.until}
            min={today}
            value={until}
            onChange={(event) => setUntil(event.target.value)}
            error={errors.until}
          />
        </>
      ) : null}
    </ActionForm>
  );
}

/** The transfusion was given: the day (not in the future) and the units. */
export function MarkDoneForm({ childId, transfusion }: { childId: string; transfusion: TransfusionView }) {
  const { t } = useTranslation();
  const { today } = useDonorDays();
  const done = useMarkDone(childId, transfusion.id);
  const [doneOn, setDoneOn] = useState(() => earlier(transfusion.dueOn, today));
  const [units, setUnits] = useState(String(transfusion.units));
  const errors = fieldErrors(done.error);
  return (
    <ActionForm
      area="thalassemia"
      name={actionName.done}
      heading={t('thalassemia.done.heading')}
      submitLabel={t('thalassemia.done.submit')}
      action={done}
      folded
      onSubmit={() => done.mutate({ doneOn, unitsGiven: units === '' ? Number.NaN : Number(units) })}
    >
      <div className="field-row">
        <TextField
          label={t('thalassemia.done.doneOn')}
          type="date"
          name={fieldName.doneOn}
          max={today}
          value={doneOn}
          onChange={(event) => setDoneOn(event.target.value)}
          error={errors.doneOn}
        />
        <TextField
          label={t('thalassemia.done.unitsGiven')}
          name={fieldName.unitsGiven}
          inputMode="numeric"
          value={units}
          onChange={(event) => setUnits(digits(event.target.value, 1))}
          error={errors.unitsGiven}
        />
      </div>
    </ActionForm>
  );
}

/** The day passed without blood. */
export function MarkMissedForm({ childId, transfusion }: { childId: string; transfusion: TransfusionView }) {
  const { t } = useTranslation();
  const missed = useMarkMissed(childId, transfusion.id);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(missed.error);
  return (
    <ActionForm
      area="thalassemia"
      name={actionName.missed}
      heading={t('thalassemia.missed.heading')}
      submitLabel={t('thalassemia.missed.submit')}
      action={missed}
      folded
      onSubmit={() => missed.mutate(reason.trim() === '' ? {} : { reason })}
    >
      <TextField
        label={t('thalassemia.missed.reason')}
        name={fieldName.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
        autoComplete="off"
      />
    </ActionForm>
  );
}

/** A new day for the transfusion: its bookings are cancelled and the pool booked again for that day. */
export function MoveTransfusionForm({ childId, transfusion }: { childId: string; transfusion: TransfusionView }) {
  const { t } = useTranslation();
  const { today } = useDonorDays();
  const move = useMoveTransfusion(childId, transfusion.id);
  const [dueOn, setDueOn] = useState(transfusion.dueOn < today ? today : transfusion.dueOn);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(move.error);
  return (
    <ActionForm
      area="thalassemia"
      name={actionName.move}
      heading={t('thalassemia.move.heading')}
      submitLabel={t('thalassemia.move.submit')}
      action={move}
      folded
      onSubmit={() => move.mutate({ dueOn, ...(reason.trim() === '' ? {} : { reason }) })}
    >
      <p className="field-hint">{t('thalassemia.move.hint')}</p>
      <TextField
        label={t('thalassemia.move.dueOn')}
        type="date"
        name={fieldName.dueOn}
        min={today}
        value={dueOn}
        onChange={(event) => setDueOn(event.target.value)}
        error={errors.dueOn}
      />
      <TextField
        label={t('thalassemia.move.reason')}
        name={fieldName.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
        autoComplete="off"
      />
    </ActionForm>
  );
}
