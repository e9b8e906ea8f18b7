// The case bus across processes: a change is announced with NOTIFY (several per statement, a few milliseconds
// apart), and every process — this one too — hears it with LISTEN and tells its own live desks. PGlite speaks
// LISTEN/NOTIFY as well, so the embedded database runs the same path. Changes published without the case's scope
// (intake, which does not hold the row) have it looked up once per burst, before any desk hears of them.
import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { cases } from '../db/schema/index.js';
import { notifyChannels, notify } from '../infrastructure/notify.js';
import { CaseBus, type CaseChanged } from './case-bus.js';

// Desks refetch a quarter-second after a burst anyway; fewer, larger NOTIFY statements cost the database less.
const flushAfterMs = 25;

export class DatabaseCaseBus extends CaseBus {
  private outgoing: CaseChanged[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private incoming: CaseChanged[] = [];
  private deliverTimer: NodeJS.Timeout | null = null;
  private stopListening: (() => Promise<void>) | null = null;

  constructor(
    private readonly database: Database,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    super();
  }

  async start(): Promise<void> {
    this.stopListening = await this.database.listen(notifyChannels.caseChanged, (payload) => this.heard(payload));
  }

  async stop(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    await this.flush();
    await this.stopListening?.();
    this.stopListening = null;
  }

  override publish(change: CaseChanged): void {
    this.outgoing.push(change);
    this.flushTimer ??= setTimeout(() => void this.flush(), flushAfterMs);
  }

  private async flush(): Promise<void> {
    this.flushTimer = null;
    const batch = this.outgoing;
    this.outgoing = [];
    await notify(
      this.database.db,
      notifyChannels.caseChanged,
      batch.map((change) => JSON.stringify(change)),
    ).catch(this.onError);
  }

  private heard(payload: string): void {
    if (!this.hasSubscribers()) return;
    try {
      this.incoming.push(JSON.parse(payload) as CaseChanged);
    } catch (error) {
      this.onError(error);
      return;
    }
    this.deliverTimer ??= setTimeout(() => void this.deliver(), 1);
  }

  private async deliver(): Promise<void> {
    this.deliverTimer = null;
    const batch = this.incoming;
    this.incoming = [];
    const unknown = [...new Set(batch.filter((c) => !c.scope).map((c) => c.id))];
    const scopes =
      unknown.length === 0
        ? []
        : await this.database.db
            .select({
              id: cases.id,
              organisationId: cases.organisationId,
              consentToShare: cases.consentToShare,
              referredOrganisationIds: cases.referredOrganisationIds,
            })
            .from(cases)
            .where(inArray(cases.id, unknown))
            .catch((error: unknown) => {
              this.onError(error);
              return [];
            });
    const scopeOf = new Map(scopes.map(({ id, ...scope }) => [id, scope]));
    for (const change of batch) {
      const scope = change.scope ?? scopeOf.get(change.id);
      // A change whose case cannot be found (deleted, or the lookup failed) is told to nobody.
      if (scope) this.emit({ ...change, scope });
    }
  }
}
