import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepotView } from '../../../shared/contracts/depots.js';
import type { VendorView } from '../../../shared/contracts/refills.js';
import { cylinderTypes, type CylinderType } from '../../../shared/enums.js';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { ActionForm } from '../../components/ActionForm';
import { useItemKindText } from './ItemName';
import { OrganisationField } from './OrganisationField';
import { useDepot } from './depots-queries';
import { useCreateRefillOrder, useCreateVendor } from './refills-queries';
import { field } from './field-names';

export function CreateVendorForm() {
  const { t } = useTranslation();
  const create = useCreateVendor();
  const [organisationId, setOrganisationId] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [prices, setPrices] = useState<Partial<Record<CylinderType, string>>>({});
  const errors = fieldErrors(create.error);
  const priceBody = Object.fromEntries(
    cylinderTypes.flatMap((type) => {
      const value = prices[type]?.trim() ?? '';
      return value === '' ? [] : [[type, Number(value)]];
    }),
  );
  return (
    <ActionForm
      area="lending"
      name={field.createVendor}
      folded
      heading={t('lending.refill.addVendor')}
      submitLabel={t('lending.refill.addVendorSubmit')}
      action={create}
      onSubmit={() =>
        create.mutate(
          { organisationId, name: name.trim(), phone: phone.trim() === '' ? null : phone.trim(), prices: priceBody },
          { onSuccess: () => setName('') },
        )
      }
    >
      <OrganisationField value={organisationId} onChange={setOrganisationId} error={errors.organisationId} />
      <div className="field-row">
        <TextField
          label={t('lending.refill.vendorName')}
          name={field.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
        />
        <TextField
          label={t('lending.depot.phone')}
          name={field.phone}
          type="tel"
          inputMode="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          error={errors.phone}
        />
        {cylinderTypes.map((type) => (
          <TextField
            key={type}
            label={t('lending.refill.priceFor', { type: t(`lending.cylinderType.${type}`) })}
            name={`prices.${type}`}
            inputMode="numeric"
            value={prices[type] ?? ''}
            onChange={(e) => setPrices({ ...prices, [type]: e.target.value })}
            error={errors[`prices.${type}`]}
          />
        ))}
      </div>
    </ActionForm>
  );
}

/** An order from a depot to a vendor, with the depot's empties the operator ticks. */
export function CreateRefillOrderForm({ depots, vendors }: { depots: DepotView[]; vendors: VendorView[] }) {
  const { t } = useTranslation();
  const create = useCreateRefillOrder();
  const [depotId, setDepotId] = useState(depots[0]?.id ?? '');
  const [vendorId, setVendorId] = useState(vendors[0]?.id ?? '');
  const [itemIds, setItemIds] = useState<string[]>([]);
  const depot = useDepot(depotId);
  const kindText = useItemKindText();
  const errors = fieldErrors(create.error);
  return (
    <ActionForm
      area="lending"
      name={field.createRefill}
      heading={t('lending.refill.newOrder')}
      submitLabel={t('lending.refill.newOrderSubmit')}
      action={create}
      onSubmit={() => create.mutate({ depotId, vendorId, itemIds }, { onSuccess: () => setItemIds([]) })}
    >
      <div className="field-row">
        <SelectField
          label={t('lending.item.depot')}
          name={field.depotId}
          value={depotId}
          onChange={(e) => {
            setDepotId(e.target.value);
            setItemIds([]);
          }}
          error={errors.depotId}
        >
          {depots.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('lending.refill.vendor')}
          name={field.vendorId}
          value={vendorId}
          onChange={(e) => setVendorId(e.target.value)}
          error={errors.vendorId}
        >
          {vendors.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="form-group">
        <legend>{t('lending.refill.empties')}</legend>
        {depot.data?.emptiesWaiting.length === 0 ? <p>{t('lending.depot.noEmpties')}</p> : null}
        {depot.data?.emptiesWaiting.map((item) => (
          <CheckboxField
            key={item.id}
            label={`${item.label} ${kindText(item)}`}
            name={`item-${item.label}`}
            checked={itemIds.includes(item.id)}
            onChange={(e) =>
              setItemIds(e.target.checked ? [...itemIds, item.id] : itemIds.filter((i) => i !== item.id))
            }
          />
        ))}
      </fieldset>
    </ActionForm>
  );
}
