import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { notificationView } from '../../../shared/contracts/cases.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { cases, notifications } from '../../db/schema/index.js';
import { notFound } from '../../errors.js';

export async function listNotifications(db: Db, actor: Actor): Promise<z.infer<typeof notificationView>[]> {
  const rows = await db
    .select({ n: notifications, reference: cases.reference })
    .from(notifications)
    .leftJoin(cases, eq(cases.id, notifications.caseId))
    .where(eq(notifications.userId, actor.userId))
    .orderBy(desc(notifications.createdAt))
    .limit(100);
  return rows.map(({ n, reference }) => ({
    id: n.id,
    kind: n.kind,
    caseId: n.caseId,
    reference,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
    details: n.details,
  }));
}

export async function markNotificationRead(db: Db, actor: Actor, id: string): Promise<void> {
  const updated = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  if (updated.length === 0) {
    const [exists] = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)));
    if (!exists) throw notFound();
  }
}
