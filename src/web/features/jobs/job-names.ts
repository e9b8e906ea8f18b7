// The server's background jobs (src/server/jobs/*: each job's `name`), named in words on the admins' Jobs page.
// A job added on the server before it gets words here still shows, under its code name.
export const knownJobNames = [
  'blood-outreach',
  'escalation',
  'loan-reminders',
  'prune-jobs',
  'transfusion-roster',
  'twitter-poll',
] as const;
export type KnownJobName = (typeof knownJobNames)[number];

const isKnown = (name: string): name is KnownJobName => (knownJobNames as readonly string[]).includes(name);

/** The catalog key naming this job, or null for a job without words yet. */
export function jobNameKey(name: string): `jobs.names.${KnownJobName}` | null {
  return isKnown(name) ? `jobs.names.${name}` : null;
}
