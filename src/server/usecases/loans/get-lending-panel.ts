// The case's lending panel: the gate over what the case records (its SpO2, a COVID-positive condition), the loans
// on the case, and what the lending organisation's depots can lend now — nearest to the patient first — with who can
// deliver from each (the depot district's operators and volunteers).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { LendingPanel } from '../../../shared/contracts/loans.js';
import { accessoryKinds, deviceKinds, type AccessoryKind, type DeviceKind } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { effectiveMembershipDistricts, textArray } from '../../db/sql-helpers.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { lendingPolicyFor } from '../../db/queries/lending-policies.js';
import { lendingScope } from '../../db/queries/lending-scope.js';
import { cases, depots, equipmentItems, loans, memberships, organisations, users } from '../../db/schema/index.js';
import { caseAccess } from '../../domain/cases/abilities.js';
import { lendingAbilities, presentCan } from '../../domain/lending/abilities.js';
import { defaultLendingPolicy } from '../../domain/lending/lending-policy.js';
import { nearestDepots } from '../../domain/lending/nearest-depots.js';
import { notFound } from '../../errors.js';
import { presentDistrict, presentItemRef, type ItemRow } from '../../presenters/loan.js';
import { activeDevicesOfCase, gateFor } from './check-gate.js';
import { lendingOrganisationFor } from './lending-organisation.js';
import { loanSummaries } from './list-loans.js';
import { requireLending } from './loan-action.js';

/** Depots listed on the panel, and items shown per kind and type. */
const depotLimit = 5;
const itemsShown = 5;

const isDevice = (k: string): k is DeviceKind => (deviceKinds as readonly string[]).includes(k);
const isAccessory = (k: string): k is AccessoryKind => (accessoryKinds as readonly string[]).includes(k);

export async function getLendingPanel(db: Db, actor: Actor, caseId: string): Promise<LendingPanel> {
  requireLending(actor);
  const now = new Date();
  const [kase] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!kase || caseAccess(actor, kase) === 'none') throw notFound();
  const organisationId = lendingOrganisationFor(actor, kase);
  const place = organisationId ? { organisationId, districtCode: kase.districtCode } : null;
  const policy = organisationId ? await lendingPolicyFor(db, organisationId) : defaultLendingPolicy;

  const [loanRows, activeDevices, available] = await Promise.all([
    db
      .select()
      .from(loans)
      .where(and(eq(loans.caseId, kase.id), lendingScope(actor, loans)))
      .orderBy(asc(loans.lentAt)),
    activeDevicesOfCase(db, organisationId, kase),
    organisationId
      ? db
          .select({ item: equipmentItems, depot: depots })
          .from(equipmentItems)
          .innerJoin(depots, eq(depots.id, equipmentItems.depotId))
          .where(
            and(
              eq(equipmentItems.organisationId, organisationId),
              eq(equipmentItems.status, 'available'),
              eq(depots.active, true),
              lendingScope(actor, equipmentItems),
            ),
          )
          .orderBy(asc(equipmentItems.statusChangedAt), asc(equipmentItems.label))
      : Promise.resolve([]),
  ]);

  const gate = gateFor(
    actor,
    kase,
    organisationId,
    {
      covidPositive: kase.conditions.includes('covid_positive') ? true : null,
      hasPrescription: null,
      homeIsolation: null,
      spo2: kase.spo2,
    },
    activeDevices,
  );

  // Per depot: devices by kind and cylinder type, accessories by kind.
  const byDepot = new Map<string, { depot: (typeof available)[number]['depot']; items: ItemRow[] }>();
  for (const { item, depot } of available) {
    const entry = byDepot.get(depot.id) ?? { depot, items: [] };
    entry.items.push(item);
    byDepot.set(depot.id, entry);
  }
  const stocks = [...byDepot.values()].map((entry) => ({
    depotId: entry.depot.id,
    lat: entry.depot.lat,
    lon: entry.depot.lon,
    available: Object.fromEntries(
      deviceKinds.map((k) => [k, entry.items.filter((i) => i.kind === k).length]),
    ) as Record<DeviceKind, number>,
    entry,
  }));
  const patient = kase.lat !== null && kase.lon !== null ? { lat: kase.lat, lon: kase.lon } : null;
  const ranked = nearestDepots(patient, stocks, { limit: depotLimit });
  const districts = [...new Set(ranked.map((r) => r.depot.entry.depot.districtCode))];
  const [directory, deliverers] = await Promise.all([
    districtDirectory(db),
    organisationId && districts.length > 0 ? deliverersIn(db, organisationId, districts) : Promise.resolve([]),
  ]);

  return {
    caseId: kase.id,
    gate: {
      outcome: gate.outcome,
      band: gate.band,
      reasons: gate.reasons,
      escalated: gate.escalate,
      activeDevices,
    },
    loans: await loanSummaries(db, loanRows, now),
    depots: ranked.map(({ depot: stock, distanceKm }) => {
      const { depot, items } = stock.entry;
      const groups = new Map<string, ItemRow[]>();
      for (const item of items.filter((i) => isDevice(i.kind))) {
        const key = `${item.kind}|${item.cylinderType ?? ''}|${item.gasLitres ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      const accessories = new Map<AccessoryKind, number>();
      for (const item of items)
        if (isAccessory(item.kind)) accessories.set(item.kind, (accessories.get(item.kind) ?? 0) + 1);
      return {
        depot: { id: depot.id, name: depot.name, address: depot.address, kind: depot.kind },
        district: presentDistrict(depot.districtCode, directory.get(depot.districtCode)),
        distanceKm,
        available: [...groups.values()].map((group) => {
          const first = group[0] as ItemRow;
          return {
            kind: first.kind as DeviceKind,
            cylinderType: first.cylinderType,
            gasLitres: first.gasLitres,
            count: group.length,
            items: group.slice(0, itemsShown).map(presentItemRef),
          };
        }),
        accessories: [...accessories.entries()].map(([kind, n]) => ({ kind, count: n })),
        deliverers: deliverers
          .filter((d) => d.districts.includes(depot.districtCode))
          .map((d) => ({ id: d.id, name: d.name })),
      };
    }),
    defaults: { loanDays: policy.loanDays, deposit: policy.suggestedDeposit },
    can: place
      ? presentCan(lendingAbilities(actor, place))
      : {
          lend: false,
          overrideOneDevice: false,
          waiveDeposit: false,
          receiveItems: false,
          manageDepots: false,
          manageSponsors: false,
          manageRefills: false,
          manageVendors: false,
          recordStock: false,
          manageStockSites: false,
          updatePolicy: false,
        },
  };
}

/** The organisation's operators and volunteers in these districts, with the districts each covers. */
async function deliverersIn(db: Db, organisationId: string, districts: string[]) {
  const rows = await db
    .select({ id: users.id, name: users.name, districts: effectiveMembershipDistricts })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        inArray(memberships.role, ['operator', 'volunteer']),
        eq(users.isActive, true),
        sql`${effectiveMembershipDistricts} && ${textArray(districts)}`,
      ),
    )
    .orderBy(asc(users.name));
  const seen = new Map<string, { id: string; name: string; districts: string[] }>();
  for (const r of rows) {
    const prior = seen.get(r.id);
    const covered: string[] = r.districts;
    seen.set(r.id, { id: r.id, name: r.name, districts: [...(prior?.districts ?? []), ...covered] });
  }
  return [...seen.values()];
}
