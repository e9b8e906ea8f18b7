// The Messenger Platform webhook (object 'page') as documented, checked loosely.
import { z } from 'zod';

export const fbAttachment = z.looseObject({
  type: z.string(),
  title: z.string().optional(),
  payload: z
    .looseObject({
      url: z.string().optional(),
      sticker_id: z.number().optional(),
      coordinates: z.looseObject({ lat: z.number(), long: z.number() }).optional(),
    })
    .nullish(),
});

export const fbMessage = z.looseObject({
  mid: z.string().min(1),
  text: z.string().optional(),
  is_echo: z.boolean().optional(),
  sticker_id: z.number().optional(),
  quick_reply: z.looseObject({ payload: z.string() }).optional(),
  attachments: z.array(fbAttachment).optional(),
});

export const fbMessagingEvent = z.looseObject({
  sender: z.looseObject({ id: z.string().min(1) }),
  recipient: z.looseObject({ id: z.string().min(1) }),
  timestamp: z.number().optional(),
  message: z.unknown().optional(),
  postback: z
    .looseObject({ mid: z.string().optional(), title: z.string().optional(), payload: z.string().optional() })
    .optional(),
  delivery: z.looseObject({ mids: z.array(z.string()).optional(), watermark: z.number() }).optional(),
});

export const fbEnvelope = z.looseObject({
  object: z.literal('page'),
  entry: z.array(
    z.looseObject({
      id: z.string().min(1),
      time: z.number().optional(),
      // Absent on entries for other subscriptions (feed changes, standby under the handover protocol).
      messaging: z.array(z.unknown()).optional(),
    }),
  ),
});
