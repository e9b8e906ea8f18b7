// Verifying a certificate by its number (issue #14), no sign-in: what it says (initials, never the phone) and its
// PDF — the donor's message links to the public verify page, which offers the PDF; a PDF holds the name the donor
// gave and nothing to reach them by. Limited per address like the other public lookups, so numbers are not walked.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  certificateLanguageQuery,
  certificateNumberParams,
  publicCertificateView,
} from '../../../shared/contracts/certificates.js';
import { publicCertificatePdf } from '../../usecases/certificates/certificate-pdf.js';
import { verifyCertificate } from '../../usecases/certificates/verify-certificate.js';
import { problemResponses } from '../problem-responses.js';
import { pdfDisposition, type CertificateRouteOptions } from './certificates.js';

export async function publicCertificateRoutes(app: FastifyInstance, options: CertificateRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { db: options.db, publicUrl: options.publicUrl };
  const tags = ['public', 'certificates'];
  const lookupLimit = app.rateLimit({ max: 60, timeWindow: '1 minute', groupId: 'certificate-verify' });
  const pdfLimit = app.rateLimit({ max: 20, timeWindow: '1 minute', groupId: 'certificate-pdf' });
  r.get(
    '/public/certificates/:number',
    {
      config: { public: true },
      onRequest: lookupLimit,
      schema: { tags, params: certificateNumberParams, response: { 200: publicCertificateView, ...problemResponses } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return verifyCertificate(options.db, request.params.number);
    },
  );
  r.get(
    '/public/certificates/:number/pdf',
    {
      config: { public: true },
      onRequest: pdfLimit,
      schema: { tags, params: certificateNumberParams, querystring: certificateLanguageQuery },
    },
    async (request, reply) => {
      const pdf = await publicCertificatePdf(deps, request.params.number, request.query.lang);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', pdfDisposition('attachment', pdf.number, pdf.language))
        .header('cache-control', 'no-store')
        .send(pdf.bytes);
    },
  );
}
