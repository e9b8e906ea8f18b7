// Oxygen stock for facilities and war rooms (issue #13): sites, their entries, burn rate, time to empty, the alert.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  stockEntryBody,
  stockSiteBody,
  stockSiteDetail,
  stockSiteList,
  stockSiteQuery,
  updateStockSiteBody,
} from '../../../shared/contracts/oxygen-stock.js';
import { createStockSite } from '../../usecases/oxygen-stock/create-stock-site.js';
import { getStockSite } from '../../usecases/oxygen-stock/get-stock-site.js';
import { listStockSites } from '../../usecases/oxygen-stock/list-stock-sites.js';
import { recordStockEntry } from '../../usecases/oxygen-stock/record-stock-entry.js';
import { updateStockSite } from '../../usecases/oxygen-stock/update-stock-site.js';
import { problemResponses } from '../problem-responses.js';
import type { LendingRouteOptions } from './lending-route-options.js';

const idParams = z.strictObject({ id: z.uuid() });

export async function oxygenStockRoutes(app: FastifyInstance, options: LendingRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const tags = ['oxygen-stock'];
  const detail = { 200: stockSiteDetail, ...problemResponses };

  r.get(
    '/oxygen-stock',
    { schema: { tags, querystring: stockSiteQuery, response: { 200: stockSiteList, ...problemResponses } } },
    async (request) => listStockSites(db, request.actor(), request.query),
  );
  r.post(
    '/oxygen-stock',
    { schema: { tags, body: stockSiteBody, response: { 201: stockSiteDetail, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await createStockSite(db, request.actor(), request.body)),
  );
  r.get('/oxygen-stock/:id', { schema: { tags, params: idParams, response: detail } }, async (request) =>
    getStockSite(db, request.actor(), request.params.id),
  );
  r.patch(
    '/oxygen-stock/:id',
    { schema: { tags, params: idParams, body: updateStockSiteBody, response: detail } },
    async (request) => updateStockSite(db, request.actor(), request.params.id, request.body),
  );
  r.post(
    '/oxygen-stock/:id/entries',
    { schema: { tags, params: idParams, body: stockEntryBody, response: detail } },
    async (request) => recordStockEntry(db, request.actor(), request.params.id, request.body),
  );
}
