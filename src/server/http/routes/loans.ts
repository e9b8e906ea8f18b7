// Loans (issue #13): lend (the race is in the use case), list, read, and the loan's life — hand-over, documents,
// extension, pick-up, return, deposit, write-off, cancel, reveal. Documents come as multipart (a `kind` field and
// one file) or as the raw file with `?kind=`; their type is decided from the bytes, not from these headers.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cancelLoanBody,
  depositSettlementBody,
  extendLoanBody,
  handOverBody,
  lendBody,
  loanDetail,
  loanDocumentFields,
  loanDocumentView,
  loanList,
  loanQuery,
  pickupBody,
  returnLoanBody,
  writeOffLoanBody,
} from '../../../shared/contracts/loans.js';
import { loanDocumentMaxBytes } from '../../../shared/enums.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { addLoanDocument } from '../../usecases/loans/add-loan-document.js';
import { cancelLoan } from '../../usecases/loans/cancel-loan.js';
import { extendLoanFor } from '../../usecases/loans/extend-loan.js';
import { getLoan } from '../../usecases/loans/get-loan.js';
import { handOverLoan } from '../../usecases/loans/hand-over-loan.js';
import { lendDevice } from '../../usecases/loans/lend-device.js';
import { listLoans } from '../../usecases/loans/list-loans.js';
import { requireLending } from '../../usecases/loans/loan-action.js';
import { readLoanDocument } from '../../usecases/loans/read-loan-document.js';
import { requestPickup } from '../../usecases/loans/request-pickup.js';
import { returnLoan } from '../../usecases/loans/return-loan.js';
import { revealLoanContact } from '../../usecases/loans/reveal-loan-contact.js';
import { settleLoanDeposit } from '../../usecases/loans/settle-deposit.js';
import { writeOffLoan } from '../../usecases/loans/write-off-loan.js';
import { problemResponses } from '../problem-responses.js';
import { readDocumentUpload } from './loan-document-upload.js';

const idParams = z.strictObject({ id: z.uuid() });
const documentParams = z.strictObject({ id: z.uuid(), documentId: z.uuid() });
/** Multipart framing around the largest file accepted. */
const uploadBodyLimit = loanDocumentMaxBytes + 64 * 1024;

export interface LoanRouteOptions {
  db: Db;
  bus: CaseBus;
  /** Documents are kept under this folder (config.dataDir). */
  dataDir: string;
}

export async function loanRoutes(app: FastifyInstance, options: LoanRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, bus, dataDir } = options;
  const tags = ['loans'];
  const view = { 200: loanDetail, ...problemResponses };
  const action = <B extends z.ZodType>(body: B) => ({ schema: { tags, params: idParams, body, response: view } });

  // The document upload's bodies arrive as bytes (only in this plugin's routes).
  for (const type of ['multipart/form-data', 'application/octet-stream', /^image\/[a-z0-9.+-]+$/, 'application/pdf']) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: uploadBodyLimit }, (_request, body, done) =>
      done(null, body),
    );
  }

  r.get(
    '/loans',
    { schema: { tags, querystring: loanQuery, response: { 200: loanList, ...problemResponses } } },
    async (request) => listLoans(db, request.actor(), request.query),
  );
  r.post(
    '/loans',
    { schema: { tags, body: lendBody, response: { 201: loanDetail, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await lendDevice({ db, bus }, request.actor(), request.body)),
  );
  r.get('/loans/:id', { schema: { tags, params: idParams, response: view } }, async (request) =>
    getLoan(db, request.actor(), request.params.id),
  );
  r.post('/loans/:id/hand-over', action(handOverBody), async (request) =>
    handOverLoan(db, request.actor(), request.params.id, request.body),
  );
  r.post('/loans/:id/extend', action(extendLoanBody), async (request) =>
    extendLoanFor(db, request.actor(), request.params.id, request.body),
  );
  r.post('/loans/:id/pickup', action(pickupBody), async (request) =>
    requestPickup(db, request.actor(), request.params.id, request.body),
  );
  r.post('/loans/:id/return', action(returnLoanBody), async (request) =>
    returnLoan(db, request.actor(), request.params.id, request.body),
  );
  r.post('/loans/:id/deposit', action(depositSettlementBody), async (request) =>
    settleLoanDeposit(db, request.actor(), request.params.id, request.body),
  );
  r.post('/loans/:id/write-off', action(writeOffLoanBody), async (request) =>
    writeOffLoan(db, request.actor(), request.params.id, request.body),
  );
  r.post('/loans/:id/cancel', action(cancelLoanBody), async (request) =>
    cancelLoan(db, request.actor(), request.params.id, request.body),
  );
  r.post('/loans/:id/reveal-contact', { schema: { tags, params: idParams, response: view } }, async (request) =>
    revealLoanContact(db, request.actor(), request.params.id, request.ip),
  );
  r.post(
    '/loans/:id/documents',
    {
      bodyLimit: uploadBodyLimit,
      schema: {
        tags,
        params: idParams,
        querystring: loanDocumentFields.partial(),
        consumes: ['multipart/form-data', 'image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
        response: { 201: loanDocumentView, 415: problemResponses[409], ...problemResponses },
      },
    },
    async (request, reply) => {
      // Refused by role before the body is looked at, as every other loan route is.
      requireLending(request.actor());
      if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type');
      const upload = readDocumentUpload(request.headers['content-type'] ?? '', request.body, request.query.kind);
      return reply.code(201).send(await addLoanDocument({ db, dataDir }, request.actor(), request.params.id, upload));
    },
  );
  r.get('/loans/:id/documents/:documentId', { schema: { tags, params: documentParams } }, async (request, reply) => {
    const file = await readLoanDocument({ db, dataDir }, request.actor(), request.params.id, request.params.documentId);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', 'attachment')
      .header('cache-control', 'private, no-store')
      .send(file.bytes);
  });
}
