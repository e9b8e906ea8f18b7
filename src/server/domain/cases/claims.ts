// A claim ("assign to me") lapses when its holder goes quiet, so cases are not hoarded.
export function claimExpiresAt(assigneeActiveAt: Date | null, idleMinutes: number): Date | null {
  return assigneeActiveAt ? new Date(assigneeActiveAt.getTime() + idleMinutes * 60_000) : null;
}

export function activeAssignee(
  assigneeId: string | null,
  assigneeActiveAt: Date | null,
  idleMinutes: number,
  now: Date,
): string | null {
  if (!assigneeId) return null;
  const expires = claimExpiresAt(assigneeActiveAt, idleMinutes);
  return expires && expires > now ? assigneeId : null;
}
