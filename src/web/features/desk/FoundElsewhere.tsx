import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseList } from '../cases/case-queries';
import { caseQueryFor, deskSearchParams, type DeskFilters } from './desk-filters';

/** The statuses a search under "all open" does not look in; the API takes one status at a time. */
const doneStatuses = ['fulfilled', 'closed'] as const;

/**
 * A search that finds nothing open may name a case already done (a reference read out by someone calling
 * back): ask the same search among fulfilled and closed cases, and offer to switch the filter.
 */
export function FoundElsewhere({ filters }: { filters: DeskFilters }) {
  return (
    <ul className="plain-list found-elsewhere">
      {doneStatuses.map((status) => (
        <FoundIn key={status} filters={filters} status={status} />
      ))}
    </ul>
  );
}

function FoundIn({ filters, status }: { filters: DeskFilters; status: (typeof doneStatuses)[number] }) {
  const { t } = useTranslation();
  const there = { ...filters, status, offset: 0 };
  const found = useCaseList({ ...caseQueryFor(there), limit: 1 });
  const total = found.data?.total ?? 0;
  // A count kept from the previous search says nothing about this one.
  if (total === 0 || found.isPlaceholderData) return null;
  return (
    <li data-found-in={status}>
      <Link to={{ search: deskSearchParams(there).toString() }}>{t(`desk.foundIn.${status}`, { count: total })}</Link>
    </li>
  );
}
