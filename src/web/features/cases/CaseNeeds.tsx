import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, NeedView } from '../../../shared/contracts/cases.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useRecordQuantity } from './case-queries';

/** Each need with how much was asked for and how much has arrived; recorded right here when allowed. */
export function CaseNeeds({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="case-needs">
      <h2 id="case-needs">{t('case.needs.heading')}</h2>
      {detail.status === 'fulfilled' && detail.can.recordQuantity ? (
        <p className="field-hint">{t('case.needs.correctHint')}</p>
      ) : null}
      <ul className="plain-list need-rows">
        {detail.needs.map((need) => (
          <li key={need.id} className="need-row" data-need={need.resource}>
            <p className="need-row-what">
              <strong>{t(`resource.${need.resource}`)}</strong>
              {need.bloodGroup ? <span className="badge badge-muted">{need.bloodGroup}</span> : null}
              {need.medicine ? <span className="badge badge-muted">{need.medicine}</span> : null}
              <span className={`badge fulfilment-${need.fulfilment}`}>{t(`fulfilment.${need.fulfilment}`)}</span>
            </p>
            <p className="need-row-count">
              {t('case.needs.count', { fulfilled: need.quantityFulfilled, requested: need.quantityRequested })}
            </p>
            {detail.can.recordQuantity ? <QuantityForm caseId={detail.id} need={need} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function QuantityForm({ caseId, need }: { caseId: string; need: NeedView }) {
  const { t } = useTranslation();
  const record = useRecordQuantity(caseId);
  const [value, setValue] = useState(String(need.quantityFulfilled));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ needId: need.id, quantityFulfilled: Number(value) });
  };
  return (
    <form className="quantity-form" onSubmit={onSubmit} noValidate data-action="quantity">
      <label>
        <span>{t('case.needs.fulfilledLabel', { resource: t(`resource.${need.resource}`) })}</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={1000}
          name="quantityFulfilled"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </label>
      <button
        type="submit"
        className="button-secondary"
        disabled={record.isPending || value.trim() === '' || Number(value) === need.quantityFulfilled}
      >
        {t('case.needs.record')}
      </button>
      {record.isError ? <ProblemAlert error={record.error} /> : null}
    </form>
  );
}
