// Refills (issue #13): vendors with a price per cylinder type, and orders taking a depot's empties to a vendor and
// bringing them back.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addRefillItemsBody,
  cancelRefillOrderBody,
  createRefillOrderBody,
  refillOrderList,
  refillOrderView,
  refillQuery,
  settleRefillItemsBody,
  updateVendorBody,
  vendorBody,
  vendorList,
  vendorView,
} from '../../../shared/contracts/refills.js';
import { addRefillItems } from '../../usecases/refills/add-refill-items.js';
import { cancelRefillOrder } from '../../usecases/refills/cancel-refill-order.js';
import { createRefillOrder } from '../../usecases/refills/create-refill-order.js';
import { getRefillOrder } from '../../usecases/refills/get-refill-order.js';
import { listRefillOrders } from '../../usecases/refills/list-refill-orders.js';
import { listVendors } from '../../usecases/refills/list-vendors.js';
import { createVendor, updateVendor } from '../../usecases/refills/save-vendor.js';
import { settleRefillItems } from '../../usecases/refills/settle-refill-items.js';
import { problemResponses } from '../problem-responses.js';
import type { LendingRouteOptions } from './lending-route-options.js';

const idParams = z.strictObject({ id: z.uuid() });

export async function refillRoutes(app: FastifyInstance, options: LendingRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const tags = ['refills'];
  const order = { 200: refillOrderView, ...problemResponses };
  const vendor = { 200: vendorView, ...problemResponses };

  r.get('/refills/vendors', { schema: { tags, response: { 200: vendorList, ...problemResponses } } }, async (request) =>
    listVendors(db, request.actor()),
  );
  r.post(
    '/refills/vendors',
    { schema: { tags, body: vendorBody, response: { 201: vendorView, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await createVendor(db, request.actor(), request.body)),
  );
  r.patch(
    '/refills/vendors/:id',
    { schema: { tags, params: idParams, body: updateVendorBody, response: vendor } },
    async (request) => updateVendor(db, request.actor(), request.params.id, request.body),
  );
  r.get(
    '/refills',
    { schema: { tags, querystring: refillQuery, response: { 200: refillOrderList, ...problemResponses } } },
    async (request) => listRefillOrders(db, request.actor(), request.query),
  );
  r.post(
    '/refills',
    { schema: { tags, body: createRefillOrderBody, response: { 201: refillOrderView, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await createRefillOrder(db, request.actor(), request.body)),
  );
  r.get('/refills/:id', { schema: { tags, params: idParams, response: order } }, async (request) =>
    getRefillOrder(db, request.actor(), request.params.id),
  );
  r.post(
    '/refills/:id/items',
    { schema: { tags, params: idParams, body: addRefillItemsBody, response: order } },
    async (request) => addRefillItems(db, request.actor(), request.params.id, request.body),
  );
  r.post(
    '/refills/:id/settle',
    { schema: { tags, params: idParams, body: settleRefillItemsBody, response: order } },
    async (request) => settleRefillItems(db, request.actor(), request.params.id, request.body),
  );
  r.post(
    '/refills/:id/cancel',
    { schema: { tags, params: idParams, body: cancelRefillOrderBody, response: order } },
    async (request) => cancelRefillOrder(db, request.actor(), request.params.id, request.body),
  );
}
