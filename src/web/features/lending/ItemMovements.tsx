import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ItemDetail, ItemMovementBody } from '../../../shared/contracts/equipment.js';
import type { ItemCan } from '../../../shared/contracts/lending-can.js';
import { itemConditions, lossReasons, type ItemCondition, type LossReason } from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { ActionForm } from '../../components/ActionForm';
import { useDepots } from './depots-queries';
import { useRecordMovement } from './equipment-queries';
import { lendingPaths } from './lending-paths';
import { field } from './field-names';

/** The hand-recorded movements, each offered only when the item's `can` says so. */
const movements = [
  ['moved', 'move'],
  ['marked_empty', 'markEmpty'],
  ['sent_for_repair', 'sendForRepair'],
  ['back_from_repair', 'backFromRepair'],
  ['found', 'markFound'],
  ['written_off', 'writeOff'],
  ['retired', 'retire'],
] as const satisfies readonly (readonly [ItemMovementBody['kind'], keyof ItemCan])[];

type Kind = (typeof movements)[number][0];

export function ItemMovements({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  const allowed = movements.filter(([, ability]) => item.can[ability]);
  if (allowed.length === 0 && !item.can.sendForRefill) return null;
  return (
    <section className="panel lending-actions" aria-labelledby="item-actions">
      <h2 id="item-actions">{t('lending.item.actions')}</h2>
      {item.can.sendForRefill ? (
        <p>
          <Link to={lendingPaths.refills}>{t('lending.item.toRefill')}</Link>
        </p>
      ) : null}
      {allowed.map(([kind]) => (
        <MovementForm key={kind} item={item} kind={kind} />
      ))}
    </section>
  );
}

function MovementForm({ item, kind }: { item: ItemDetail; kind: Kind }) {
  const { t } = useTranslation();
  const record = useRecordMovement(item.id);
  const depots = useDepots({ active: 'true' });
  const [toDepotId, setToDepotId] = useState('');
  const [condition, setCondition] = useState<ItemCondition>('full');
  const [lossReason, setLossReason] = useState<LossReason>('not_returned');
  const [note, setNote] = useState('');
  const errors = fieldErrors(record.error);
  const text = note.trim();
  const depot = toDepotId === '' ? {} : { toDepotId };
  const bodyOf = (): ItemMovementBody => {
    switch (kind) {
      case 'moved':
        return { kind, toDepotId, ...(text ? { note: text } : {}) };
      case 'marked_empty':
        return { kind, ...(text ? { note: text } : {}) };
      case 'sent_for_repair':
      case 'retired':
        return { kind, note: text };
      case 'back_from_repair':
        return { kind, condition, ...depot, ...(text ? { note: text } : {}) };
      case 'found':
        return { kind, condition, ...depot, note: text };
      case 'written_off':
        return { kind, lossReason, note: text };
    }
  };
  const needsDepot = kind === 'moved' || kind === 'back_from_repair' || kind === 'found';
  return (
    <ActionForm
      area="lending"
      name={kind}
      folded
      heading={t(`lending.movementAction.${kind}`)}
      submitLabel={t('lending.item.record')}
      action={record}
      onSubmit={() => record.mutate(bodyOf())}
    >
      <div className="field-row">
        {needsDepot ? (
          <SelectField
            label={t('lending.item.toDepot')}
            name={field.toDepotId}
            value={toDepotId}
            onChange={(e) => setToDepotId(e.target.value)}
            error={errors.toDepotId}
          >
            <option value="">{kind === 'moved' ? t('lending.item.chooseDepot') : t('lending.item.homeDepot')}</option>
            {depots.data?.items
              .filter((d) => kind !== 'moved' || d.id !== item.depot.id)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
          </SelectField>
        ) : null}
        {kind === 'back_from_repair' || kind === 'found' ? (
          <SelectField
            label={t('lending.return.condition')}
            name={field.condition}
            value={condition}
            onChange={(e) => setCondition(e.target.value as ItemCondition)}
          >
            {itemConditions.map((c) => (
              <option key={c} value={c}>
                {t(`lending.condition.${c}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        {kind === 'written_off' ? (
          <SelectField
            label={t('lending.writeOff.lossReason')}
            name={field.lossReason}
            value={lossReason}
            onChange={(e) => setLossReason(e.target.value as LossReason)}
          >
            {lossReasons.map((r) => (
              <option key={r} value={r}>
                {t(`lending.lossReason.${r}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          label={t('lending.note')}
          name={field.note}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.note}
        />
      </div>
    </ActionForm>
  );
}
