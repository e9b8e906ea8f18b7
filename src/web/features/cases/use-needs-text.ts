import { useTranslation } from 'react-i18next';
import type { NeedView } from '../../../shared/contracts/cases.js';

/** "Oxygen cylinder × 1, Plasma (B+) × 2" in the language on screen. */
export function useNeedsText(): (needs: readonly NeedView[]) => string {
  const { t } = useTranslation();
  return (needs) =>
    needs
      .map((need) => {
        const what = t(`resource.${need.resource}`);
        const detail = need.bloodGroup ?? need.medicine;
        return t('needs.summary', {
          what: detail ? t('needs.withDetail', { what, detail }) : what,
          quantity: need.quantityRequested,
        });
      })
      .join(t('common.listSeparator'));
}
