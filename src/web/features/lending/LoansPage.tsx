import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanQuery } from '../../../shared/contracts/loans.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePageTitle } from '../../components/use-page-title';
import { LendingNav } from './LendingNav';
import { LoanLine } from './LoanLine';
import { kolkataDay } from './lending-days';
import { useLoans } from './loans-queries';
import './lending.css';

const views = ['active', 'overdue', 'due_soon', 'returned', 'lost'] as const;
type View = (typeof views)[number];
const limit = 50;

/** What each view asks the server: overdue is computed there (active past its due day), never stored. */
function queryOf(view: View, now: Date): LoanQuery {
  switch (view) {
    case 'active':
      return { status: 'active' };
    case 'overdue':
      return { status: 'active', overdue: 'true' };
    case 'due_soon':
      return { status: 'active', overdue: 'false', dueBy: kolkataDay(now, 1) };
    case 'returned':
      return { status: 'returned' };
    case 'lost':
      return { status: 'lost' };
  }
}

/** Loans out, late, due by tomorrow, back, lost: the desk's list for reminders and pick-ups. */
export function LoansPage() {
  const { t } = useTranslation();
  usePageTitle(t('lending.nav.loans'));
  const [view, setView] = useState<View>('active');
  const [offset, setOffset] = useState(0);
  const loans = useLoans({ ...queryOf(view, new Date()), limit, offset });
  return (
    <section>
      <h1>{t('lending.nav.loans')}</h1>
      <LendingNav />
      <div className="chips" role="group" aria-label={t('lending.loans.views')}>
        {views.map((v) => (
          <button
            key={v}
            type="button"
            className={v === view ? '' : 'button-secondary'}
            aria-pressed={v === view}
            onClick={() => {
              setView(v);
              setOffset(0);
            }}
          >
            {t(`lending.loans.view.${v}`)}
          </button>
        ))}
      </div>
      {loans.isPending ? (
        <Loading />
      ) : loans.isError ? (
        <LoadError error={loans.error} onRetry={() => void loans.refetch()} />
      ) : loans.data.items.length === 0 ? (
        <p>{t('lending.loans.empty')}</p>
      ) : (
        <>
          <ul className="plain-list">
            {loans.data.items.map((loan) => (
              <li key={loan.id} className="panel">
                <LoanLine loan={loan} />
                <p className="field-hint">
                  {t('lending.loans.who', {
                    patient: loan.patientName,
                    phone: loan.patientPhone,
                    depot: loan.depot.name,
                    caseReference: loan.case.reference,
                  })}
                </p>
              </li>
            ))}
          </ul>
          <Pager total={loans.data.total} limit={limit} offset={offset} onChange={setOffset} />
        </>
      )}
    </section>
  );
}
