// CSV import of a donor list: a preview that writes nothing, and the import (all rows or none).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { donorImportBody, donorImportPreview, donorImportResult } from '../../../shared/contracts/donors.js';
import { importDonors } from '../../usecases/donors/import-donors.js';
import { previewDonorImport } from '../../usecases/donors/preview-donor-import.js';
import { requestLanguage } from '../plugins/problem.js';
import { problemResponses } from '../problem-responses.js';
import type { BloodRouteOptions } from './blood-route-options.js';

/** The file is at most 2 MB of text (the contract); Devanagari takes 3 bytes a character, JSON escapes a few more. */
const importBodyLimit = 7 * 1024 * 1024;

export async function donorImportRoutes(app: FastifyInstance, options: BloodRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const tags = ['donors'];

  r.post(
    '/donors/import/preview',
    {
      bodyLimit: importBodyLimit,
      schema: { tags, body: donorImportBody, response: { 200: donorImportPreview, ...problemResponses } },
    },
    async (request) => previewDonorImport(db, request.actor(), request.body, requestLanguage(request)),
  );
  r.post(
    '/donors/import',
    {
      bodyLimit: importBodyLimit,
      schema: { tags, body: donorImportBody, response: { 201: donorImportResult, ...problemResponses } },
    },
    async (request, reply) => reply.code(201).send(await importDonors(db, request.actor(), request.body, request.ip)),
  );
}
