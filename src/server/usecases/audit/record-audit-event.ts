import type { AuditAction } from '../../../shared/enums.js';
import { forgetEverywhere } from '../../infrastructure/cache.js';
import type { DbOrTx } from '../../db/client.js';
import { auditEvents } from '../../db/schema/index.js';
import { systemActorId } from '../system-actor.js';

export interface AuditInput {
  actorId: string | null;
  action: AuditAction;
  subjectType?:
    | 'user'
    | 'organisation'
    | 'membership'
    | 'session'
    | 'phone'
    | 'channel_account'
    | 'case'
    | 'callback'
    | 'lead'
    | 'donor'
    | 'loan'
    | 'transfusion_patient'
    | 'certificate';
  subjectId?: string;
  organisationIds?: string[];
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Changes that alter who may do what: remembered actors must be looked up afresh, in every process. */
const accessChanges: ReadonlySet<AuditAction> = new Set([
  'auth.sign_out',
  'auth.password_changed',
  'user.updated',
  'membership.added',
  'membership.removed',
  'organisation.updated',
]);

/** Call inside the transaction that makes the change, so the record and the change land together. */
export async function recordAuditEvent(tx: DbOrTx, input: AuditInput): Promise<void> {
  if (accessChanges.has(input.action)) await forgetEverywhere(tx, 'actors');
  // An organisation's districts and blood policy: what registering a donor checks against.
  if (input.action === 'organisation.updated') await forgetEverywhere(tx, 'registration-contexts');
  await tx.insert(auditEvents).values({
    actorId: input.actorId === systemActorId ? null : input.actorId,
    action: input.action,
    subjectType: input.subjectType ?? null,
    subjectId: input.subjectId ?? null,
    organisationIds: input.organisationIds ?? [],
    ip: input.ip ?? null,
    details: input.actorId === systemActorId ? { ...input.details, via: 'cli' } : (input.details ?? {}),
  });
}
