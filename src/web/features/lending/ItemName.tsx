import { useTranslation } from 'react-i18next';
import type { CylinderType, ItemKind, ItemStatus } from '../../../shared/enums.js';

interface Describable {
  kind: ItemKind;
  cylinderType: CylinderType | null;
  gasLitres: number | null;
}

/** "B cylinder, 1,500 L" / "concentrator": what an item is, in the screen's language. */
export function useItemKindText() {
  const { t } = useTranslation();
  return (item: Describable) => {
    const kind = item.cylinderType
      ? t('lending.item.cylinderOfType', { type: t(`lending.cylinderType.${item.cylinderType}`) })
      : t(`lending.kind.${item.kind}`);
    return item.gasLitres === null ? kind : t('lending.item.withLitres', { kind, litres: item.gasLitres });
  };
}

export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  const { t } = useTranslation();
  const tone = status === 'available' ? 'badge-ok' : status === 'lost' || status === 'retired' ? 'badge-muted' : '';
  return (
    <span className={`badge ${tone}`} data-status={status}>
      {t(`lending.status.${status}`)}
    </span>
  );
}
