// Two organisations serving one district, as in Kanpur in 2021: the police commissionerate (Kanpur only) and the
// oxygen NGO (Kanpur and Unnao). Each has people in each desk role, so every scope rule has someone to test it.
import type { Db } from '../../src/server/db/client.js';
import { createOrganisation, createPerson, districtCode, type Person } from '../factories/index.js';

export interface TwoOrganisations {
  kanpur: string;
  unnao: string;
  police: { id: string; operator: Person; coordinator: Person; viewer: Person };
  ngo: { id: string; operator: Person; coordinator: Person; viewer: Person; unnaoOperator: Person };
  admin: Person;
}

export async function buildTwoOrganisations(db: Db): Promise<TwoOrganisations> {
  const kanpur = await districtCode(db, 'UP', 'Kanpur Nagar');
  const unnao = await districtCode(db, 'UP', 'Unnao');
  const police = await createOrganisation(db, { districts: [kanpur], kind: 'police' });
  const ngo = await createOrganisation(db, { districts: [kanpur, unnao], kind: 'ngo' });
  const inPolice = (role: 'operator' | 'coordinator' | 'viewer') =>
    createPerson(db, { role, organisationId: police.id, districts: [kanpur] });
  const inNgo = (role: 'operator' | 'coordinator' | 'viewer', districts = [kanpur]) =>
    createPerson(db, { role, organisationId: ngo.id, districts });
  return {
    kanpur,
    unnao,
    police: {
      id: police.id,
      operator: await inPolice('operator'),
      coordinator: await inPolice('coordinator'),
      viewer: await inPolice('viewer'),
    },
    ngo: {
      id: ngo.id,
      operator: await inNgo('operator'),
      coordinator: await inNgo('coordinator'),
      viewer: await inNgo('viewer'),
      unnaoOperator: await inNgo('operator', [unnao]),
    },
    admin: await createPerson(db, { role: 'admin' }),
  };
}
