// Tells live views (the desk's server-sent events) that a case changed. Published after commit. This in-process bus
// is the base; the app runs DatabaseCaseBus, which carries the change to every process through PostgreSQL.
import { EventEmitter } from 'node:events';

/** Who may hear of the change: the case's owner, place and sharing, as the scope model reads them. */
export interface CaseChangeScope {
  organisationId: string | null;
  consentToShare: boolean;
  referredOrganisationIds: readonly string[];
}

export interface CaseChanged {
  id: string;
  reference: string;
  districtCode: string;
  /** Absent when the publisher did not have the row at hand (intake): looked up before delivery. */
  scope?: CaseChangeScope;
}

/** The change event for a case row a use case already holds. */
export function caseChange(row: {
  id: string;
  reference: string;
  districtCode: string;
  organisationId: string | null;
  consentToShare: boolean;
  referredOrganisationIds: readonly string[];
}): CaseChanged {
  return {
    id: row.id,
    reference: row.reference,
    districtCode: row.districtCode,
    scope: {
      organisationId: row.organisationId,
      consentToShare: row.consentToShare,
      referredOrganisationIds: row.referredOrganisationIds,
    },
  };
}

export class CaseBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Each open desk holds one listener; hundreds of operators is normal.
    this.emitter.setMaxListeners(0);
  }

  publish(change: CaseChanged): void {
    this.emit(change);
  }

  protected emit(change: CaseChanged): void {
    this.emitter.emit('case', change);
  }

  protected hasSubscribers(): boolean {
    return this.emitter.listenerCount('case') > 0;
  }

  subscribe(listener: (change: CaseChanged) => void): () => void {
    this.emitter.on('case', listener);
    return () => this.emitter.off('case', listener);
  }
}
