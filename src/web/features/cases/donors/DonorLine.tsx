import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchedDonorView } from '../../../../shared/contracts/outreach.js';
import { GroupBadge, VerifiedBadge } from '../../donors/DonorBadges';
import { useDistrictNames } from '../../geography/use-district-names';
import { donorPath } from '../../shell/nav-paths';

/**
 * A donor as the panel names them: their name (to their record, where the number is revealed), group and whether
 * they are verified; and how far, when known. The number is never shown here.
 */
export function DonorLine({ donor, distanceKm }: { donor: MatchedDonorView; distanceKm: number | null }) {
  const { t } = useTranslation();
  const [districtName] = useDistrictNames()([donor.districtCode]);
  return (
    <>
      <p className="donor-line">
        <Link to={donorPath(donor.id)} className="donor-name" lang={donor.language}>
          {donor.name}
        </Link>
        <GroupBadge group={donor.bloodGroup} confirmed={donor.groupConfirmed} />
        <VerifiedBadge verified={donor.verified} />
      </p>
      <p className="donor-place">
        {distanceKm === null ? null : (
          <span className="donor-distance" data-km={distanceKm}>
            {donor.locationSource === 'district'
              ? t('outreach.candidate.distanceDistrict', { distance: distanceKm })
              : t('outreach.candidate.distance', { distance: distanceKm })}
          </span>
        )}
        <span>{donor.locality ?? districtName}</span>
        <span>{t(`donors.category.${donor.category}`)}</span>
        <span>{donor.organisation.name}</span>
      </p>
    </>
  );
}
