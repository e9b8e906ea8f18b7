// Seeds Mission Jeevan's lending (demo-lending.ts) once, in one transaction. Every row is what the lending rules would
// have written: each item's status is the fold of its ledger (demo-item-ledger.ts), each loan passed the gate and the
// deposit check, its due date and minutes to hand-over come from the schedule rules, its case came in through intake
// like any WhatsApp plea, and each stock site's level and alert are its entries'. Reminders and the overdue
// escalation are left to the lending jobs, which send them when the server runs, as for any loan.
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { CylinderType, ItemKind } from '../../../shared/enums.js';
import { cylinderTypeDefaults } from '../../../shared/enums.js';
import type { Db, DbOrTx } from '../client.js';
import { lendingPolicyFor } from '../queries/lending-policies.js';
import {
  caseNeeds,
  depots,
  equipmentItems,
  itemMovements,
  loanEvents,
  loans,
  refillOrderItems,
  refillOrders,
  refillVendors,
  sponsors,
  stockEntries,
  stockSites,
  users,
  type LoanAccessory,
} from '../schema/index.js';
import { checkDeposit, settleDeposit } from '../../domain/lending/deposits.js';
import { minutesToHandOver } from '../../domain/lending/handover-time.js';
import { checkLendingGate } from '../../domain/lending/lending-gate.js';
import type { LendingPolicy } from '../../domain/lending/lending-policy.js';
import { dueOn } from '../../domain/lending/loan-schedule.js';
import {
  applyStockEntry,
  burnRate,
  emptyStock,
  hoursToEmpty,
  litresOfCylinders,
  stockAlertState,
  type StockEntry,
} from '../../domain/lending/oxygen-stock.js';
import { loanReference } from '../../domain/lending/return-command.js';
import { refillCost } from '../../domain/lending/refills.js';
import { recordCaseEvent } from '../../usecases/cases/case-context.js';
import { intakePleas, type Plea } from '../../usecases/cases/intake-plea.js';
import { sponsorTokenHash } from '../../usecases/sponsors/create-sponsor-link.js';
import { DemoLedger, qrToken } from './demo-item-ledger.js';
import {
  demoSponsorToken,
  depotSpecs,
  loanSpecs,
  organisationKey,
  refillSpec,
  sponsorSpecs,
  stockSpecs,
  unnao,
  vendorSpecs,
  type DepotSpec,
} from './demo-lending.js';
import { demoPeople } from './demo-people.js';

const hourMs = 3_600_000;
const minuteMs = 60_000;

async function demoUserIds(db: DbOrTx): Promise<Map<string, string>> {
  const byEmail = new Map<string, string>();
  for (const person of demoPeople.filter((p) => p.organisation === organisationKey)) {
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.phone, person.phone));
    if (row) byEmail.set(person.email, row.id);
  }
  return byEmail;
}

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * Seeds Mission Jeevan's lending unless its depots are there already (idempotent). `organisations` maps
 * demo-people.ts keys to the seeded organisations; a demo without Mission Jeevan gets none.
 */
export async function seedDemoLending(
  db: Db,
  organisations: ReadonlyMap<string, { id: string }>,
  now: Date = new Date(),
): Promise<{ created: boolean }> {
  const organisation = organisations.get(organisationKey);
  if (!organisation) return { created: false };
  const organisationId = organisation.id;
  const [seeded] = await db
    .select({ id: depots.id })
    .from(depots)
    .where(and(eq(depots.organisationId, organisationId), eq(depots.name, depotSpecs[0]?.name ?? '')))
    .limit(1);
  if (seeded) return { created: false };

  const people = await demoUserIds(db);
  const coordinatorId = people.get('coordinator.unnao@sahayata.example') ?? null;
  const policy = await lendingPolicyFor(db, organisationId);
  const ago = (hours: number) => new Date(now.getTime() - hours * hourMs);
  const stocked = ago(24 * 30);

  await db.transaction(async (tx) => {
    const depotIds = new Map<DepotSpec['key'], string>();
    for (const spec of depotSpecs) {
      const [row] = await tx
        .insert(depots)
        .values({
          organisationId,
          districtCode: spec.district,
          name: spec.name,
          kind: spec.kind,
          address: spec.address,
          lat: spec.lat,
          lon: spec.lon,
          contactPhone: spec.contactPhone,
          createdById: coordinatorId,
          createdAt: stocked,
          updatedAt: stocked,
        })
        .returning({ id: depots.id });
      if (!row) throw new Error('demo data: depot insert returned nothing');
      depotIds.set(spec.key, row.id);
    }
    const depotOf = (key: DepotSpec['key']) => {
      const id = depotIds.get(key);
      const spec = depotSpecs.find((d) => d.key === key);
      if (!id || !spec) throw new Error(`demo data: no depot ${key}`);
      return { id, spec };
    };

    const sponsorOf = new Map<string, { id: string; sponsorship: 'owns' | 'funded' }>();
    for (const spec of sponsorSpecs) {
      const [row] = await tx
        .insert(sponsors)
        .values({
          organisationId,
          name: spec.name,
          kind: spec.kind,
          contactName: spec.contactName,
          contactPhone: spec.contactPhone,
          linkTokenHash: sponsorTokenHash(demoSponsorToken(spec.name)),
          linkCreatedAt: stocked,
          createdById: coordinatorId,
          createdAt: stocked,
          updatedAt: stocked,
        })
        .returning({ id: sponsors.id });
      if (!row) throw new Error('demo data: sponsor insert returned nothing');
      for (const label of spec.labels) sponsorOf.set(label, { id: row.id, sponsorship: spec.sponsorship });
    }

    const vendorIds = new Map<string, { id: string; prices: Partial<Record<CylinderType, number>> }>();
    for (const spec of vendorSpecs) {
      const [row] = await tx
        .insert(refillVendors)
        .values({
          organisationId,
          districtCode: spec.district,
          name: spec.name,
          phone: spec.phone,
          address: spec.address,
          prices: { ...spec.prices },
          createdById: coordinatorId,
          createdAt: stocked,
          updatedAt: stocked,
        })
        .returning({ id: refillVendors.id });
      if (!row) throw new Error('demo data: vendor insert returned nothing');
      vendorIds.set(spec.name, { id: row.id, prices: { ...spec.prices } });
    }

    // Every item received full at its depot a month ago.
    const ledger = new DemoLedger(organisationId);
    for (const spec of depotSpecs) {
      const depotId = depotOf(spec.key).id;
      const place = { depotId, districtCode: spec.district };
      for (const [type, count] of Object.entries(spec.cylinders) as [Exclude<CylinderType, 'other'>, number][]) {
        for (const n of oneTo(count)) {
          const label = `${spec.prefix}-${type}-${String(n).padStart(3, '0')}`;
          const sponsor = sponsorOf.get(label);
          ledger.receive(
            {
              ...place,
              kind: 'cylinder',
              cylinderType: type,
              ...cylinderTypeDefaults[type],
              serial: `MJ-${spec.prefix}-${type}-${2021_0400 + n}`,
              label,
              qrToken: qrToken(),
              sponsorId: sponsor?.id ?? null,
              sponsorship: sponsor?.sponsorship ?? null,
            },
            stocked,
            coordinatorId,
          );
        }
      }
      const accessories: [ItemKind, string, number][] = [
        ['regulator', 'REG', spec.regulators],
        ['oximeter', 'OXM', spec.oximeters],
      ];
      for (const [kind, code, count] of accessories) {
        for (const n of oneTo(count)) {
          ledger.receive(
            { ...place, kind, label: `${spec.prefix}-${code}-${String(n).padStart(2, '0')}`, qrToken: qrToken() },
            stocked,
            coordinatorId,
          );
        }
      }
    }

    // The loans' cases arrive as WhatsApp pleas would.
    const pleas: Plea[] = loanSpecs.map((spec) => {
      const handedOverAt = ago(spec.handedOverDaysAgo * 24);
      return {
        channel: 'whatsapp',
        receivedAt: new Date(handedOverAt.getTime() - spec.minutesToHandOver * minuteMs),
        senderPhone: spec.borrower.phone,
        senderName: spec.borrower.name,
        text: spec.plea,
        requester: { name: spec.borrower.name, phones: [spec.borrower.phone], language: 'hi', consentToShare: false },
        patient: {
          name: spec.patient.name,
          age: spec.patient.age,
          sex: spec.patient.sex,
          conditions: ['covid_positive', 'home_isolation'],
          spo2: spec.spo2,
        },
        location: { district: unnao, locality: spec.locality, address: spec.address, lat: spec.lat, lon: spec.lon },
        needs: [{ resource: 'oxygen_cylinder', quantity: 1 }],
        organisationId,
        loggedById: null,
      };
    });
    const opened = await intakePleas(tx, pleas);
    const needs = await tx
      .select({ id: caseNeeds.id, caseId: caseNeeds.caseId })
      .from(caseNeeds)
      .where(
        inArray(
          caseNeeds.caseId,
          opened.map((o) => o.caseId),
        ),
      );

    const references = new Set<string>();
    const timeline: Parameters<typeof recordCaseEvent>[1][] = [];
    const loanRows: (typeof loans.$inferInsert & { id: string })[] = [];
    const events: (typeof loanEvents.$inferInsert)[] = [];
    const lentLabels: { label: string; loanId: string; at: Date }[] = [];
    const afterwards: (() => void)[] = [];
    for (const [index, spec] of loanSpecs.entries()) {
      const caseId = opened[index]?.caseId;
      if (!caseId) throw new Error('demo data: a loan case was not opened');
      const gateAnswers = { covidPositive: true, hasPrescription: true, homeIsolation: true, spo2: spec.spo2 };
      const gate = checkLendingGate({ ...gateAnswers, activeDevices: 0, override: null, mayOverride: false });
      if (gate.outcome !== 'may_lend') throw new Error(`demo data: the gate refuses ${spec.patient.name}`);
      const deposit = { ...spec.deposit, receiptNumber: spec.deposit.receipt ?? null };
      const depositRefusal = checkDeposit(deposit);
      if (depositRefusal) throw new Error(`demo data: deposit of ${spec.patient.name}: ${depositRefusal}`);

      const handedOverAt = ago(spec.handedOverDaysAgo * 24);
      const firstMessageAt = new Date(handedOverAt.getTime() - spec.minutesToHandOver * minuteMs);
      const lentAt = new Date(firstMessageAt.getTime() + Math.floor(spec.minutesToHandOver / 2) * minuteMs);
      const delivererId = 'demoEmail' in spec.deliveredBy ? (people.get(spec.deliveredBy.demoEmail) ?? null) : null;
      const delivererName = 'name' in spec.deliveredBy ? spec.deliveredBy.name : null;
      const { id: depotId } = depotOf(spec.depot);
      let reference = loanReference(randomBytes(6));
      while (references.has(reference)) reference = loanReference(randomBytes(6));
      references.add(reference);
      const loanId = randomUUID();
      const accessories: LoanAccessory[] = [
        ...spec.accessories.map((a) => ({
          kind: ledger.items.get(a.label)?.row.kind as LoanAccessory['kind'],
          itemId: ledger.id(a.label),
          quantity: 1,
        })),
        ...spec.consumables.map((kind) => ({ kind, itemId: null, quantity: 1 })),
      ];
      const row: typeof loans.$inferInsert & { id: string } = {
        id: loanId,
        organisationId,
        districtCode: unnao,
        reference,
        caseId,
        needId: needs.find((n) => n.caseId === caseId)?.id ?? null,
        itemId: ledger.id(spec.cylinder),
        depotId,
        accessories,
        status: 'active',
        patientName: spec.patient.name,
        patientPhone: spec.borrower.phone,
        borrowerName: spec.borrower.name === spec.patient.name ? null : spec.borrower.name,
        borrowerPhone: null,
        address: spec.address,
        language: 'hi',
        channel: 'whatsapp',
        idSeen: 'aadhaar',
        ...gateAnswers,
        spo2Band: gate.band,
        gateOutcome: gate.outcome,
        depositAmount: deposit.amount,
        depositMode: deposit.mode,
        depositReceipt: deposit.receiptNumber,
        depositWaiveReason: deposit.mode === 'waived' ? (deposit.reason ?? null) : null,
        dueOn: dueOn(handedOverAt, policy.loanDays),
        lentById: coordinatorId,
        lentAt,
        handedOverById: delivererId,
        handedOverByName: delivererId ? null : delivererName,
        handedOverAt,
        firstMessageAt,
        minutesToHandOver: minutesToHandOver(firstMessageAt, handedOverAt),
        createdAt: lentAt,
        updatedAt: handedOverAt,
      };
      loanRows.push(row);
      const event = (type: (typeof loanEvents.$inferInsert)['type'], at: Date, details: Record<string, unknown>) =>
        events.push({ loanId, organisationId, type, actorId: coordinatorId, at, details });
      event('lent', lentAt, {
        itemId: row.itemId,
        depotId,
        gate: { ...gateAnswers, band: gate.band, outcome: gate.outcome },
        overrideReason: null,
        deposit: { amount: deposit.amount, mode: deposit.mode },
      });
      event('handed_over', handedOverAt, {
        by: delivererName ?? delivererId,
        at: handedOverAt.toISOString(),
        minutesToHandOver: row.minutesToHandOver,
      });
      for (const label of [spec.cylinder, ...spec.accessories.map((a) => a.label)]) {
        lentLabels.push({ label, loanId, at: lentAt });
      }
      timeline.push(
        {
          caseId,
          actorId: coordinatorId,
          type: 'loan_lent',
          after: {
            loanId,
            reference,
            item: spec.cylinder,
            kind: 'cylinder',
            dueOn: row.dueOn,
            minutesSinceFirstMessage: minutesToHandOver(firstMessageAt, lentAt),
          },
          at: lentAt,
        },
        {
          caseId,
          actorId: coordinatorId,
          type: 'loan_handed_over',
          after: {
            loanId,
            reference,
            handedOverAt: handedOverAt.toISOString(),
            minutesToHandOver: row.minutesToHandOver,
          },
          at: handedOverAt,
        },
      );
      const returned = spec.returned;
      if (returned) {
        const returnedAt = ago(returned.daysAgo * 24);
        const pickupAt = new Date(returnedAt.getTime() - 5 * hourMs);
        afterwards.push(() => {
          for (const label of [spec.cylinder, ...spec.accessories.map((a) => a.label)]) {
            const kind = ledger.items.get(label)?.row.kind;
            // Accessories come back as they went; the cylinder as the borrower used it.
            const condition = kind === 'cylinder' ? returned.condition : 'full';
            ledger.move(label, { kind: 'returned', loanId, condition }, returnedAt, coordinatorId);
          }
        });
        const settled = settleDeposit(
          { amount: row.depositAmount ?? 0, refunded: 0, deducted: 0 },
          { kind: 'refund', amount: row.depositAmount ?? 0 },
        );
        if (!settled.ok) throw new Error(`demo data: refund of ${spec.patient.name}: ${settled.code}`);
        Object.assign(row, {
          status: 'returned',
          pickupRequestedAt: pickupAt,
          returnedAt,
          returnedToId: coordinatorId,
          returnDepotId: depotId,
          returnCondition: returned.condition,
          depositRefunded: settled.deposit.refunded,
          depositDeducted: settled.deposit.deducted,
          updatedAt: returnedAt,
        });
        events.push({
          loanId,
          organisationId,
          type: 'pickup_requested',
          actorId: null,
          at: pickupAt,
          details: { via: 'message' },
        });
        event('returned', returnedAt, { condition: returned.condition, depotId, accessoriesMissing: [] });
        timeline.push({
          caseId,
          actorId: coordinatorId,
          type: 'loan_returned',
          after: { loanId, reference, condition: returned.condition },
          at: returnedAt,
        });
        event('deposit_refunded', new Date(returnedAt.getTime() + 10 * minuteMs), {
          amount: settled.deposit.refunded,
        });
      }
    }

    // The lend, then (for the loans back) the return, through the ledger rule.
    for (const { label, loanId, at } of lentLabels) {
      ledger.move(label, { kind: 'lent', loanId }, at, coordinatorId);
    }
    for (const step of afterwards) step();

    // The Kanpur jumbos found empty, then sent to the vendor on one order.
    const vendor = vendorIds.get(refillSpec.vendor);
    if (!vendor) throw new Error('demo data: no refill vendor');
    const refillOrderId = randomUUID();
    const lines = refillSpec.labels.map((label) => ({
      label,
      cylinderType: (ledger.items.get(label)?.row.cylinderType ?? 'other') as CylinderType,
      status: 'sent' as const,
    }));
    const cost = refillCost(lines, vendor.prices);
    if (!cost.ok) throw new Error(`demo data: refill price missing for ${cost.cylinderType}`);
    for (const { label } of lines) {
      ledger.move(label, { kind: 'marked_empty', note: 'Gauge read empty at the evening count' }, ago(40), null);
      ledger.move(label, { kind: 'sent_for_refill', refillOrderId }, ago(20), coordinatorId);
    }
    const { id: refillDepotId, spec: refillDepot } = depotOf(refillSpec.depot);

    const drafts = [...ledger.items.values()];
    const lent = new Map(
      loanRows.flatMap((l) => drafts.filter((d) => d.row.currentLoanId === l.id).map((d) => [d, l])),
    );
    // An item a loan holds is written available first: the loan row must exist before it can point at it.
    await tx
      .insert(equipmentItems)
      .values(
        drafts.map((d) => (lent.has(d) ? { ...d.row, status: 'available' as const, currentLoanId: null } : d.row)),
      );
    await tx.insert(loans).values(loanRows);
    for (const [draft, loan] of lent) {
      await tx
        .update(equipmentItems)
        .set({ status: 'lent', currentLoanId: loan.id })
        .where(eq(equipmentItems.id, draft.row.id));
    }
    await tx.insert(refillOrders).values({
      id: refillOrderId,
      organisationId,
      districtCode: refillDepot.district,
      depotId: refillDepotId,
      vendorId: vendor.id,
      status: 'sent',
      prices: vendor.prices,
      estimatedCost: cost.estimated,
      cost: cost.due,
      createdById: coordinatorId,
      createdAt: ago(21),
      sentAt: ago(20),
    });
    await tx.insert(refillOrderItems).values(
      lines.map((line) => ({
        orderId: refillOrderId,
        organisationId,
        itemId: ledger.id(line.label),
        cylinderType: line.cylinderType,
        status: line.status,
      })),
    );
    await tx.insert(itemMovements).values(drafts.flatMap((d) => d.movements));
    await tx.insert(loanEvents).values(events);
    for (const event of timeline) await recordCaseEvent(tx, event);

    await seedStockSites(tx, { organisationId, coordinatorId, policy, now });
  });
  return { created: true };
}

/** The stock sites with a day of entries; each site's level and alert state are its entries' (oxygen-stock.ts). */
async function seedStockSites(
  tx: DbOrTx,
  context: { organisationId: string; coordinatorId: string | null; policy: LendingPolicy; now: Date },
): Promise<void> {
  const { organisationId, coordinatorId, policy, now } = context;
  const ago = (hours: number) => new Date(now.getTime() - hours * hourMs);
  for (const spec of stockSpecs) {
    const entries: StockEntry[] = [
      { kind: 'count', at: ago(22), litres: litresOfCylinders(spec.counted), cylinders: spec.counted },
    ];
    for (let hoursAgo = 18; hoursAgo > 0; hoursAgo -= 4) {
      if (spec.received && spec.received.hoursAgo > hoursAgo && spec.received.hoursAgo <= hoursAgo + 4) {
        const cylinders = spec.received.cylinders;
        entries.push({
          kind: 'received',
          at: ago(spec.received.hoursAgo),
          litres: litresOfCylinders(cylinders),
          cylinders,
        });
      }
      entries.push({
        kind: 'consumed',
        at: ago(hoursAgo),
        litres: litresOfCylinders(spec.usedEvery4h),
        cylinders: spec.usedEvery4h,
      });
    }
    let level = emptyStock();
    for (const entry of entries) {
      const next = applyStockEntry(level, entry);
      if (!next.ok) throw new Error(`demo data: stock at ${spec.name}: ${next.code}`);
      level = next.level;
    }
    const rate = burnRate(entries, now);
    const alertState = stockAlertState({
      hasEntries: true,
      hoursToEmpty: hoursToEmpty(level.litres, rate),
      thresholdHours: policy.stockAlertHours,
    });
    const last = entries.reduce((a, b) => (b.at > a.at ? b : a));
    const [site] = await tx
      .insert(stockSites)
      .values({
        organisationId,
        districtCode: spec.district,
        name: spec.name,
        kind: spec.kind,
        address: spec.address,
        lat: spec.lat,
        lon: spec.lon,
        litres: level.litres,
        cylinders: level.cylinders,
        lastEntryAt: last.at,
        alertState,
        alertChangedAt: entries[0]?.at ?? now,
        createdById: coordinatorId,
        createdAt: ago(23),
        updatedAt: last.at,
      })
      .returning({ id: stockSites.id });
    if (!site) throw new Error('demo data: stock site insert returned nothing');
    await tx.insert(stockEntries).values(
      entries.map((e) => ({
        siteId: site.id,
        organisationId,
        kind: e.kind,
        litres: e.litres,
        cylinders: e.cylinders,
        reason: e.reason ?? null,
        at: e.at,
        actorId: coordinatorId,
        recordedAt: e.at,
      })),
    );
  }
}
