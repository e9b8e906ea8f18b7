// Background jobs (the `jobs` table; see src/server/jobs/).

/** queued → running → done; a failed attempt goes back to queued (later) until its attempts run out: failed. */
export const jobStates = ['queued', 'running', 'done', 'failed'] as const;
export type JobState = (typeof jobStates)[number];
