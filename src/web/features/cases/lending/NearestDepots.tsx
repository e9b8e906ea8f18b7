import { useTranslation } from 'react-i18next';
import type { LendingPanel } from '../../../../shared/contracts/loans.js';
import type { ItemRef } from '../../../../shared/contracts/lending-common.js';
import { useFormatNumber } from '../../../components/use-format-number';
import { useItemKindText } from '../../lending/ItemName';
import { field } from '../../lending/field-names';

/**
 * The nearest depots' devices ready to lend, nearest first, with who can deliver from each; the operator picks one
 * item (a radio per item, so the choice is one).
 */
export function NearestDepots({
  depots,
  chosen,
  onChoose,
}: {
  depots: LendingPanel['depots'];
  chosen: string | null;
  onChoose: ((item: ItemRef, depotId: string) => void) | null;
}) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const kindText = useItemKindText();
  if (depots.length === 0) return <p>{t('lending.panel.noDepots')}</p>;
  return (
    <ul className="plain-list lending-depots">
      {depots.map((entry) => (
        <li key={entry.depot.id} className="lending-depot" data-depot={entry.depot.name}>
          <p className="lending-depot-name">
            <strong>{entry.depot.name}</strong>{' '}
            <span className="field-hint">
              {entry.distanceKm === null
                ? t('lending.panel.distanceUnknown')
                : t('lending.panel.distance', { km: formatNumber(Math.round(entry.distanceKm * 10) / 10) })}
            </span>
          </p>
          <p className="field-hint">{entry.depot.address}</p>
          {entry.available.length === 0 ? <p>{t('lending.panel.nothingAvailable')}</p> : null}
          {entry.available.map((group) => (
            <fieldset
              key={`${group.kind}-${group.cylinderType ?? ''}-${group.gasLitres ?? ''}`}
              className="lending-group"
            >
              <legend>{t('lending.panel.groupCount', { what: kindText(group), count: group.count })}</legend>
              {group.items.map((item) => (
                <label key={item.id} className="lending-choice" data-item-label={item.label}>
                  <input
                    type="radio"
                    name={field.lendItem}
                    value={item.id}
                    checked={chosen === item.id}
                    disabled={onChoose === null}
                    onChange={() => onChoose?.(item, entry.depot.id)}
                  />
                  <span>{item.label}</span>
                </label>
              ))}
            </fieldset>
          ))}
          {entry.accessories.length > 0 ? (
            <p className="field-hint">
              {t('lending.panel.accessories', {
                list: entry.accessories
                  .map((a) => t('lending.panel.accessoryCount', { kind: t(`lending.kind.${a.kind}`), count: a.count }))
                  .join(t('common.listSeparator')),
              })}
            </p>
          ) : null}
          <p className="field-hint">
            {entry.deliverers.length === 0
              ? t('lending.panel.noDeliverers')
              : t('lending.panel.deliverers', {
                  names: entry.deliverers.map((d) => d.name).join(t('common.listSeparator')),
                })}
          </p>
        </li>
      ))}
    </ul>
  );
}
