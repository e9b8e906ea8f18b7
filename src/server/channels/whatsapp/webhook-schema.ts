// The WhatsApp Cloud API webhook as documented, checked loosely: Meta adds fields without notice, and a
// new field must never make us drop a plea for help.
import { z } from 'zod';

/** Meta sends unix seconds as a string ("1717574400"); tolerate a number too. */
export const unixSeconds = z
  .union([z.string().regex(/^\d+$/), z.number().int().nonnegative()])
  .transform((value) => new Date(Number(value) * 1000));

export const waMessage = z.looseObject({
  from: z.string().min(1),
  id: z.string().min(1),
  timestamp: unixSeconds,
  type: z.string().min(1),
});

export const waText = z.looseObject({ text: z.looseObject({ body: z.string() }) });

export const waImage = z.looseObject({
  image: z.looseObject({ id: z.string().min(1), mime_type: z.string().optional(), caption: z.string().optional() }),
});

export const waLocation = z.looseObject({
  location: z.looseObject({
    latitude: z.number(),
    longitude: z.number(),
    name: z.string().optional(),
    address: z.string().optional(),
  }),
});

const reply = z.looseObject({ id: z.string(), title: z.string(), description: z.string().optional() });

export const waInteractive = z.looseObject({
  interactive: z.looseObject({
    type: z.string(),
    button_reply: reply.optional(),
    list_reply: reply.optional(),
  }),
});

/** A tap on a quick-reply button of a template message. */
export const waButton = z.looseObject({
  button: z.looseObject({ text: z.string(), payload: z.string().optional() }),
});

export const waError = z.looseObject({
  code: z.number().optional(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
});

export const waStatus = z.looseObject({
  id: z.string().min(1),
  status: z.string(),
  timestamp: unixSeconds,
  recipient_id: z.string().optional(),
  errors: z.array(waError).optional(),
});

export const waValue = z.looseObject({
  messaging_product: z.literal('whatsapp').optional(),
  metadata: z.looseObject({ phone_number_id: z.string().min(1), display_phone_number: z.string().optional() }),
  contacts: z
    .array(z.looseObject({ wa_id: z.string().optional(), profile: z.looseObject({ name: z.string() }).optional() }))
    .optional(),
  // Items stay unknown here so one odd message is judged on its own, not by the envelope.
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
});

export const waEnvelope = z.looseObject({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.looseObject({
      id: z.string(),
      changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })),
    }),
  ),
});
