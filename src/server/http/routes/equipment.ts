// Equipment (issue #13): items received at depots, each with its ledger; movements recorded by hand; QR labels and
// the scan that opens an item. Lending and returns are in loans.ts, refills in refills.ts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  itemDetail,
  itemList,
  itemMovementBody,
  itemQuery,
  itemView,
  labelSheet,
  labelsQuery,
  receiveItemsBody,
  updateItemBody,
} from '../../../shared/contracts/equipment.js';
import { getItem } from '../../usecases/equipment/get-item.js';
import { itemLabels } from '../../usecases/equipment/item-labels.js';
import { listItems } from '../../usecases/equipment/list-items.js';
import { moveItem } from '../../usecases/equipment/move-item.js';
import { receiveItems } from '../../usecases/equipment/receive-items.js';
import { scanItem } from '../../usecases/equipment/scan-item.js';
import { updateItem } from '../../usecases/equipment/update-item.js';
import { problemResponses } from '../problem-responses.js';
import type { LendingRouteOptions } from './lending-route-options.js';

const idParams = z.strictObject({ id: z.uuid() });
const scanParams = z.strictObject({ qrToken: z.string().min(1).max(64) });

export async function equipmentRoutes(app: FastifyInstance, options: LendingRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, publicUrl } = options;
  const tags = ['equipment'];
  const detail = { 200: itemDetail, ...problemResponses };

  r.get(
    '/equipment',
    { schema: { tags, querystring: itemQuery, response: { 200: itemList, ...problemResponses } } },
    async (request) => listItems(db, request.actor(), request.query),
  );
  r.post(
    '/equipment',
    {
      schema: {
        tags,
        body: receiveItemsBody,
        response: { 201: z.object({ items: z.array(itemView) }), ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send({ items: await receiveItems(db, request.actor(), request.body) }),
  );
  r.get(
    '/equipment/labels',
    { schema: { tags, querystring: labelsQuery, response: { 200: labelSheet, ...problemResponses } } },
    async (request) => itemLabels(db, request.actor(), request.query, publicUrl),
  );
  r.get('/equipment/scan/:qrToken', { schema: { tags, params: scanParams, response: detail } }, async (request) =>
    scanItem(db, request.actor(), request.params.qrToken, publicUrl),
  );
  r.get('/equipment/:id', { schema: { tags, params: idParams, response: detail } }, async (request) =>
    getItem(db, request.actor(), request.params.id, publicUrl),
  );
  r.patch(
    '/equipment/:id',
    { schema: { tags, params: idParams, body: updateItemBody, response: detail } },
    async (request) => updateItem(db, request.actor(), request.params.id, request.body, publicUrl),
  );
  r.post(
    '/equipment/:id/movements',
    { schema: { tags, params: idParams, body: itemMovementBody, response: detail } },
    async (request) => moveItem(db, request.actor(), request.params.id, request.body, publicUrl),
  );
}
