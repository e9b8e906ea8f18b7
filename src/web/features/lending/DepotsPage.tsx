import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CreateDepotBody, DepotView } from '../../../shared/contracts/depots.js';
import { depotKinds, type DepotKind } from '../../../shared/enums.js';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { SelectField } from '../../components/SelectField';
import { fieldErrors } from '../../components/problem-text';
import { useLocalName } from '../../components/use-local-name';
import { usePageTitle } from '../../components/use-page-title';
import { DistrictSelect } from '../geography/DistrictSelect';
import { ActionForm } from '../../components/ActionForm';
import { LendingNav } from './LendingNav';
import { OrganisationField } from './OrganisationField';
import { useCreateDepot, useDepots } from './depots-queries';
import { depotPath } from './lending-paths';
import './lending.css';
import { field } from './field-names';

/** Where items are kept, by district, with what each holds now. */
export function DepotsPage() {
  const { t } = useTranslation();
  usePageTitle(t('lending.nav.depots'));
  const depots = useDepots();
  const localName = useLocalName();
  const columns: DataColumn<DepotView>[] = [
    { heading: t('lending.depot.name'), cell: (d) => <Link to={depotPath(d.id)}>{d.name}</Link> },
    { heading: t('lending.depot.kind'), cell: (d) => t(`lending.depotKind.${d.kind}`) },
    { heading: t('lending.item.district'), cell: (d) => localName(d.district) },
    { heading: t('lending.status.available'), cell: (d) => d.items.available },
    { heading: t('lending.status.lent'), cell: (d) => d.items.lent },
    { heading: t('lending.status.empty'), cell: (d) => d.items.empty },
    { heading: t('lending.status.refilling'), cell: (d) => d.items.refilling },
  ];
  return (
    <section>
      <h1>{t('lending.nav.depots')}</h1>
      <LendingNav />
      {depots.isPending ? (
        <Loading />
      ) : depots.isError ? (
        <LoadError error={depots.error} onRetry={() => void depots.refetch()} />
      ) : (
        <>
          {depots.data.items.length === 0 ? (
            <p>{t('lending.depot.empty')}</p>
          ) : (
            <div className="table-box">
              <DataTable
                columns={columns}
                rows={depots.data.items}
                rowKey={(d) => d.id}
                rowData={(d) => ({ 'data-depot': d.name })}
              />
            </div>
          )}
          {depots.data.can.manageDepots ? <CreateDepotForm /> : null}
        </>
      )}
    </section>
  );
}

function CreateDepotForm() {
  const { t } = useTranslation();
  const create = useCreateDepot();
  const [organisationId, setOrganisationId] = useState('');
  const [district, setDistrict] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<DepotKind>('ngo_office');
  const [address, setAddress] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [phone, setPhone] = useState('');
  const errors = fieldErrors(create.error);
  const number = (value: string) => (value.trim() === '' ? null : Number(value));
  const body: CreateDepotBody = {
    organisationId,
    district,
    name: name.trim(),
    kind,
    address: address.trim(),
    lat: number(lat),
    lon: number(lon),
    contactPhone: phone.trim() === '' ? null : phone.trim(),
  };
  return (
    <div className="panel">
      <ActionForm
        area="lending"
        name={field.createDepot}
        heading={t('lending.depot.create')}
        submitLabel={t('lending.depot.submit')}
        action={create}
        onSubmit={() => create.mutate(body, { onSuccess: () => setName('') })}
      >
        <OrganisationField value={organisationId} onChange={setOrganisationId} error={errors.organisationId} />
        <DistrictSelect value={district} onChange={setDistrict} error={errors.district} name={field.district} />
        <div className="field-row">
          <TextField
            label={t('lending.depot.name')}
            name={field.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errors.name}
          />
          <SelectField
            label={t('lending.depot.kind')}
            name={field.kind}
            value={kind}
            onChange={(e) => setKind(e.target.value as DepotKind)}
          >
            {depotKinds.map((k) => (
              <option key={k} value={k}>
                {t(`lending.depotKind.${k}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('lending.depot.phone')}
            name={field.contactPhone}
            type="tel"
            inputMode="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            error={errors.contactPhone}
          />
        </div>
        <TextField
          label={t('lending.lend.address')}
          name={field.address}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          error={errors.address}
        />
        <div className="field-row">
          <TextField
            label={t('lending.depot.lat')}
            name={field.lat}
            inputMode="decimal"
            value={lat}
            onChange={(e) => setLat(e.target.value)}
            error={errors.lat}
          />
          <TextField
            label={t('lending.depot.lon')}
            name={field.lon}
            inputMode="decimal"
            value={lon}
            onChange={(e) => setLon(e.target.value)}
            error={errors.lon}
          />
        </div>
      </ActionForm>
    </div>
  );
}
