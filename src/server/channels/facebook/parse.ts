import type { z } from 'zod';
import { inboundMessage } from '../inbound-message.js';
import { jsonBody } from '../json-body.js';
import { MalformedPayload } from '../malformed-payload.js';
import type { InboundEvent, InboundMessage } from '../types.js';
import { fbEnvelope, fbMessage, fbMessagingEvent, type fbAttachment } from './webhook-schema.js';

type Attachment = z.infer<typeof fbAttachment>;

/**
 * Reads a Messenger webhook into messages and delivery statuses. Echoes (our own sends) are skipped, and so
 * are read receipts: they carry only a watermark, no message id to attach a state to.
 */
export function parseFacebook(payload: unknown): InboundEvent[] {
  const envelope = fbEnvelope.safeParse(jsonBody('facebook', payload));
  if (!envelope.success) throw new MalformedPayload('facebook', envelope.error.issues[0]?.message ?? 'envelope');
  const events: InboundEvent[] = [];
  for (const entry of envelope.data.entry) {
    for (const raw of entry.messaging ?? []) {
      const parsed = fbMessagingEvent.safeParse(raw);
      if (!parsed.success) throw new MalformedPayload('facebook', 'messaging event without sender or recipient');
      const event = parsed.data;
      // Delivery events and some postbacks omit the event timestamp; the entry's time is the next best.
      const at = new Date(event.timestamp ?? entry.time ?? event.delivery?.watermark ?? 0);
      const base = {
        provider: 'facebook' as const,
        channel: 'facebook' as const,
        accountAddress: entry.id,
        from: event.sender.id,
        fromIsPhone: false,
        receivedAt: at,
      };

      if (event.message !== undefined) {
        const message = fbMessage.safeParse(event.message);
        if (!message.success) throw new MalformedPayload('facebook', 'message without mid');
        if (message.data.is_echo) continue;
        events.push(...readMessage(message.data, base));
      } else if (event.postback) {
        const { mid, title, payload: replyId } = event.postback;
        events.push(
          inboundMessage({
            ...base,
            // Older postbacks carry no mid; sender and time identify the tap well enough to deduplicate.
            providerMessageId: mid ?? `postback:${event.sender.id}:${at.getTime()}`,
            kind: 'interactive',
            text: title ?? null,
            replyId: replyId ?? null,
          }),
        );
      } else if (event.delivery) {
        const deliveredAt = new Date(event.delivery.watermark);
        for (const mid of event.delivery.mids ?? []) {
          events.push({
            type: 'status',
            provider: 'facebook',
            providerMessageId: mid,
            state: 'delivered',
            at: deliveredAt,
            error: null,
          });
        }
      }
      // read, reaction, referral, optin, account_linking…: not a plea and not a delivery, nothing to record.
    }
  }
  return events;
}

type Base = Pick<InboundMessage, 'provider' | 'channel' | 'accountAddress' | 'from' | 'fromIsPhone' | 'receivedAt'>;

/**
 * One event per attachment so no photo is lost; the first keeps the mid (the idempotency key), later ones
 * add '#n'. The text, if any, goes with the first.
 */
function readMessage(message: z.infer<typeof fbMessage>, base: Base): InboundMessage[] {
  const attachments = message.attachments ?? [];
  const text = message.text ?? null;
  if (attachments.length === 0) {
    if (message.quick_reply) {
      return [
        inboundMessage({
          ...base,
          providerMessageId: message.mid,
          kind: 'interactive',
          text,
          replyId: message.quick_reply.payload,
        }),
      ];
    }
    if (text === null) {
      return [inboundMessage({ ...base, providerMessageId: message.mid, kind: 'unsupported', providerType: 'empty' })];
    }
    return [inboundMessage({ ...base, providerMessageId: message.mid, kind: 'text', text })];
  }
  return attachments.map((attachment, index) =>
    readAttachment(attachment, message, {
      ...base,
      providerMessageId: index === 0 ? message.mid : `${message.mid}#${index}`,
      text: index === 0 ? text : null,
    }),
  );
}

function readAttachment(
  attachment: Attachment,
  message: z.infer<typeof fbMessage>,
  base: Base & { providerMessageId: string; text: string | null },
): InboundMessage {
  const payload = attachment.payload ?? undefined;
  // Stickers (the thumbs-up among them) arrive as images; they are not photos of anything.
  const isSticker = payload?.sticker_id !== undefined || message.sticker_id !== undefined;
  if (attachment.type === 'image' && payload?.url && !isSticker) {
    return inboundMessage({ ...base, kind: 'image', media: { id: payload.url, mimeType: null, caption: base.text } });
  }
  if (attachment.type === 'location' && payload?.coordinates) {
    const name = attachment.title ?? null;
    return inboundMessage({
      ...base,
      kind: 'location',
      text: base.text ?? name,
      location: { lat: payload.coordinates.lat, lon: payload.coordinates.long, name, address: null },
    });
  }
  return inboundMessage({ ...base, kind: 'unsupported', providerType: isSticker ? 'sticker' : attachment.type });
}
