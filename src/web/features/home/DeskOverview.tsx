import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverviewView } from '../../../shared/contracts/overview.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormatNumber } from '../../components/use-format-number';
import { navPaths } from '../shell/nav-paths';
import { deskLink } from './desk-link';
import { DistrictSummary } from './DistrictSummary';
import { useOverview } from './overview-queries';

interface Stat {
  id: string;
  count: number;
  label: string;
  to: string;
  /** Draws the eye when there is something to do (critical, overdue). */
  isUrgent?: boolean;
}

function StatList({ stats, label }: { stats: readonly Stat[]; label: string }) {
  const formatNumber = useFormatNumber();
  return (
    <ul className="overview-stats" aria-label={label}>
      {stats.map((stat) => (
        <li key={stat.id} className={stat.isUrgent && stat.count > 0 ? 'overview-stat is-urgent' : 'overview-stat'}>
          <Link to={stat.to} data-stat={stat.id}>
            <span className="overview-count">{formatNumber(stat.count)}</span>
            <span className="overview-label">{stat.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function OverviewBody({ overview, showsMine, showsCallbacks }: OverviewBodyProps) {
  const { t } = useTranslation();
  const { openByPriority } = overview;
  const byPriority: Stat[] = [
    {
      id: 'critical',
      count: openByPriority.critical,
      label: t('priority.critical'),
      to: deskLink({ priority: 'critical' }),
      isUrgent: true,
    },
    { id: 'high', count: openByPriority.high, label: t('priority.high'), to: deskLink({ priority: 'high' }) },
    {
      id: 'normal',
      count: openByPriority.normal,
      label: t('priority.normal'),
      to: deskLink({ priority: 'normal' }),
    },
  ];
  const now: Stat[] = [
    {
      id: 'overdue',
      count: overview.overdueNow,
      label: t('home.overview.overdue'),
      to: deskLink({ overdue: true }),
      isUrgent: true,
    },
  ];
  if (showsMine) {
    now.push({ id: 'mine', count: overview.mine, label: t('home.overview.mine'), to: deskLink({ assignee: 'me' }) });
  }
  if (showsCallbacks && overview.callbacksWaiting !== null) {
    now.push({
      id: 'callbacks',
      count: overview.callbacksWaiting,
      label: t('home.overview.callbacks'),
      to: navPaths.callbacks,
    });
  }
  return (
    <>
      <h2 id="overview-open">{t('home.overview.openHeading')}</h2>
      <StatList stats={byPriority} label={t('home.overview.openHeading')} />
      <h2>{t('home.overview.nowHeading')}</h2>
      <StatList stats={now} label={t('home.overview.nowHeading')} />
      {overview.byDistrict.length > 1 ? <DistrictSummary districts={overview.byDistrict} /> : null}
    </>
  );
}

interface OverviewBodyProps {
  overview: OverviewView;
  showsMine: boolean;
  showsCallbacks: boolean;
}

/** What waits at the desk, each number a link to the desk's queue filtered the same way. */
export function DeskOverview({ showsMine, showsCallbacks }: Omit<OverviewBodyProps, 'overview'>) {
  const overview = useOverview();
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <LoadError error={overview.error} onRetry={() => void overview.refetch()} />;
  return <OverviewBody overview={overview.data} showsMine={showsMine} showsCallbacks={showsCallbacks} />;
}
