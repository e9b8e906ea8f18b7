import { useTranslation } from 'react-i18next';
import type { MembershipView } from '../../../shared/contracts/auth.js';
import { useLocalName } from '../../components/use-local-name';
import { stateOfDistrict } from '../geography/DistrictSelect';
import { useDistrictNames } from '../geography/use-district-names';
import { useStates } from '../geography/use-geography';

/** More than this and the districts are counted per state, their names one tap away (Bihar has 38). */
const namedDistricts = 6;

function Districts({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  const districtNames = useDistrictNames();
  const localName = useLocalName();
  const states = useStates();
  const names = districtNames(codes).join(t('common.listSeparator'));
  if (codes.length <= namedDistricts) return <>{names}</>;

  const stateName = (code: string) => {
    const state = states.data?.find((candidate) => candidate.code === code);
    return state ? localName(state) : code;
  };
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(stateOfDistrict(code), (counts.get(stateOfDistrict(code)) ?? 0) + 1);
  return (
    <>
      {[...counts]
        .map(([state, count]) => t('home.districtsInState', { count, state: stateName(state) }))
        .join(t('common.listSeparator'))}
      <details className="membership-districts">
        <summary>{t('home.showDistrictNames')}</summary>
        <p>{names}</p>
      </details>
    </>
  );
}

export function MembershipCard({ membership }: { membership: MembershipView }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <h3>{membership.organisationName ?? t('home.platformWide')}</h3>
      <dl className="facts">
        <dt>{t('home.role')}</dt>
        <dd>{t(`role.${membership.role}`)}</dd>
        <dt>{t('home.districts')}</dt>
        <dd>
          {membership.districts.length === 0 ? (
            t(membership.organisationId === null ? 'home.allOfIndia' : 'home.allDistricts')
          ) : (
            <Districts codes={membership.districts} />
          )}
        </dd>
      </dl>
    </li>
  );
}
