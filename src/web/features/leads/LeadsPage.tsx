import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { leadKinds, leadStatuses, type LeadKind, type LeadStatus } from '../../../shared/enums.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/use-page-title';
import { LeadCard } from './LeadCard';
import { LeadFiltersForm } from './LeadFiltersForm';
import { useLeads, type LeadFilters } from './leads-queries';

const isStatus = (value: string | null): value is LeadStatus => leadStatuses.some((s) => s === value);
const isKind = (value: string | null): value is LeadKind => leadKinds.some((k) => k === value);

/** Offers, donors, volunteers and pleas that came in by message, to check before anyone relies on them. */
export function LeadsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.leads'));
  const [searchParams, setSearchParams] = useSearchParams();
  const status = searchParams.get('status');
  const kind = searchParams.get('kind');
  const filters: LeadFilters = { status: isStatus(status) ? status : 'unverified', kind: isKind(kind) ? kind : '' };
  const leads = useLeads(filters);

  const show = (next: LeadFilters) =>
    setSearchParams({
      ...(next.status === 'unverified' ? {} : { status: next.status }),
      ...(next.kind === '' ? {} : { kind: next.kind }),
    });

  return (
    <section>
      <h1>{t('nav.leads')}</h1>
      <p className="lead">{t('leads.intro')}</p>
      <LeadFiltersForm filters={filters} onChange={show} />
      {leads.isPending ? (
        <Loading />
      ) : leads.isError ? (
        <LoadError error={leads.error} onRetry={() => void leads.refetch()} />
      ) : leads.data.length === 0 ? (
        <p>{t('leads.empty')}</p>
      ) : (
        <ul className="cards leads" aria-busy={leads.isPlaceholderData}>
          {leads.data.map((lead) => (
            <LeadCard key={lead.id} lead={lead} />
          ))}
        </ul>
      )}
    </section>
  );
}
