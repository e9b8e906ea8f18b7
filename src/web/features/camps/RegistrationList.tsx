import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampDetail } from '../../../shared/contracts/camps.js';
import { campRegistrationStates, type CampRegistrationState } from '../../../shared/enums.js';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useFormatNumber } from '../../components/use-format-number';
import { RegistrationCard } from './RegistrationCard';
import { useCancelRegistration, useRegistrations } from './camps-queries';

const limit = 50;

/** The camp's registrations in slot order, by state or searched by name or the phone's last digits (masked). */
export function RegistrationList({ camp }: { camp: CampDetail }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const [state, setState] = useState<CampRegistrationState | ''>('');
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const search = useDebouncedValue(q.trim(), 300);
  const registrations = useRegistrations(camp.id, {
    ...(state === '' ? {} : { state }),
    ...(search === '' ? {} : { q: search }),
    limit,
    offset,
  });
  const cancel = useCancelRegistration(camp.id);
  return (
    <section className="panel" aria-labelledby="camp-registrations">
      <h2 id="camp-registrations">{t('camps.registrations.heading')}</h2>
      <div className="chips" role="group" aria-label={t('camps.registrations.filter')}>
        {(['', ...campRegistrationStates] as const).map((s) => (
          <button
            key={s}
            type="button"
            className={s === state ? '' : 'button-secondary'}
            aria-pressed={s === state}
            onClick={() => {
              setState(s);
              setOffset(0);
            }}
          >
            {s === '' ? t('camps.registrations.all') : t(`camps.registrationState.${s}`)}
          </button>
        ))}
      </div>
      <TextField
        label={t('camps.registrations.search')}
        hint={t('camps.registrations.searchHint')}
        type="search"
        value={q}
        onChange={(event) => {
          setQ(event.target.value);
          setOffset(0);
        }}
      />
      {cancel.isError ? <ProblemAlert error={cancel.error} /> : null}
      {registrations.isPending ? (
        <Loading />
      ) : registrations.isError ? (
        <LoadError error={registrations.error} onRetry={() => void registrations.refetch()} />
      ) : registrations.data.items.length === 0 ? (
        <p>{t('camps.registrations.empty')}</p>
      ) : (
        <>
          <p className="queue-count" aria-live="polite">
            {t('camps.registrations.count', {
              count: registrations.data.total,
              n: formatNumber(registrations.data.total),
            })}
          </p>
          <ul className="plain-list camp-registrations">
            {registrations.data.items.map((registration) => (
              <RegistrationCard key={registration.id} registration={registration}>
                {registration.can.cancel ? (
                  <ConfirmButton
                    label={t('camps.registrations.cancel')}
                    question={t('camps.registrations.cancelQuestion', { name: registration.name })}
                    confirmLabel={t('camps.registrations.cancelConfirm')}
                    onConfirm={() => cancel.mutate(registration.id)}
                    isPending={cancel.isPending}
                  />
                ) : null}
              </RegistrationCard>
            ))}
          </ul>
          <Pager total={registrations.data.total} limit={limit} offset={offset} onChange={setOffset} />
        </>
      )}
    </section>
  );
}
