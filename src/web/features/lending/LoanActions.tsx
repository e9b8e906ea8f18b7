import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanDetail } from '../../../shared/contracts/loans.js';
import {
  accessoryKinds,
  itemConditions,
  lossReasons,
  type AccessoryKind,
  type ItemCondition,
  type LossReason,
} from '../../../shared/enums.js';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { useFormatNumber } from '../../components/use-format-number';
import { ActionForm } from '../../components/ActionForm';
import { HandOverForm } from './HandOverForm';
import {
  useCancelLoan,
  useExtendLoan,
  useRequestPickup,
  useReturnLoan,
  useSettleDeposit,
  useWriteOffLoan,
} from './loans-queries';
import { field } from './field-names';

/** Every step the loan's `can` allows now, and nothing else. */
export function LoanActions({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const { can } = loan;
  const any = Object.entries(can).some(([key, value]) => key !== 'revealContact' && key !== 'addDocument' && value);
  if (!any) return null;
  return (
    <section className="panel lending-actions" aria-labelledby="loan-actions">
      <h2 id="loan-actions">{t('lending.loan.actions')}</h2>
      {can.handOver ? (
        <div data-action={field.handOver}>
          <h3>{t('lending.handOver.heading')}</h3>
          <HandOverForm loanId={loan.id} />
        </div>
      ) : null}
      {can.return ? <ReturnForm loan={loan} /> : null}
      {can.refundDeposit || can.deductDeposit ? <DepositForm loan={loan} /> : null}
      {can.extend ? <ExtendForm loanId={loan.id} /> : null}
      {can.requestPickup && !loan.pickupRequested ? <PickupForm loanId={loan.id} /> : null}
      {can.writeOff ? <WriteOffForm loanId={loan.id} /> : null}
      {can.cancel ? <CancelForm loanId={loan.id} /> : null}
    </section>
  );
}

function ExtendForm({ loanId }: { loanId: string }) {
  const { t } = useTranslation();
  const extend = useExtendLoan(loanId);
  const [days, setDays] = useState('7');
  const [reason, setReason] = useState('');
  const errors = fieldErrors(extend.error);
  return (
    <ActionForm
      area="lending"
      name={field.extend}
      folded
      heading={t('lending.extend.heading')}
      submitLabel={t('lending.extend.submit')}
      action={extend}
      onSubmit={() => extend.mutate({ days: Number(days), reason: reason.trim() })}
    >
      <div className="field-row">
        <TextField
          label={t('lending.extend.days')}
          name={field.days}
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={errors.days}
        />
        <TextField
          label={t('lending.reason')}
          name={field.reason}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason}
        />
      </div>
    </ActionForm>
  );
}

function ReturnForm({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const returnLoan = useReturnLoan(loan.id);
  const [condition, setCondition] = useState<ItemCondition>('empty');
  const [missing, setMissing] = useState<AccessoryKind[]>([]);
  const [note, setNote] = useState('');
  const errors = fieldErrors(returnLoan.error);
  const lentAccessories = loan.accessories.map((a) => a.kind);
  return (
    <ActionForm
      area="lending"
      name={field.return}
      heading={t('lending.return.heading')}
      submitLabel={t('lending.return.submit')}
      action={returnLoan}
      onSubmit={() =>
        returnLoan.mutate({
          condition,
          accessoriesMissing: missing.map((kind) => ({ kind, itemId: null, quantity: 1 })),
          ...(note.trim() === '' ? {} : { note: note.trim() }),
        })
      }
    >
      <SelectField
        label={t('lending.return.condition')}
        name={field.condition}
        value={condition}
        onChange={(e) => setCondition(e.target.value as ItemCondition)}
        error={errors.condition}
      >
        {itemConditions.map((c) => (
          <option key={c} value={c}>
            {t(`lending.condition.${c}`)}
          </option>
        ))}
      </SelectField>
      {lentAccessories.length > 0 ? (
        <fieldset className="form-group">
          <legend>{t('lending.return.missing')}</legend>
          {accessoryKinds
            .filter((kind) => lentAccessories.includes(kind))
            .map((kind) => (
              <CheckboxField
                key={kind}
                label={t(`lending.kind.${kind}`)}
                name={`missing-${kind}`}
                checked={missing.includes(kind)}
                onChange={(e) => setMissing(e.target.checked ? [...missing, kind] : missing.filter((k) => k !== kind))}
              />
            ))}
        </fieldset>
      ) : null}
      <TextField
        label={t('lending.note')}
        name={field.note}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
    </ActionForm>
  );
}

function DepositForm({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const settle = useSettleDeposit(loan.id);
  const kinds = [...(loan.can.refundDeposit ? ['refund'] : []), ...(loan.can.deductDeposit ? ['deduct'] : [])] as (
    'refund' | 'deduct'
  )[];
  const [kind, setKind] = useState(kinds[0] ?? 'refund');
  const [amount, setAmount] = useState(String(loan.deposit.balance));
  const [text, setText] = useState('');
  const errors = fieldErrors(settle.error);
  return (
    <ActionForm
      area="lending"
      name={field.deposit}
      heading={t('lending.deposit.heading', { balance: formatNumber(loan.deposit.balance) })}
      submitLabel={t(`lending.deposit.submit.${kind}`)}
      action={settle}
      onSubmit={() =>
        settle.mutate(
          kind === 'refund'
            ? { kind, amount: Number(amount), ...(text.trim() === '' ? {} : { reference: text.trim() }) }
            : { kind, amount: Number(amount), reason: text.trim() },
        )
      }
    >
      <div className="field-row">
        <SelectField
          label={t('lending.deposit.kind')}
          name={field.kind}
          value={kind}
          onChange={(e) => setKind(e.target.value as 'refund' | 'deduct')}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`lending.deposit.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('lending.deposit.amount')}
          name={field.amount}
          inputMode="numeric"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={errors.amount}
        />
        <TextField
          label={kind === 'refund' ? t('lending.deposit.reference') : t('lending.reason')}
          name={kind === 'refund' ? field.reference : field.reason}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={kind === 'refund' ? errors.reference : errors.reason}
        />
      </div>
    </ActionForm>
  );
}

function PickupForm({ loanId }: { loanId: string }) {
  const { t } = useTranslation();
  const pickup = useRequestPickup(loanId);
  const [note, setNote] = useState('');
  const errors = fieldErrors(pickup.error);
  return (
    <ActionForm
      area="lending"
      name={field.pickup}
      folded
      heading={t('lending.pickup.heading')}
      submitLabel={t('lending.pickup.submit')}
      action={pickup}
      onSubmit={() => pickup.mutate({ assigneeId: null, ...(note.trim() === '' ? {} : { note: note.trim() }) })}
    >
      <TextField
        label={t('lending.note')}
        name={field.note}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
    </ActionForm>
  );
}

function WriteOffForm({ loanId }: { loanId: string }) {
  const { t } = useTranslation();
  const writeOff = useWriteOffLoan(loanId);
  const [lossReason, setLossReason] = useState<LossReason>('not_returned');
  const [note, setNote] = useState('');
  const errors = fieldErrors(writeOff.error);
  return (
    <ActionForm
      area="lending"
      name={field.writeOff}
      folded
      heading={t('lending.writeOff.heading')}
      submitLabel={t('lending.writeOff.submit')}
      action={writeOff}
      onSubmit={() => writeOff.mutate({ lossReason, note: note.trim() })}
    >
      <div className="field-row">
        <SelectField
          label={t('lending.writeOff.lossReason')}
          name={field.lossReason}
          value={lossReason}
          onChange={(e) => setLossReason(e.target.value as LossReason)}
          error={errors.lossReason}
        >
          {lossReasons.map((r) => (
            <option key={r} value={r}>
              {t(`lending.lossReason.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('lending.reason')}
          name={field.note}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.note}
        />
      </div>
    </ActionForm>
  );
}

function CancelForm({ loanId }: { loanId: string }) {
  const { t } = useTranslation();
  const cancel = useCancelLoan(loanId);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(cancel.error);
  return (
    <ActionForm
      area="lending"
      name={field.cancel}
      folded
      heading={t('lending.cancel.heading')}
      submitLabel={t('lending.cancel.submit')}
      action={cancel}
      onSubmit={() => cancel.mutate({ reason: reason.trim() })}
    >
      <TextField
        label={t('lending.reason')}
        name={field.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
      />
    </ActionForm>
  );
}
