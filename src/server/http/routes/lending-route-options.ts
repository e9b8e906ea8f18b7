import type { Db } from '../../db/client.js';

/** What the lending routes are given (issue #13). */
export interface LendingRouteOptions {
  db: Db;
  /** Where the web app is served: QR labels and sponsors' links point there. */
  publicUrl: string;
}
