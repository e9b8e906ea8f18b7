import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepotView } from '../../../shared/contracts/depots.js';
import {
  cylinderTypes,
  itemConditions,
  itemKinds,
  sponsorshipKinds,
  type CylinderType,
  type ItemCondition,
  type ItemKind,
  type SponsorshipKind,
} from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { ActionForm } from '../../components/ActionForm';
import { useReceiveItems } from './equipment-queries';
import { receiveBodyFrom, type ReceiveDraft } from './receive-draft';
import { useSponsors } from './sponsors-queries';
import { field } from './field-names';

export function ReceiveItemsForm({ depots }: { depots: DepotView[] }) {
  const { t } = useTranslation();
  const receive = useReceiveItems();
  const sponsors = useSponsors();
  const [draft, setDraft] = useState<ReceiveDraft>({
    depotId: depots[0]?.id ?? '',
    kind: 'cylinder',
    cylinderType: 'B',
    gasLitres: '',
    flowLpm: '',
    count: '1',
    condition: 'full',
    sponsorId: '',
    sponsorship: 'owns',
  });
  const set = (change: Partial<ReceiveDraft>) => setDraft((d) => ({ ...d, ...change }));
  const errors = fieldErrors(receive.error);
  return (
    <div className="panel">
      <ActionForm
        area="lending"
        name={field.receive}
        heading={t('lending.receive.heading')}
        submitLabel={t('lending.receive.submit')}
        action={receive}
        onSubmit={() => receive.mutate(receiveBodyFrom(draft))}
      >
        {receive.isSuccess ? (
          <p className="success" role="status">
            {t('lending.receive.done', { count: receive.data.items.length })}
          </p>
        ) : null}
        <div className="field-row">
          <SelectField
            label={t('lending.item.depot')}
            name={field.depotId}
            value={draft.depotId}
            onChange={(e) => set({ depotId: e.target.value })}
            error={errors.depotId}
          >
            {depots.map((depot) => (
              <option key={depot.id} value={depot.id}>
                {depot.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('lending.item.kind')}
            name={field.kind}
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value as ItemKind })}
          >
            {itemKinds.map((k) => (
              <option key={k} value={k}>
                {t(`lending.kind.${k}`)}
              </option>
            ))}
          </SelectField>
          {draft.kind === 'cylinder' ? (
            <>
              <SelectField
                label={t('lending.item.cylinderType')}
                name={field.cylinderType}
                value={draft.cylinderType}
                onChange={(e) => set({ cylinderType: e.target.value as CylinderType })}
                error={errors['items.0.cylinderType']}
              >
                {cylinderTypes.map((c) => (
                  <option key={c} value={c}>
                    {t(`lending.cylinderType.${c}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t('lending.item.gasLitres')}
                hint={t('lending.receive.litresHint')}
                name={field.gasLitres}
                inputMode="numeric"
                value={draft.gasLitres}
                onChange={(e) => set({ gasLitres: e.target.value })}
                error={errors['items.0.gasLitres']}
              />
            </>
          ) : null}
          {draft.kind === 'concentrator' ? (
            <TextField
              label={t('lending.item.flowLpm')}
              name={field.flowLpm}
              inputMode="decimal"
              value={draft.flowLpm}
              onChange={(e) => set({ flowLpm: e.target.value })}
              error={errors['items.0.flowLpm']}
            />
          ) : null}
          <TextField
            label={t('lending.receive.count')}
            name={field.count}
            inputMode="numeric"
            value={draft.count}
            onChange={(e) => set({ count: e.target.value })}
            error={errors.items}
          />
          <SelectField
            label={t('lending.return.condition')}
            name={field.condition}
            value={draft.condition}
            onChange={(e) => set({ condition: e.target.value as ItemCondition })}
          >
            {itemConditions.map((c) => (
              <option key={c} value={c}>
                {t(`lending.condition.${c}`)}
              </option>
            ))}
          </SelectField>
          {sponsors.data && sponsors.data.items.length > 0 ? (
            <>
              <SelectField
                label={t('lending.item.sponsor')}
                name={field.sponsorId}
                value={draft.sponsorId}
                onChange={(e) => set({ sponsorId: e.target.value })}
              >
                <option value="">{t('lending.receive.noSponsor')}</option>
                {sponsors.data.items.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </SelectField>
              {draft.sponsorId ? (
                <SelectField
                  label={t('lending.item.sponsorship')}
                  name={field.sponsorship}
                  value={draft.sponsorship}
                  onChange={(e) => set({ sponsorship: e.target.value as SponsorshipKind })}
                >
                  {sponsorshipKinds.map((s) => (
                    <option key={s} value={s}>
                      {t(`lending.sponsorship.${s}`)}
                    </option>
                  ))}
                </SelectField>
              ) : null}
            </>
          ) : null}
        </div>
      </ActionForm>
    </div>
  );
}
