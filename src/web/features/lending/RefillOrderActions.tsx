import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefillOrderView, SettleRefillItemsBody } from '../../../shared/contracts/refills.js';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { ActionForm } from '../../components/ActionForm';
import { useCancelRefill, useSettleRefill } from './refills-queries';
import { field } from './field-names';

type Outcome = SettleRefillItemsBody['lines'][number]['status'];
const outcomes = ['returned_full', 'returned_unfilled', 'lost'] as const satisfies readonly Outcome[];

/** Settling what came back (line by line) and cancelling, as the order's `can` allows. */
export function RefillOrderActions({ order }: { order: RefillOrderView }) {
  return (
    <>
      {order.can.settleItems ? <SettleForm order={order} /> : null}
      {order.can.cancel ? <CancelForm orderId={order.id} /> : null}
    </>
  );
}

function SettleForm({ order }: { order: RefillOrderView }) {
  const { t } = useTranslation();
  const settle = useSettleRefill(order.id);
  const open = order.lines.filter((line) => line.status === 'sent');
  const [chosen, setChosen] = useState<Record<string, Outcome | ''>>({});
  const lines = open.flatMap((line) => {
    const status = chosen[line.item.id] ?? '';
    return status === '' ? [] : [{ itemId: line.item.id, status }];
  });
  if (open.length === 0) return null;
  return (
    <ActionForm
      area="lending"
      name={field.settle}
      heading={t('lending.refill.settle')}
      submitLabel={t('lending.refill.settleSubmit')}
      action={settle}
      onSubmit={() => settle.mutate({ lines }, { onSuccess: () => setChosen({}) })}
    >
      <div className="field-row">
        {open.map((line) => (
          <SelectField
            key={line.item.id}
            label={line.item.label}
            name={`line-${line.item.label}`}
            value={chosen[line.item.id] ?? ''}
            onChange={(e) => setChosen({ ...chosen, [line.item.id]: e.target.value as Outcome | '' })}
          >
            <option value="">{t('lending.refillLine.sent')}</option>
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {t(`lending.refillLine.${o}`)}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
    </ActionForm>
  );
}

function CancelForm({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const cancel = useCancelRefill(orderId);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(cancel.error);
  return (
    <ActionForm
      area="lending"
      name={field.cancelRefill}
      folded
      heading={t('lending.refill.cancel')}
      submitLabel={t('lending.refill.cancelSubmit')}
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
