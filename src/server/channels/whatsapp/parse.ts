import type { z } from 'zod';
import { inboundMessage } from '../inbound-message.js';
import { jsonBody } from '../json-body.js';
import { MalformedPayload } from '../malformed-payload.js';
import { toE164 } from '../../../shared/phone.js';
import { digitsOnly } from '../sender-phone.js';
import type { DeliveryState, DeliveryStatus, InboundEvent, InboundMessage } from '../types.js';
import {
  waButton,
  waEnvelope,
  waImage,
  waInteractive,
  waLocation,
  waMessage,
  waStatus,
  waText,
  waValue,
  type waError,
} from './webhook-schema.js';

type Value = z.infer<typeof waValue>;

/** Reads a WhatsApp Cloud API webhook (raw bytes, text or parsed JSON) into messages and delivery statuses. */
export function parseWhatsApp(payload: unknown): InboundEvent[] {
  const envelope = waEnvelope.safeParse(jsonBody('whatsapp', payload));
  if (!envelope.success) throw new MalformedPayload('whatsapp', envelope.error.issues[0]?.message ?? 'envelope');
  const events: InboundEvent[] = [];
  for (const entry of envelope.data.entry) {
    for (const change of entry.changes) {
      // Other fields (account_update, message_template_status_update…) carry no conversation.
      if (change.field !== 'messages') continue;
      const value = waValue.safeParse(change.value);
      if (!value.success) throw new MalformedPayload('whatsapp', 'change value without metadata.phone_number_id');
      for (const raw of value.data.messages ?? []) events.push(readMessage(raw, value.data));
      for (const raw of value.data.statuses ?? []) {
        const status = readStatus(raw);
        if (status) events.push(status);
      }
    }
  }
  return events;
}

function readMessage(raw: unknown, value: Value): InboundMessage {
  const parsed = waMessage.safeParse(raw);
  if (!parsed.success) throw new MalformedPayload('whatsapp', 'message without from, id, timestamp or type');
  const head = parsed.data;
  const digits = digitsOnly(head.from);
  const base = {
    provider: 'whatsapp' as const,
    channel: 'whatsapp' as const,
    providerMessageId: head.id,
    accountAddress: value.metadata.phone_number_id,
    // wa_id is the number in international form without '+'; keep it even where our metadata calls it invalid.
    from: toE164(`+${digits}`) ?? `+${digits}`,
    fromIsPhone: true,
    fromName: senderName(value, head.from),
    receivedAt: head.timestamp,
  };
  const part = <S extends z.ZodType>(schema: S): z.output<S> => {
    const result = schema.safeParse(raw);
    if (!result.success) throw new MalformedPayload('whatsapp', `${head.type} message without its ${head.type} part`);
    return result.data;
  };

  switch (head.type) {
    case 'text': {
      const { text } = part(waText);
      return inboundMessage({ ...base, kind: 'text', text: text.body });
    }
    case 'image': {
      const { image } = part(waImage);
      const caption = image.caption ?? null;
      return inboundMessage({
        ...base,
        kind: 'image',
        text: caption,
        media: { id: image.id, mimeType: image.mime_type ?? null, caption },
      });
    }
    case 'location': {
      const { location } = part(waLocation);
      const name = location.name ?? null;
      const address = location.address ?? null;
      const words = [name, address].filter((part): part is string => part !== null && part !== '').join(', ');
      return inboundMessage({
        ...base,
        kind: 'location',
        text: words === '' ? null : words,
        location: { lat: location.latitude, lon: location.longitude, name, address },
      });
    }
    case 'interactive': {
      const { interactive } = part(waInteractive);
      const chosen = interactive.type === 'button_reply' ? interactive.button_reply : interactive.list_reply;
      // Flow replies (nfm_reply) and future kinds are kept as unsupported rather than guessed at.
      if (!chosen || (interactive.type !== 'button_reply' && interactive.type !== 'list_reply')) {
        return inboundMessage({ ...base, kind: 'unsupported', providerType: `interactive:${interactive.type}` });
      }
      return inboundMessage({ ...base, kind: 'interactive', text: chosen.title, replyId: chosen.id });
    }
    case 'button': {
      const { button } = part(waButton);
      return inboundMessage({ ...base, kind: 'interactive', text: button.text, replyId: button.payload ?? null });
    }
    default:
      // audio, video, document, sticker, reaction, contacts, order, system, unsupported, and whatever comes next.
      return inboundMessage({ ...base, kind: 'unsupported', providerType: head.type });
  }
}

function senderName(value: Value, from: string): string | null {
  const contacts = value.contacts ?? [];
  const match = contacts.find((contact) => contact.wa_id === from) ?? (contacts.length === 1 ? contacts[0] : undefined);
  const name = match?.profile?.name?.trim();
  return name ? name : null;
}

const states: Record<string, DeliveryState> = { sent: 'sent', delivered: 'delivered', read: 'read', failed: 'failed' };

function readStatus(raw: unknown): DeliveryStatus | null {
  const parsed = waStatus.safeParse(raw);
  if (!parsed.success) throw new MalformedPayload('whatsapp', 'status without id, status or timestamp');
  const state = states[parsed.data.status];
  // 'deleted', 'warning' and other states say nothing about delivery.
  if (!state) return null;
  const first = parsed.data.errors?.[0];
  return {
    type: 'status',
    provider: 'whatsapp',
    providerMessageId: parsed.data.id,
    state,
    at: parsed.data.timestamp,
    error: first ? describeError(first) : null,
  };
}

function describeError(error: z.infer<typeof waError>): string {
  const code = error.code === undefined ? '' : `(#${error.code}) `;
  const headline = error.title ?? error.message ?? 'unknown error';
  const details = error.error_data?.details;
  return `${code}${headline}${details && details !== headline ? ` — ${details}` : ''}`;
}
