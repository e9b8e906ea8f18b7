import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampSummary } from '../../../shared/contracts/camps.js';
import { canPlanCamps } from '../../../shared/camp-permissions.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useFormatNumber } from '../../components/use-format-number';
import { useLocalName } from '../../components/use-local-name';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { healthDistricts } from '../donors/donor-reach';
import { DistrictFilter } from '../geography/DistrictFilter';
import { CampStateBadge } from './CampStateBadge';
import { campPath, campsPaths } from './camps-paths';
import { useCamps } from './camps-queries';
import { campField } from './field-names';
import { useCampTimes } from './use-camp-times';
import './camps.css';

const views = ['upcoming', 'past', 'all'] as const;
type View = (typeof views)[number];
const limit = 20;

/** The organisation's blood donation camps: the ones to come first, then those held or cancelled. */
export function CampsPage() {
  const { t } = useTranslation();
  usePageTitle(t('camps.title'));
  const session = useCurrentSession();
  const actor = actorFrom(session);
  const [view, setView] = useState<View>('upcoming');
  const [district, setDistrict] = useState('');
  const [offset, setOffset] = useState(0);
  const camps = useCamps({ when: view, ...(district === '' ? {} : { district }), limit, offset });
  return (
    <section className="camps">
      <div className="page-heading">
        <h1>{t('camps.title')}</h1>
        {canPlanCamps(actor) ? (
          <div className="form-actions">
            <Link to={campsPaths.new} className="button-link">
              {t('camps.plan.link')}
            </Link>
          </div>
        ) : null}
      </div>
      <p className="lead">{t('camps.intro')}</p>
      <div className="chips" role="group" aria-label={t('camps.list.views')}>
        {views.map((v) => (
          <button
            key={v}
            type="button"
            className={v === view ? '' : 'button-secondary'}
            aria-pressed={v === view}
            data-view={v}
            onClick={() => {
              setView(v);
              setOffset(0);
            }}
          >
            {t(`camps.list.view.${v}`)}
          </button>
        ))}
      </div>
      <DistrictFilter
        districts={healthDistricts(actor)}
        value={district}
        onChange={(code) => {
          setDistrict(code);
          setOffset(0);
        }}
        name={campField.district}
        labels={{
          district: t('camps.field.district'),
          anyDistrict: t('camps.list.anyDistrict'),
          allMyDistricts: t('camps.list.allMyDistricts'),
        }}
      />
      {camps.isPending ? (
        <Loading />
      ) : camps.isError ? (
        <LoadError error={camps.error} onRetry={() => void camps.refetch()} />
      ) : camps.data.items.length === 0 ? (
        <p className="camps-empty">{t(`camps.list.empty.${view}`)}</p>
      ) : (
        <>
          <ul className="plain-list camp-rows" aria-label={t('camps.list.label')}>
            {camps.data.items.map((camp) => (
              <CampRow key={camp.id} camp={camp} />
            ))}
          </ul>
          <Pager total={camps.data.total} limit={limit} offset={offset} onChange={setOffset} />
        </>
      )}
    </section>
  );
}

function CampRow({ camp }: { camp: CampSummary }) {
  const { t } = useTranslation();
  const times = useCampTimes();
  const localName = useLocalName();
  const formatNumber = useFormatNumber();
  const place = [camp.venue, camp.locality, localName(camp.district)].filter((part) => part !== null && part !== '');
  return (
    <li className="panel camp-row" data-camp={camp.code} data-state={camp.state}>
      <p className="camp-row-head">
        <Link to={campPath(camp.id)} className="camp-title">
          {camp.title}
        </Link>
        <CampStateBadge state={camp.state} registrationOpen={camp.registrationOpen} />
      </p>
      <p className="camp-row-meta">{times.when(camp.startsAt, camp.endsAt)}</p>
      <p className="camp-row-meta">{place.join(t('common.dotSeparator'))}</p>
      <p className="camp-row-meta" data-field="counts">
        {t('camps.list.counts', {
          registered: formatNumber(camp.counts.registered),
          donated: formatNumber(camp.counts.donated),
          units: formatNumber(camp.counts.units),
          target: formatNumber(camp.targetUnits),
        })}
      </p>
    </li>
  );
}
