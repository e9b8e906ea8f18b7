import { useTranslation } from 'react-i18next';
import type { CaseDetail, NeedView } from '../../../../shared/contracts/cases.js';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { AskList } from './AskList';
import { CandidateList } from './CandidateList';
import { NearMissList } from './NearMissList';
import { OutreachControls } from './OutreachControls';
import { ReplacementDonorForm } from './ReplacementDonorForm';
import { useAskDonor, useNeedAsks, useNeedCandidates, useStartOutreach, useStopOutreach } from './outreach-queries';

/**
 * One blood, plasma or platelets need and its donors: how far it is arranged, the outreach, who was asked and how
 * they answered, who would be asked next and why, who is near but not asked and why not, and the family's own
 * donors. What the operator may do is the server's `can`.
 */
export function NeedDonorPanel({ detail, need }: { detail: CaseDetail; need: NeedView }) {
  const { t } = useTranslation();
  const candidates = useNeedCandidates(detail.id, need.id);
  const asks = useNeedAsks(detail.id, need.id);
  const ask = useAskDonor(detail.id, need.id);
  const start = useStartOutreach(detail.id, need.id);
  const stop = useStopOutreach(detail.id, need.id);
  const headingId = `need-donors-${need.id}`;

  // The asks are the fresher of the two (every action answers with them); the candidates carry the same header.
  const header = asks.data ?? candidates.data;
  const failed = [ask, start, stop].find((action) => action.isError);
  return (
    <section className="panel need-donors" aria-labelledby={headingId} data-need-id={need.id} data-need={need.resource}>
      <h2 id={headingId}>
        {t('outreach.panel.heading', { resource: t(`resource.${need.resource}`) })}
        {need.bloodGroup ? <span className="badge badge-muted">{need.bloodGroup}</span> : null}
      </h2>
      {header ? (
        <>
          <p className="need-donors-units" data-still-needed={header.need.unitsStillNeeded}>
            {t('outreach.panel.units', {
              arranged: header.need.unitsArranged,
              requested: header.need.unitsRequested,
              count: header.need.unitsStillNeeded,
            })}
          </p>
          <OutreachControls
            outreach={header.outreach}
            can={header.can}
            onStart={() => start.mutate()}
            onStop={() => stop.mutate(undefined)}
            isPending={start.isPending || stop.isPending}
          />
        </>
      ) : null}
      {failed ? <ProblemAlert error={failed.error} /> : null}

      <h3>{t('outreach.ask.heading')}</h3>
      {asks.isPending ? (
        <Loading />
      ) : asks.isError ? (
        <LoadError error={asks.error} onRetry={() => void asks.refetch()} />
      ) : (
        <AskList asks={asks.data.items} />
      )}

      {candidates.isPending ? (
        <Loading />
      ) : candidates.isError ? (
        <LoadError error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : candidates.data.blocked ? (
        <p className="need-donors-blocked" data-blocked={candidates.data.blocked}>
          {t(`outreach.blocked.${candidates.data.blocked}`)}
        </p>
      ) : (
        <>
          <h3>{t('outreach.panel.candidates', { radius: candidates.data.radiusKm })}</h3>
          <CandidateList
            candidates={candidates.data.candidates}
            radiusKm={candidates.data.radiusKm}
            onAsk={(asks.data ?? candidates.data).can.ask ? (donorId) => ask.mutate(donorId) : null}
            isAsking={ask.isPending}
          />
          <details className="near-misses">
            <summary>{t('outreach.panel.nearMisses', { count: candidates.data.nearMisses.length })}</summary>
            <NearMissList nearMisses={candidates.data.nearMisses} />
          </details>
        </>
      )}

      {header?.can.addReplacement ? (
        <ReplacementDonorForm
          caseId={detail.id}
          needId={need.id}
          district={detail.location.district}
          organisationName={detail.organisation?.name ?? null}
        />
      ) : null}
    </section>
  );
}
