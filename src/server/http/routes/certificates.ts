// Donors' certificates (issue #14): the organisation's settings and logo, issuing (one donation, or a whole camp),
// the scoped list, the PDF, sending the donor their link, revoking. The logo arrives as the image's raw bytes
// (Content-Type image/png or image/jpeg); its type is decided from the bytes.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  campCertificatesResult,
  certificateLanguageQuery,
  certificateList,
  certificateLogoMaxBytes,
  certificateNumberParams,
  certificateQuery,
  certificateSettingsBody,
  certificateSettingsView,
  certificateView,
  revokeCertificateBody,
  sendCertificateResult,
} from '../../../shared/contracts/certificates.js';
import type { Db } from '../../db/client.js';
import { certificatePdf } from '../../usecases/certificates/certificate-pdf.js';
import {
  getCertificateSettings,
  readCertificateLogo,
  setCertificateLogo,
  updateCertificateSettings,
} from '../../usecases/certificates/certificate-settings.js';
import { issueCampCertificates } from '../../usecases/certificates/issue-camp-certificates.js';
import { issueDonationCertificate } from '../../usecases/certificates/issue-certificate.js';
import { listCertificates } from '../../usecases/certificates/list-certificates.js';
import { revokeCertificate } from '../../usecases/certificates/revoke-certificate.js';
import { sendCertificate } from '../../usecases/certificates/send-certificate.js';
import { problemResponses } from '../problem-responses.js';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['certificates'];

export interface CertificateRouteOptions {
  db: Db;
  publicUrl: string;
}

/** `attachment` or `inline` with the number as the file's name. */
export function pdfDisposition(kind: 'inline' | 'attachment', number: string, language: string): string {
  return `${kind}; filename="${number}-${language}.pdf"`;
}

export async function certificateRoutes(app: FastifyInstance, options: CertificateRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { db: options.db, publicUrl: options.publicUrl };
  const { db } = deps;

  // The logo's bytes (only in this plugin's routes); other types are refused with 415 by Fastify.
  for (const type of ['image/png', 'image/jpeg', 'application/octet-stream']) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: certificateLogoMaxBytes }, (_request, body, done) =>
      done(null, body),
    );
  }

  const settingsResponse = { 200: certificateSettingsView, ...problemResponses };
  r.get(
    '/organisations/:id/certificate-settings',
    { schema: { tags, params: idParams, response: settingsResponse } },
    async (request) => getCertificateSettings(db, request.actor(), request.params.id),
  );
  r.put(
    '/organisations/:id/certificate-settings',
    { schema: { tags, params: idParams, body: certificateSettingsBody, response: settingsResponse } },
    async (request) => updateCertificateSettings(db, request.actor(), request.params.id, request.body),
  );
  r.put(
    '/organisations/:id/certificate-settings/logo',
    {
      bodyLimit: certificateLogoMaxBytes,
      schema: {
        tags,
        params: idParams,
        consumes: ['image/png', 'image/jpeg'],
        response: { ...settingsResponse, 415: problemResponses[409] },
      },
    },
    async (request) => setCertificateLogo(db, request.actor(), request.params.id, request.body),
  );
  r.get(
    '/organisations/:id/certificate-settings/logo',
    { schema: { tags, params: idParams } },
    async (request, reply) => {
      const logo = await readCertificateLogo(db, request.actor(), request.params.id);
      return reply.header('content-type', logo.type).header('cache-control', 'private, no-store').send(logo.bytes);
    },
  );

  r.post(
    '/donations/:id/certificate',
    {
      schema: { tags, params: idParams, response: { 200: certificateView, 201: certificateView, ...problemResponses } },
    },
    async (request, reply) => {
      const { certificate, created } = await issueDonationCertificate(deps, request.actor(), request.params.id);
      return reply.code(created ? 201 : 200).send(certificate);
    },
  );
  r.post(
    '/camps/:id/certificates',
    { schema: { tags, params: idParams, response: { 200: campCertificatesResult, ...problemResponses } } },
    async (request) => issueCampCertificates(db, request.actor(), request.params.id),
  );
  r.get(
    '/certificates',
    { schema: { tags, querystring: certificateQuery, response: { 200: certificateList, ...problemResponses } } },
    async (request) => listCertificates(deps, request.actor(), request.query),
  );
  r.get(
    '/certificates/:number/pdf',
    { schema: { tags, params: certificateNumberParams, querystring: certificateLanguageQuery } },
    async (request, reply) => {
      const pdf = await certificatePdf(deps, request.actor(), request.params.number, request.query.lang);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', pdfDisposition('inline', pdf.number, pdf.language))
        .header('cache-control', 'private, no-store')
        .send(pdf.bytes);
    },
  );
  r.post(
    '/certificates/:number/send',
    {
      schema: { tags, params: certificateNumberParams, response: { 200: sendCertificateResult, ...problemResponses } },
    },
    async (request) => sendCertificate(deps, request.actor(), request.params.number),
  );
  r.post(
    '/certificates/:number/revoke',
    {
      schema: {
        tags,
        params: certificateNumberParams,
        body: revokeCertificateBody,
        response: { 200: certificateView, ...problemResponses },
      },
    },
    async (request) => revokeCertificate(deps, request.actor(), request.params.number, request.body),
  );
}
