// A small world most integration tests share the shape of: two organisations in three districts and
// one person per role, with the Kanpur coordinator scoped to Kanpur only.
import type { Role } from '../../src/shared/enums.js';
import type { Db } from '../../src/server/db/client.js';
import { createOrganisation, createPerson, districtCode, type Person } from '../factories/index.js';

export interface World {
  kanpur: string;
  unnao: string;
  prayagraj: string;
  orgA: { id: string; name: string };
  orgB: { id: string; name: string };
  admin: Person;
  coordinatorKanpur: Person;
  coordinatorUnnao: Person;
  operatorKanpur: Person;
  operatorUnnao: Person;
  volunteerKanpur: Person;
  viewerA: Person;
  coordinatorPrayagraj: Person;
  operatorPrayagraj: Person;
}

export async function buildWorld(db: Db): Promise<World> {
  const kanpur = await districtCode(db, 'UP', 'Kanpur Nagar');
  const unnao = await districtCode(db, 'UP', 'Unnao');
  const prayagraj = await districtCode(db, 'UP', 'Prayagraj');
  const orgA = await createOrganisation(db, { districts: [kanpur, unnao] });
  const orgB = await createOrganisation(db, { districts: [prayagraj], kind: 'police' });
  const inA = (role: Role, districts: string[]): Promise<Person> =>
    createPerson(db, { role, organisationId: orgA.id, districts });
  return {
    kanpur,
    unnao,
    prayagraj,
    orgA,
    orgB,
    admin: await createPerson(db, { role: 'admin' }),
    coordinatorKanpur: await inA('coordinator', [kanpur]),
    coordinatorUnnao: await inA('coordinator', [unnao]),
    operatorKanpur: await inA('operator', [kanpur]),
    operatorUnnao: await inA('operator', [unnao]),
    volunteerKanpur: await inA('volunteer', [kanpur]),
    viewerA: await inA('viewer', []),
    coordinatorPrayagraj: await createPerson(db, { role: 'coordinator', organisationId: orgB.id }),
    operatorPrayagraj: await createPerson(db, { role: 'operator', organisationId: orgB.id }),
  };
}
