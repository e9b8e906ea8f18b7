import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  RosterCandidate,
  RosterCoverage,
  RosterMember,
  TransfusionPatientDetail,
} from '../../../shared/contracts/transfusion-patients.js';
import type { Sex } from '../../../shared/enums.js';
import { CheckboxField } from '../../components/CheckboxField';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { useFormatNumber } from '../../components/use-format-number';
import { useDonorDays } from '../donors/use-donor-days';
import { donorPath } from '../shell/nav-paths';
import { useAddRosterMember, useRemoveRosterMember, useRoster, useRosterCandidates } from './patients-queries';
import { fieldName } from './field-names';

const radii = [10, 25, 50, 100, 200] as const;

/** The child's fixed pool of donors: who is in it, whether it can cover the next 3 months, and who could join. */
export function RosterPanel({ child }: { child: TransfusionPatientDetail }) {
  const { t } = useTranslation();
  const roster = useRoster(child.id);
  const remove = useRemoveRosterMember(child.id);
  return (
    <section className="panel roster" aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('thalassemia.roster.heading')}</h2>
      {roster.isPending ? (
        <Loading />
      ) : roster.isError ? (
        <LoadError error={roster.error} onRetry={() => void roster.refetch()} />
      ) : (
        <>
          <CoverageNote coverage={roster.data.coverage} />
          {remove.isError ? <ProblemAlert error={remove.error} /> : null}
          {roster.data.members.length === 0 ? (
            <p className="roster-empty">{t('thalassemia.roster.empty')}</p>
          ) : (
            <ul className="plain-list roster-members" aria-label={t('thalassemia.roster.members')}>
              {roster.data.members.map((member) => (
                <MemberRow
                  key={member.donorId}
                  member={member}
                  onRemove={roster.data.can.manageRoster ? () => remove.mutate(member.donorId) : null}
                  isPending={remove.isPending}
                />
              ))}
            </ul>
          )}
          {roster.data.can.manageRoster ? <Candidates childId={child.id} /> : null}
        </>
      )}
    </section>
  );
}

/** "The pool cannot cover the next 3 months: 2 donors missing", or that it can. */
function CoverageNote({ coverage }: { coverage: RosterCoverage }) {
  const { t } = useTranslation();
  const figures = t('thalassemia.roster.figures', {
    members: coverage.activeMembers,
    needed: coverage.poolSizeNeeded,
    able: coverage.donorsAvailable,
    transfusions: coverage.transfusions,
    units: coverage.unitsNeeded,
  });
  return coverage.warning ? (
    <div className="problem roster-warning" role="status" data-warning="coverage" data-missing={coverage.missingDonors}>
      <p className="problem-title">{t('thalassemia.roster.warning', { count: coverage.missingDonors })}</p>
      <p className="problem-detail">{figures}</p>
    </div>
  ) : (
    <div className="success roster-covered" role="status" data-warning="none">
      <p>{t('thalassemia.roster.covered')}</p>
      <p className="field-hint">{figures}</p>
    </div>
  );
}

/** Facts both a member and a candidate show: group, distance, last donation and when they may give again. */
function useDonorFacts() {
  const { t } = useTranslation();
  const { formatDay, today } = useDonorDays();
  const formatNumber = useFormatNumber();
  return (donor: {
    bloodGroup: string | null;
    sex: Sex | null;
    distanceKm: number | null;
    lastDonatedOn: string | null;
    eligibleFrom: string | null;
  }) =>
    [
      donor.bloodGroup,
      donor.sex === null ? null : t(`sex.${donor.sex}`),
      donor.distanceKm === null
        ? null
        : t('thalassemia.roster.km', { km: formatNumber(Math.round(donor.distanceKm * 10) / 10) }),
      donor.lastDonatedOn === null
        ? null
        : t('thalassemia.roster.lastDonated', { day: formatDay(donor.lastDonatedOn) }),
      donor.eligibleFrom === null
        ? null
        : donor.eligibleFrom <= today
          ? t('thalassemia.roster.eligibleNow')
          : t('thalassemia.roster.eligibleFrom', { day: formatDay(donor.eligibleFrom) }),
    ]
      .filter((part) => part !== null)
      .join(t('common.dotSeparator'));
}

function MemberRow({
  member,
  onRemove,
  isPending,
}: {
  member: RosterMember;
  onRemove: (() => void) | null;
  isPending: boolean;
}) {
  const { t } = useTranslation();
  const facts = useDonorFacts();
  return (
    <li className="roster-member" data-donor-id={member.donorId}>
      <p className="roster-member-head">
        <Link to={donorPath(member.donorId)} className="donor-name">
          {member.name}
        </Link>{' '}
        <span className="masked-phone">{member.phone}</span>
        {member.agreedToMorePools ? (
          <>
            {' '}
            <span className="badge badge-muted">{t('thalassemia.roster.morePools')}</span>
          </>
        ) : null}
      </p>
      <p className="field-hint">{facts(member)}</p>
      <p className="field-hint" data-bookings={member.bookingsThisYear}>
        {t('thalassemia.roster.bookingsThisYear', { count: member.bookingsThisYear })}
      </p>
      {onRemove === null ? null : (
        <ConfirmButton
          label={t('thalassemia.roster.remove')}
          question={t('thalassemia.roster.removeQuestion', { name: member.name })}
          confirmLabel={t('thalassemia.roster.removeConfirm')}
          onConfirm={onRemove}
          isPending={isPending}
        />
      )}
    </li>
  );
}

/** The nearest compatible verified donors who could join, each with a button to add them; opened on demand. */
function Candidates({ childId }: { childId: string }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [radiusKm, setRadiusKm] = useState<number>(50);
  const candidates = useRosterCandidates(childId, radiusKm, isOpen);
  const add = useAddRosterMember(childId);
  return (
    <details
      className="thalassemia-folded roster-candidates"
      data-folded="candidates"
      open={isOpen}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary>{t('thalassemia.roster.candidates')}</summary>
      <p className="field-hint">{t('thalassemia.roster.candidatesHint')}</p>
      <SelectField
        label={t('thalassemia.roster.radius')}
        name={fieldName.radiusKm}
        value={String(radiusKm)}
        onChange={(event) => setRadiusKm(Number(event.target.value))}
      >
        {radii.map((km) => (
          <option key={km} value={km}>
            {t('thalassemia.roster.withinKm', { km })}
          </option>
        ))}
      </SelectField>
      {add.isError ? <ProblemAlert error={add.error} /> : null}
      {!isOpen ? null : candidates.isPending ? (
        <Loading />
      ) : candidates.isError ? (
        <LoadError error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : candidates.data.items.length === 0 ? (
        <p className="roster-no-candidates">{t('thalassemia.roster.noCandidates')}</p>
      ) : (
        <ul className="plain-list roster-candidate-list" aria-label={t('thalassemia.roster.candidates')}>
          {candidates.data.items.map((candidate) => (
            <CandidateRow
              key={candidate.donorId}
              candidate={candidate}
              isPending={add.isPending}
              onAdd={(agreedToMorePools) => add.mutate({ donorId: candidate.donorId, agreedToMorePools })}
            />
          ))}
        </ul>
      )}
    </details>
  );
}

function CandidateRow({
  candidate,
  onAdd,
  isPending,
}: {
  candidate: RosterCandidate;
  onAdd: (agreedToMorePools: boolean) => void;
  isPending: boolean;
}) {
  const { t } = useTranslation();
  const facts = useDonorFacts();
  // Someone already in another child's pool has agreed to more; anyone else says so when asked, on the phone.
  const [agreed, setAgreed] = useState(candidate.agreedToMorePools);
  return (
    <li className="roster-candidate" data-donor-id={candidate.donorId}>
      <p className="roster-member-head">
        <Link to={donorPath(candidate.donorId)} className="donor-name">
          {candidate.name}
        </Link>{' '}
        <span className="masked-phone">{candidate.phone}</span>
      </p>
      <p className="field-hint">{facts(candidate)}</p>
      {candidate.otherPools > 0 ? (
        <p className="field-hint">{t('thalassemia.roster.otherPools', { count: candidate.otherPools })}</p>
      ) : null}
      <CheckboxField
        label={t('thalassemia.roster.agreedToMorePools')}
        name={fieldName.agreedToMorePools}
        checked={agreed || candidate.otherPools > 0}
        disabled={candidate.otherPools > 0}
        onChange={(event) => setAgreed(event.target.checked)}
      />
      <button type="button" className="button-secondary" disabled={isPending} onClick={() => onAdd(agreed)}>
        {t('thalassemia.roster.add')}
      </button>
    </li>
  );
}
