import type { Db } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import type { IntakeGuard } from '../../infrastructure/intake-guard.js';

/** What the blood and plasma routes are given (issue #12): each takes what it needs. */
export interface BloodRouteOptions {
  db: Db;
  bus: CaseBus;
  /** Signs the links donors answer by, and the public form's challenges. */
  secret: string;
  /** The public form's limits (per address, per phone), shared by every process. */
  guard: IntakeGuard;
  publicUrl: string;
}
