// A child's transfusion calendar and roster bookings (issue #14, part 2): the calendar with its bookings, "book
// now", a donor's answer recorded by an operator, the centre's outcome, a transfusion done, missed or moved, and the
// organisation-wide calendar. Thin: Zod-validated input → use case → the calendar as it now stands.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answerBookingBody,
  bookingOutcomeBody,
  markTransfusionDoneBody,
  markTransfusionMissedBody,
  moveTransfusionBody,
  patientTransfusions,
  planResult,
  transfusionCalendar,
  transfusionCalendarQuery,
  transfusionListQuery,
} from '../../../shared/contracts/transfusion-bookings.js';
import { answerBooking } from '../../usecases/transfusion-bookings/answer-booking.js';
import { bookNow } from '../../usecases/transfusion-bookings/book-now.js';
import { patientTransfusionsFor } from '../../usecases/transfusion-bookings/booking-reads.js';
import { markTransfusionDone, markTransfusionMissed } from '../../usecases/transfusion-bookings/mark-transfusion.js';
import { moveTransfusion } from '../../usecases/transfusion-bookings/move-transfusion.js';
import { recordBookingOutcome } from '../../usecases/transfusion-bookings/record-booking-outcome.js';
import { listTransfusionCalendar } from '../../usecases/transfusion-bookings/transfusion-calendar.js';
import { readPatientFor } from '../../usecases/transfusion-patients/lock-patient.js';
import type { BloodRouteOptions } from './blood-route-options.js';
import { problemResponses } from '../problem-responses.js';

const idParams = z.strictObject({ id: z.uuid() });
const transfusionParams = z.strictObject({ id: z.uuid(), transfusionId: z.uuid() });
const bookingParams = z.strictObject({ id: z.uuid(), bookingId: z.uuid() });

export async function transfusionBookingRoutes(
  app: FastifyInstance,
  options: Pick<BloodRouteOptions, 'db' | 'bus' | 'secret' | 'publicUrl'>,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const deps = { db, bus: options.bus, links: { secret: options.secret, publicUrl: options.publicUrl } };
  const tags = ['thalassemia'];
  const calendar = { 200: patientTransfusions, ...problemResponses };

  r.get(
    '/transfusion-patients/:id/transfusions',
    { schema: { tags, params: idParams, querystring: transfusionListQuery, response: calendar } },
    async (request) => {
      const actor = request.actor();
      return patientTransfusionsFor(db, actor, await readPatientFor(db, actor, request.params.id), request.query);
    },
  );
  r.post(
    '/transfusion-patients/:id/bookings/plan',
    { schema: { tags, params: idParams, response: { 200: planResult, ...problemResponses } } },
    async (request) => bookNow(deps, request.actor(), request.params.id),
  );
  r.post(
    '/transfusion-patients/:id/bookings/:bookingId/answer',
    { schema: { tags, params: bookingParams, body: answerBookingBody, response: calendar } },
    async (request) => answerBooking(deps, request.actor(), request.params.id, request.params.bookingId, request.body),
  );
  r.post(
    '/transfusion-patients/:id/bookings/:bookingId/outcome',
    { schema: { tags, params: bookingParams, body: bookingOutcomeBody, response: calendar } },
    async (request) =>
      recordBookingOutcome(deps, request.actor(), request.params.id, request.params.bookingId, request.body),
  );
  r.post(
    '/transfusion-patients/:id/transfusions/:transfusionId/done',
    { schema: { tags, params: transfusionParams, body: markTransfusionDoneBody, response: calendar } },
    async (request) =>
      markTransfusionDone(deps, request.actor(), request.params.id, request.params.transfusionId, request.body),
  );
  r.post(
    '/transfusion-patients/:id/transfusions/:transfusionId/missed',
    { schema: { tags, params: transfusionParams, body: markTransfusionMissedBody, response: calendar } },
    async (request) =>
      markTransfusionMissed(deps, request.actor(), request.params.id, request.params.transfusionId, request.body),
  );
  r.post(
    '/transfusion-patients/:id/transfusions/:transfusionId/move',
    { schema: { tags, params: transfusionParams, body: moveTransfusionBody, response: calendar } },
    async (request) =>
      moveTransfusion(deps, request.actor(), request.params.id, request.params.transfusionId, request.body),
  );
  r.get(
    '/transfusion-calendar',
    {
      schema: {
        tags,
        querystring: transfusionCalendarQuery,
        response: { 200: transfusionCalendar, ...problemResponses },
      },
    },
    async (request) => listTransfusionCalendar(db, request.actor(), request.query),
  );
}
