import type { CaseDetail } from '../../../../shared/contracts/cases.js';
import { NeedDonorPanel } from './NeedDonorPanel';
import { isDonorNeed } from './outreach-words';

/** A donor panel for each of the case's blood, plasma and platelets needs; nothing for any other case. */
export function CaseDonors({ detail }: { detail: CaseDetail }) {
  return (
    <>
      {detail.needs
        .filter((need) => isDonorNeed(need.resource))
        .map((need) => (
          <NeedDonorPanel key={need.id} detail={detail} need={need} />
        ))}
    </>
  );
}
