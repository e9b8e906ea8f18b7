import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  patientTransfusions,
  planResult,
  transfusionCalendar,
  type AnswerBookingBody,
  type BookingOutcomeBody,
  type MarkTransfusionDoneBody,
  type MarkTransfusionMissedBody,
  type MoveTransfusionBody,
} from '../../../shared/contracts/transfusion-bookings.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { thalassemiaKeys } from '../../api/thalassemia-keys';
import { patientUrl, useThalassemiaMutation } from './patients-queries';

/** The child's calendar: the last month's transfusions and the upcoming ones, with every booking. */
export function useChildTransfusions(childId: string) {
  return useQuery({
    queryKey: thalassemiaKeys.transfusions(childId),
    queryFn: ({ signal }) => getJson(`${patientUrl(childId)}/transfusions`, patientTransfusions, signal),
  });
}

export interface CalendarQuery {
  from?: string;
  to?: string;
  district?: string;
}

/** The organisation's calendar: every child's upcoming transfusions in the reader's scope, by day. */
export function useTransfusionCalendar(query: CalendarQuery) {
  return useQuery({
    queryKey: thalassemiaKeys.calendar(query),
    queryFn: ({ signal }) => getJson(withQuery('/transfusion-calendar', { ...query }), transfusionCalendar, signal),
    placeholderData: keepPreviousData,
  });
}

/** Book the pool now for the next transfusions (the roster job does it too, every day). */
export const usePlanBookings = (childId: string) =>
  useThalassemiaMutation(() => sendJson('POST', `${patientUrl(childId)}/bookings/plan`, {}, planResult));

const bookingUrl = (childId: string, bookingId: string) =>
  `${patientUrl(childId)}/bookings/${encodeURIComponent(bookingId)}`;
const transfusionUrl = (childId: string, transfusionId: string) =>
  `${patientUrl(childId)}/transfusions/${encodeURIComponent(transfusionId)}`;

export const useAnswerBooking = (childId: string, bookingId: string) =>
  useThalassemiaMutation((body: AnswerBookingBody) =>
    sendJson('POST', `${bookingUrl(childId, bookingId)}/answer`, body, patientTransfusions),
  );

export const useBookingOutcome = (childId: string, bookingId: string) =>
  useThalassemiaMutation((body: BookingOutcomeBody) =>
    sendJson('POST', `${bookingUrl(childId, bookingId)}/outcome`, body, patientTransfusions),
  );

export const useMarkDone = (childId: string, transfusionId: string) =>
  useThalassemiaMutation((body: MarkTransfusionDoneBody) =>
    sendJson('POST', `${transfusionUrl(childId, transfusionId)}/done`, body, patientTransfusions),
  );

export const useMarkMissed = (childId: string, transfusionId: string) =>
  useThalassemiaMutation((body: MarkTransfusionMissedBody) =>
    sendJson('POST', `${transfusionUrl(childId, transfusionId)}/missed`, body, patientTransfusions),
  );

export const useMoveTransfusion = (childId: string, transfusionId: string) =>
  useThalassemiaMutation((body: MoveTransfusionBody) =>
    sendJson('POST', `${transfusionUrl(childId, transfusionId)}/move`, body, patientTransfusions),
  );
