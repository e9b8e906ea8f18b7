// Tells live views (the desk's server-sent events) that a case changed. Published after commit.
// In-process: one server process per database today; several processes would need LISTEN/NOTIFY.
import { EventEmitter } from 'node:events';

export interface CaseChanged {
  id: string;
  reference: string;
  districtCode: string;
}

export class CaseBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Each open desk holds one listener; hundreds of operators is normal.
    this.emitter.setMaxListeners(0);
  }

  publish(change: CaseChanged): void {
    this.emitter.emit('case', change);
  }

  subscribe(listener: (change: CaseChanged) => void): () => void {
    this.emitter.on('case', listener);
    return () => this.emitter.off('case', listener);
  }
}
