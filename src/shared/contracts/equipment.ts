// Equipment (issue #13): items (cylinders, concentrators, accessories) and the ledger below each.
//   GET   /api/v1/equipment                      itemQuery → itemList
//   POST  /api/v1/equipment                      receiveItemsBody → { items: itemView[] }  (received at a depot)
//   GET   /api/v1/equipment/{id}                 → itemDetail (with its ledger, newest first)
//   PATCH /api/v1/equipment/{id}                 updateItemBody → itemView
//   POST  /api/v1/equipment/{id}/movements       itemMovementBody → itemDetail
//         (moved, marked_empty, sent_for_repair, back_from_repair, found, written_off, retired; lending, returns and
//         refills move items through their own routes)
//   GET   /api/v1/equipment/scan/{qrToken}       → itemDetail (a label scanned on a phone; 404 outside one's scope)
//   GET   /api/v1/equipment/labels               labelsQuery → labelSheet (printable QR labels)
import { z } from 'zod';
import {
  cylinderTypes,
  itemConditions,
  itemKinds,
  itemStatuses,
  lossReasons,
  movementKinds,
  sponsorshipKinds,
} from '../enums.js';
import { districtCode, pageQuery, uuid } from './common.js';
import { itemCan, lendingCan } from './lending-can.js';
import { districtView, namedRef, note, reason } from './lending-common.js';

const serial = z.string().trim().min(1).max(64);
const label = z.string().trim().min(1).max(32);

/** One item received; cylinders need a type and their litres (the type's defaults when left out). */
export const receiveItemInput = z
  .strictObject({
    kind: z.enum(itemKinds),
    cylinderType: z.enum(cylinderTypes).nullable().default(null),
    waterLitres: z.number().positive().max(100).nullable().default(null),
    gasLitres: z.number().int().positive().max(20_000).nullable().default(null),
    flowLpm: z.number().positive().max(20).nullable().default(null),
    serial: serial.nullable().default(null),
    /** Left out: the next free label of the depot ("KNP-B-014"). */
    label: label.optional(),
    condition: z.enum(itemConditions).default('full'),
    sponsorId: uuid.nullable().default(null),
    sponsorship: z.enum(sponsorshipKinds).nullable().default(null),
    note: note.optional(),
  })
  .refine((i) => i.kind !== 'cylinder' || i.cylinderType !== null, {
    message: 'cylinder_type_required',
    path: ['cylinderType'],
  })
  .refine((i) => i.kind !== 'cylinder' || i.cylinderType !== 'other' || i.gasLitres !== null, {
    message: 'gas_litres_required',
    path: ['gasLitres'],
  })
  .refine((i) => (i.sponsorId === null) === (i.sponsorship === null), {
    message: 'sponsorship_required',
    path: ['sponsorship'],
  });

/** Items arriving at a depot (a donation of ten cylinders is one request); each gets a `received` ledger row. */
export const receiveItemsBody = z.strictObject({
  depotId: uuid,
  items: z.array(receiveItemInput).min(1).max(100),
});
export type ReceiveItemsBody = z.infer<typeof receiveItemsBody>;

/** Descriptive fields only: status, depot and loan change through movements. */
export const updateItemBody = z
  .strictObject({
    serial: serial.nullable(),
    label,
    waterLitres: z.number().positive().max(100).nullable(),
    gasLitres: z.number().int().positive().max(20_000).nullable(),
    flowLpm: z.number().positive().max(20).nullable(),
    sponsorId: uuid.nullable(),
    sponsorship: z.enum(sponsorshipKinds).nullable(),
    note: note.nullable(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing_to_change' });
export type UpdateItemBody = z.infer<typeof updateItemBody>;

/** A movement recorded by hand on an item's page. */
export const itemMovementBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('moved'), toDepotId: uuid, note: note.optional() }),
  z.strictObject({ kind: z.literal('marked_empty'), note: note.optional() }),
  z.strictObject({ kind: z.literal('sent_for_repair'), note: reason }),
  z.strictObject({
    kind: z.literal('back_from_repair'),
    condition: z.enum(itemConditions).default('full'),
    toDepotId: uuid.optional(),
    note: note.optional(),
  }),
  z.strictObject({
    kind: z.literal('found'),
    condition: z.enum(itemConditions),
    toDepotId: uuid.optional(),
    note: reason,
  }),
  z.strictObject({ kind: z.literal('written_off'), lossReason: z.enum(lossReasons), note: reason }),
  z.strictObject({ kind: z.literal('retired'), note: reason }),
]);
export type ItemMovementBody = z.infer<typeof itemMovementBody>;

export const itemQuery = pageQuery.extend({
  depotId: uuid.optional(),
  district: districtCode.optional(),
  organisationId: uuid.optional(),
  kind: z.enum(itemKinds).optional(),
  cylinderType: z.enum(cylinderTypes).optional(),
  status: z.enum(itemStatuses).optional(),
  sponsorId: uuid.optional(),
});
export type ItemQuery = z.input<typeof itemQuery>;

export const itemView = z.object({
  id: uuid,
  organisation: namedRef,
  district: districtView,
  depot: namedRef,
  kind: z.enum(itemKinds),
  cylinderType: z.enum(cylinderTypes).nullable(),
  waterLitres: z.number().nullable(),
  gasLitres: z.number().int().nullable(),
  flowLpm: z.number().nullable(),
  serial: z.string().nullable(),
  label: z.string(),
  sponsor: namedRef.nullable(),
  sponsorship: z.enum(sponsorshipKinds).nullable(),
  status: z.enum(itemStatuses),
  statusChangedAt: z.string(),
  /** While lent: the loan (its reference and due date; the patient is on the loan, not here). */
  currentLoan: z.object({ id: uuid, reference: z.string(), dueOn: z.string() }).nullable(),
  note: z.string().nullable(),
  can: itemCan,
});
export type ItemView = z.infer<typeof itemView>;

export const itemList = z.object({ items: z.array(itemView), total: z.number().int(), can: lendingCan });
export type ItemList = z.infer<typeof itemList>;

/** One ledger row: who, when, from, to, condition and note. */
export const movementView = z.object({
  id: z.string(),
  kind: z.enum(movementKinds),
  fromStatus: z.enum(itemStatuses).nullable(),
  toStatus: z.enum(itemStatuses),
  fromDepot: namedRef.nullable(),
  toDepot: namedRef,
  loan: z.object({ id: uuid, reference: z.string() }).nullable(),
  refillOrderId: uuid.nullable(),
  condition: z.enum(itemConditions).nullable(),
  lossReason: z.enum(lossReasons).nullable(),
  note: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type MovementView = z.infer<typeof movementView>;

export const itemDetail = itemView.extend({
  /** The QR label's link (`/equipment/scan/<token>` on this server). */
  scanUrl: z.string(),
  ledger: z.array(movementView),
});
export type ItemDetail = z.infer<typeof itemDetail>;

/** The label sheet: by depot, or the items listed (at most 200). */
export const labelsQuery = z
  .strictObject({
    depotId: uuid.optional(),
    ids: z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(uuid).max(200))
      .optional(),
  })
  .refine((q) => q.depotId !== undefined || q.ids !== undefined, { message: 'depot_or_ids_required' });
export type LabelsQuery = z.input<typeof labelsQuery>;

export const labelSheet = z.object({
  labels: z.array(
    z.object({
      itemId: uuid,
      label: z.string(),
      kind: z.enum(itemKinds),
      cylinderType: z.enum(cylinderTypes).nullable(),
      gasLitres: z.number().int().nullable(),
      organisationName: z.string(),
      depotName: z.string(),
      scanUrl: z.string(),
    }),
  ),
});
export type LabelSheet = z.infer<typeof labelSheet>;
