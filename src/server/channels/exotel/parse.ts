// Exotel calls us with form or query fields: an incoming SMS (SmsSid, From, To, Body, Date), a call reaching a
// Passthru applet (CallSid, CallFrom, CallTo, StartTime, digits…), or an SMS status callback (SmsSid, Status).
import { z } from 'zod';
import { formFields, type FormInput } from '../form-body.js';
import { inboundMessage, nonEmpty } from '../inbound-message.js';
import { MalformedPayload } from '../malformed-payload.js';
import { toE164 } from '../../../shared/phone.js';
import { phoneOrRaw } from '../sender-phone.js';
import type { DeliveryState, DeliveryStatus, InboundEvent, InboundMessage } from '../types.js';
import { parseIst } from './ist-time.js';

/** Tells the three callbacks apart: calls have a CallSid; status callbacks a Status but no sender. */
export function parseExotel(input: FormInput, now: Date = new Date()): InboundEvent[] {
  const fields = formFields(input);
  if (fields.has('CallSid')) return parseExotelCall(fields, now);
  if (fields.has('Status') && !fields.has('From')) return parseExotelSmsStatus(fields, now);
  if (fields.has('SmsSid')) return [parseExotelSms(fields, now)];
  throw new MalformedPayload('exotel', 'neither CallSid nor SmsSid');
}

const incomingSms = z.looseObject({
  SmsSid: z.string().min(1),
  From: z.string().min(1),
  To: z.string().min(1),
  Body: z.string().optional(),
  Date: z.string().optional(),
});

export function parseExotelSms(input: FormInput, now: Date = new Date()): InboundMessage {
  const parsed = incomingSms.safeParse(Object.fromEntries(formFields(input)));
  if (!parsed.success) throw new MalformedPayload('exotel', 'incoming SMS without SmsSid, From or To');
  const sender = callerPhone(parsed.data.From);
  return inboundMessage({
    provider: 'exotel',
    channel: 'sms',
    providerMessageId: parsed.data.SmsSid,
    accountAddress: phoneOrRaw(parsed.data.To).value,
    from: sender.value,
    fromIsPhone: sender.isPhone,
    receivedAt: parseIst(parsed.data.Date) ?? now,
    kind: 'text',
    text: nonEmpty(parsed.data.Body),
  });
}

const call = z.looseObject({
  CallSid: z.string().min(1),
  // Newer flows send CallFrom/CallTo, older ones From/To; either pair will do.
  CallFrom: z.string().optional(),
  CallTo: z.string().optional(),
  From: z.string().optional(),
  To: z.string().optional(),
  Direction: z.string().optional(),
  StartTime: z.string().optional(),
  CurrentTime: z.string().optional(),
  digits: z.string().optional(),
});

/**
 * A call into our ExoPhone, seen by a Passthru applet: on a helpline, someone calling is a plea in itself
 * (many give a missed call to be called back), so it becomes a 'missed_call' on the phone channel. Any keys
 * pressed in a Gather applet before it come as replyId. Our own outbound calls are not pleas and are skipped.
 */
export function parseExotelCall(input: FormInput, now: Date = new Date()): InboundMessage[] {
  const parsed = call.safeParse(Object.fromEntries(formFields(input)));
  if (!parsed.success) throw new MalformedPayload('exotel', 'call without CallSid');
  const fields = parsed.data;
  const from = nonEmpty(fields.CallFrom) ?? nonEmpty(fields.From);
  const to = nonEmpty(fields.CallTo) ?? nonEmpty(fields.To);
  if (from === null || to === null) throw new MalformedPayload('exotel', 'call without CallFrom or CallTo');
  if (fields.Direction?.startsWith('outbound')) return [];
  const sender = callerPhone(from);
  // Exotel wraps gathered digits in double quotes: "\"2\"".
  const digits = nonEmpty(fields.digits?.replace(/"/g, '').trim());
  return [
    inboundMessage({
      provider: 'exotel',
      channel: 'phone',
      providerMessageId: fields.CallSid,
      accountAddress: phoneOrRaw(to).value,
      from: sender.value,
      fromIsPhone: sender.isPhone,
      receivedAt: parseIst(fields.StartTime) ?? parseIst(fields.CurrentTime) ?? now,
      kind: 'missed_call',
      replyId: digits,
    }),
  ];
}

/**
 * Exotel is a telephone gateway: whoever reaches an ExoPhone has a phone number. Anything else in From is not
 * Exotel speaking (and must never reach the desk as a number to call).
 */
function callerPhone(raw: string): { value: string; isPhone: true } {
  const e164 = toE164(raw);
  if (!e164) throw new MalformedPayload('exotel', 'the caller (From / CallFrom) is not a phone number');
  return { value: e164, isPhone: true };
}

const smsStatus = z.looseObject({
  SmsSid: z.string().min(1),
  Status: z.string().min(1),
  DateSent: z.string().optional(),
  DetailedStatus: z.string().optional(),
  DetailedStatusCode: z.string().optional(),
});

// Exotel has spelt the DND failure both 'failed-dnd' and 'failed_dnd'; interim states are not reported.
const states: Record<string, DeliveryState | null> = {
  queued: null,
  sending: null,
  submitted: null,
  sent: 'sent',
  delivered: 'delivered',
  failed: 'failed',
  'failed-dnd': 'failed',
  failed_dnd: 'failed',
  undelivered: 'failed',
  expired: 'failed',
};

export function parseExotelSmsStatus(input: FormInput, now: Date = new Date()): DeliveryStatus[] {
  const parsed = smsStatus.safeParse(Object.fromEntries(formFields(input)));
  if (!parsed.success) throw new MalformedPayload('exotel', 'SMS status without SmsSid or Status');
  const { SmsSid, Status, DateSent, DetailedStatus, DetailedStatusCode } = parsed.data;
  const state = states[Status.toLowerCase()];
  if (state === undefined || state === null) return [];
  const detail = [nonEmpty(DetailedStatusCode), nonEmpty(DetailedStatus)].filter((part) => part !== null).join(' ');
  const error = state === 'failed' ? `${Status}${detail ? `: ${detail}` : ''}` : null;
  return [
    { type: 'status', provider: 'exotel', providerMessageId: SmsSid, state, at: parseIst(DateSent) ?? now, error },
  ];
}
