import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CalendarTransfusion } from '../../../shared/contracts/transfusion-bookings.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { healthDistricts } from '../donors/donor-reach';
import { useDonorDays } from '../donors/use-donor-days';
import { DistrictFilter } from '../geography/DistrictFilter';
import { casePath } from '../shell/nav-paths';
import { ThalassemiaNav } from './ThalassemiaNav';
import { useTransfusionCalendar, type CalendarQuery } from './bookings-queries';
import { childPath } from './thalassemia-paths';
import './thalassemia.css';
import { fieldName } from './field-names';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The period and district in the address; the server's defaults (today, four weeks) when none is given. */
function queryFrom(params: URLSearchParams): CalendarQuery {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const district = params.get('district') ?? '';
  return {
    ...(isoDay.test(from) ? { from } : {}),
    ...(isoDay.test(to) ? { to } : {}),
    ...(district === '' ? {} : { district }),
  };
}

/** Every child's upcoming transfusions in this person's districts, day by day, with how many donors said yes. */
export function TransfusionCalendarPage() {
  const { t } = useTranslation();
  usePageTitle(t('thalassemia.nav.calendar'));
  const session = useCurrentSession();
  const districts = healthDistricts(actorFrom(session));
  const [params, setParams] = useSearchParams();
  const query = queryFrom(params);
  const calendar = useTransfusionCalendar(query);
  const { formatDay } = useDonorDays();
  const set = (change: Partial<Record<keyof CalendarQuery, string>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };

  return (
    <section className="thalassemia transfusion-calendar">
      <h1>{t('thalassemia.nav.calendar')}</h1>
      <ThalassemiaNav />
      <p className="lead">{t('thalassemia.board.intro')}</p>
      <div className="panel">
        <div className="field-row">
          <TextField
            label={t('thalassemia.board.from')}
            type="date"
            name={fieldName.from}
            value={query.from ?? calendar.data?.from ?? ''}
            onChange={(event) => set({ from: event.target.value })}
          />
          <TextField
            label={t('thalassemia.board.to')}
            type="date"
            name={fieldName.to}
            value={query.to ?? calendar.data?.to ?? ''}
            onChange={(event) => set({ to: event.target.value })}
          />
        </div>
        <DistrictFilter
          districts={districts}
          value={query.district ?? ''}
          onChange={(district) => set({ district })}
          name={fieldName.district}
          labels={{
            district: t('thalassemia.list.district'),
            anyDistrict: t('thalassemia.list.anyDistrict'),
            allMyDistricts: t('thalassemia.list.allMyDistricts'),
          }}
        />
      </div>
      {calendar.isPending ? (
        <Loading />
      ) : calendar.isError ? (
        <LoadError error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : calendar.data.days.length === 0 ? (
        <p className="calendar-empty">
          {t('thalassemia.board.empty', { from: formatDay(calendar.data.from), to: formatDay(calendar.data.to) })}
        </p>
      ) : (
        calendar.data.days.map(({ day, transfusions }) => (
          <section key={day} className="calendar-day" data-day={day} aria-label={formatDay(day)}>
            <h2>{formatDay(day)}</h2>
            <ul className="plain-list transfusion-list">
              {transfusions.map((transfusion) => (
                <CalendarRow key={transfusion.transfusionId} transfusion={transfusion} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

function CalendarRow({ transfusion }: { transfusion: CalendarTransfusion }) {
  const { t } = useTranslation();
  const short = transfusion.unitsShort > 0;
  return (
    <li className="transfusion" data-transfusion-id={transfusion.transfusionId} data-state={transfusion.state}>
      <p className="transfusion-head">
        <Link to={childPath(transfusion.patientId)} className="child-name">
          {transfusion.patientName}
        </Link>
        <span className="badge badge-muted">{transfusion.patientReference}</span>
        <span className="badge">{transfusion.bloodGroup}</span>
        <span className={`badge ${transfusion.state === 'planned' ? 'badge-warning' : ''}`}>
          {t(`thalassemia.transfusionState.${transfusion.state}`)}
        </span>
      </p>
      <p className={short ? 'field-hint calendar-short' : 'field-hint'} data-units-short={transfusion.unitsShort}>
        {t('thalassemia.calendar.units', {
          count: transfusion.units,
          booked: transfusion.bookedUnits,
          confirmed: transfusion.confirmedUnits,
        })}
      </p>
      <p className="field-hint">
        {transfusion.centre}
        {transfusion.caseId === null ? null : (
          <>
            {t('common.dotSeparator')}
            <Link to={casePath(transfusion.caseId)}>{t('thalassemia.board.case')}</Link>
          </>
        )}
      </p>
    </li>
  );
}
