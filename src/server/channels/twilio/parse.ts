// Twilio posts form fields: an inbound SMS (SmsStatus=received, Body, NumMedia, MediaUrlN…) or, for messages
// we sent with a StatusCallback, MessageStatus with ErrorCode. Neither carries a time, so `now` stands in.
import { z } from 'zod';
import { formFields, type FormInput } from '../form-body.js';
import { inboundMessage, nonEmpty } from '../inbound-message.js';
import { MalformedPayload } from '../malformed-payload.js';
import { phoneOrRaw } from '../sender-phone.js';
import type { DeliveryState, InboundEvent, InboundMessage } from '../types.js';

const common = z.looseObject({
  MessageSid: z.string().min(1).optional(),
  SmsSid: z.string().min(1).optional(),
  MessageStatus: z.string().optional(),
  SmsStatus: z.string().optional(),
});

const inbound = z.looseObject({
  From: z.string().min(1),
  To: z.string().min(1),
  Body: z.string().optional(),
  NumMedia: z.string().regex(/^\d+$/).optional(),
});

const states: Record<string, DeliveryState | null> = {
  accepted: null,
  scheduled: null,
  queued: null,
  sending: null,
  canceled: null,
  partially_delivered: null,
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  undelivered: 'failed',
  failed: 'failed',
};

export function parseTwilio(form: FormInput, now: Date = new Date()): InboundEvent[] {
  const fields = formFields(form);
  const record = Object.fromEntries(fields);
  const head = common.safeParse(record);
  const sid = head.success ? (head.data.MessageSid ?? head.data.SmsSid) : undefined;
  if (!head.success || sid === undefined) throw new MalformedPayload('twilio', 'no MessageSid');
  const status = head.data.MessageStatus ?? head.data.SmsStatus;

  if (status !== undefined && status !== 'received' && status !== 'receiving') {
    // Interim states, and any state Twilio adds later, say nothing final about delivery.
    const state = states[status];
    if (state === undefined || state === null) return [];
    const code = nonEmpty(record['ErrorCode']);
    const message = nonEmpty(record['ErrorMessage']);
    const error = state === 'failed' ? `Twilio error ${code ?? 'unknown'}${message ? `: ${message}` : ''}` : null;
    return [{ type: 'status', provider: 'twilio', providerMessageId: sid, state, at: now, error }];
  }

  const parsed = inbound.safeParse(record);
  if (!parsed.success) throw new MalformedPayload('twilio', 'inbound message without From or To');
  const sender = phoneOrRaw(parsed.data.From);
  const base = {
    provider: 'twilio' as const,
    channel: 'sms' as const,
    accountAddress: phoneOrRaw(parsed.data.To).value,
    from: sender.value,
    fromIsPhone: sender.isPhone,
    receivedAt: now,
  };
  const text = nonEmpty(parsed.data.Body);
  const mediaCount = Number(parsed.data.NumMedia ?? '0');
  if (mediaCount === 0) {
    return [inboundMessage({ ...base, providerMessageId: sid, kind: 'text', text })];
  }
  // MMS: one event per picture so none is lost; the first keeps the sid, the words go with it.
  const events: InboundMessage[] = [];
  for (let index = 0; index < mediaCount; index++) {
    const url = nonEmpty(record[`MediaUrl${index}`]);
    const mimeType = nonEmpty(record[`MediaContentType${index}`]);
    const providerMessageId = index === 0 ? sid : `${sid}#${index}`;
    const words = index === 0 ? text : null;
    if (url !== null && mimeType?.startsWith('image/')) {
      events.push(
        inboundMessage({
          ...base,
          providerMessageId,
          kind: 'image',
          text: words,
          media: { id: url, mimeType, caption: words },
        }),
      );
    } else {
      events.push(
        inboundMessage({ ...base, providerMessageId, kind: 'unsupported', text: words, providerType: mimeType }),
      );
    }
  }
  return events;
}
