import { z } from 'zod';
import { auditActions } from '../enums.js';

export const auditEventView = z.object({
  id: z.string(),
  at: z.string(),
  action: z.enum(auditActions),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  /** Names of the people and organisations the event mentions by id (subject and details), to show instead of ids. */
  names: z.record(z.string(), z.string()),
});
export type AuditEventView = z.infer<typeof auditEventView>;
export const auditList = z.object({ items: z.array(auditEventView), total: z.number().int() });
