import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { formatPhone } from '../../components/format-phone';
import { fieldErrors } from '../../components/problem-text';
import { useFormatDate } from '../../components/use-format-date';
import { usePageTitle } from '../../components/use-page-title';
import { useFlaggedPhones, useFlagPhone, useUnflagPhone, type FlaggedPhoneView } from './flagged-phones-queries';

const fields = { phone: 'phone', reason: 'reason' } as const;

/** Numbers reported for fraud, hoarding or fake pleas: every case with one shows a warning. */
export function FlaggedPhonesPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.flagged_phones'));
  const flagged = useFlaggedPhones();
  const unflag = useUnflagPhone();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const columns: DataColumn<FlaggedPhoneView>[] = [
    { heading: t('flaggedPhones.table.phone'), cell: (item) => formatPhone(item.phone) },
    { heading: t('flaggedPhones.table.reason'), cell: (item) => item.reason },
    {
      heading: t('flaggedPhones.table.by'),
      cell: (item) =>
        t('flaggedPhones.byAt', {
          name: item.organisation
            ? `${item.flaggedBy?.name ?? t('case.timeline.system')} (${item.organisation.name})`
            : (item.flaggedBy?.name ?? t('case.timeline.system')),
          time: formatTime(item.flaggedAt),
        }),
    },
    {
      heading: t('flaggedPhones.table.actions'),
      cell: (item) =>
        item.can.remove ? (
          <ConfirmButton
            label={t('flaggedPhones.remove')}
            question={t('flaggedPhones.removeQuestion')}
            confirmLabel={t('flaggedPhones.removeConfirm')}
            isPending={unflag.isPending}
            onConfirm={() => unflag.mutate(item.phone)}
          />
        ) : null,
    },
  ];

  return (
    <section>
      <h1>{t('nav.flagged_phones')}</h1>
      <p className="lead">{t('flaggedPhones.intro')}</p>
      <FlagPhoneForm />
      {unflag.isError ? <ProblemAlert error={unflag.error} /> : null}
      {flagged.isPending ? (
        <Loading />
      ) : flagged.isError ? (
        <LoadError error={flagged.error} onRetry={() => void flagged.refetch()} />
      ) : flagged.data.items.length === 0 ? (
        <p>{t('flaggedPhones.empty')}</p>
      ) : (
        <div className="table-box">
          <DataTable
            columns={columns}
            rows={flagged.data.items}
            rowKey={(item) => item.phone}
            rowData={(item) => ({ 'data-phone': item.phone })}
          />
        </div>
      )}
    </section>
  );
}

function FlagPhoneForm() {
  const { t } = useTranslation();
  const flag = useFlagPhone();
  const [phone, setPhone] = useState('');
  const [reason, setReason] = useState('');
  const errors = fieldErrors(flag.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    flag.mutate(
      { phone, reason },
      {
        onSuccess: () => {
          setPhone('');
          setReason('');
        },
      },
    );
  };
  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-busy={flag.isPending}>
      <h2>{t('flaggedPhones.add.heading')}</h2>
      {flag.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={flag.error} /> : null}
      <TextField
        label={t('flaggedPhones.add.phone')}
        hint={t('flaggedPhones.add.phoneHint')}
        type="tel"
        inputMode="tel"
        name={fields.phone}
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        error={errors.phone}
        autoComplete="off"
      />
      <TextField
        label={t('flaggedPhones.add.reason')}
        hint={t('flaggedPhones.add.reasonHint')}
        name={fields.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
        autoComplete="off"
      />
      <div className="form-actions">
        <button type="submit" disabled={flag.isPending}>
          {t('flaggedPhones.add.submit')}
        </button>
      </div>
    </form>
  );
}
