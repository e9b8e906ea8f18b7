// A job definition: a name, a Zod-checked payload and a handler; optionally a schedule (`every`), a retry
// policy and a lease. Definitions are plain constants listed in job-registry.ts; queue one with enqueueJob.
import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import type { Provider } from '../../shared/enums.js';
import type { Db } from '../db/client.js';
import type { RetryPolicy } from './job-timing.js';

/** What handlers may need beyond the database, given once by the app when the runner starts. */
export interface JobServices {
  /** Where provider calls go (the simulator's address when it is on). */
  baseUrlFor(provider: Provider): string;
  fetch?: typeof fetch;
  /** How often Twitter/X is polled (5 s with the simulator, a minute otherwise). */
  twitterIntervalMs: number;
  /** Signs the links donors answer asks by (blood outreach); absent where no job sends asks (tests of the runner). */
  answerLinks?: { secret: string; publicUrl: string };
}

export interface JobContext {
  db: Db;
  log: FastifyBaseLogger;
  services: JobServices;
  job: {
    id: string;
    name: string;
    /** 1 on the first run; a run after a crash or a failure counts on. */
    attempt: number;
    /** When it was due: for a scheduled job, the start of its slot. */
    runAt: Date;
    uniqueKey: string | null;
  };
  /** Aborted when this process lost the job's lease (another may be running it now): stop early if you can. */
  signal: AbortSignal;
}

export interface JobDefinition<Payload = unknown> {
  /** Stored in each row; never rename one in place (queued rows would be left behind). */
  readonly name: string;
  readonly payload: z.ZodType<Payload>;
  readonly handler: (payload: Payload, ctx: JobContext) => Promise<unknown>;
  /** Run every so many milliseconds (a number, or read from the services); the payload is then `{}`. */
  readonly every?: number | ((services: JobServices) => number);
  readonly retry?: Partial<RetryPolicy>;
  /** How long a run may go without its process renewing the lease before another process takes it over. */
  readonly leaseMs?: number;
}

/** Any definition, whatever its payload: what the registry and the runner hold. */
export interface AnyJobDefinition {
  readonly name: string;
  readonly payload: z.ZodType;
  readonly handler: (payload: never, ctx: JobContext) => Promise<unknown>;
  readonly every?: number | ((services: JobServices) => number);
  readonly retry?: Partial<RetryPolicy>;
  readonly leaseMs?: number;
}

const jobName = /^[a-z][a-z0-9-]{0,62}$/;

export function defineJob<Payload>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  if (!jobName.test(definition.name)) throw new Error(`job name "${definition.name}": use lower-case-words`);
  return definition;
}

export function everyMsOf(definition: AnyJobDefinition, services: JobServices): number | null {
  const every = typeof definition.every === 'function' ? definition.every(services) : definition.every;
  return every ?? null;
}
