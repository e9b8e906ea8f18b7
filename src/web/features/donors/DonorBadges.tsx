import { useTranslation } from 'react-i18next';
import type { AboRhGroup } from '../../../shared/enums.js';
import { nextEligible } from './donor-days';
import { useDonorDays } from './use-donor-days';

/**
 * The donor's group, and whose word it is: a blood centre's confirmation is drawn solid with a tick, the donor's
 * own word in outline with "self-declared" — said in words, not only by the look.
 */
export function GroupBadge({ group, confirmed }: { group: AboRhGroup | null; confirmed: boolean }) {
  const { t } = useTranslation();
  if (group === null) {
    return (
      <span className="badge group-badge group-unknown" data-group="unknown">
        {t('donors.group.unknown')}
      </span>
    );
  }
  return confirmed ? (
    <span className="badge group-badge group-confirmed" data-group={group} data-confirmed="true">
      <span className="group-value">{group}</span> {t('donors.group.confirmed')}
    </span>
  ) : (
    <span className="badge group-badge group-declared" data-group={group} data-confirmed="false">
      <span className="group-value">{group}</span> {t('donors.group.declared')}
    </span>
  );
}

export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return verified ? (
    <span className="badge donor-verified" data-verified="true">
      {t('donors.verified')}
    </span>
  ) : (
    <span className="badge badge-muted" data-verified="false">
      {t('donors.unverified')}
    </span>
  );
}

/** "Eligible now", "From 12 Feb", or that no day is known: from the day the rules gave. */
export function NextEligibleText({ eligible, from }: { eligible: boolean; from: string | null }) {
  const { t } = useTranslation();
  const { formatDay } = useDonorDays();
  const next = nextEligible(eligible, from);
  const text =
    next.kind === 'now'
      ? t('donors.eligible.now')
      : next.kind === 'from'
        ? t('donors.eligible.from', { date: formatDay(next.day) })
        : t('donors.eligible.noDay');
  return (
    <span className={`next-eligible next-eligible-${next.kind}`} data-next={next.kind}>
      {next.kind === 'from' ? <time dateTime={next.day}>{text}</time> : text}
    </span>
  );
}
