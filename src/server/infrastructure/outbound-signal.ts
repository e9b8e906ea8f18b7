// Wakes this process's sender when a message is queued; the sender also polls (other processes, restarts,
// retries that come due).
import { EventEmitter } from 'node:events';

export const outboundSignal = new EventEmitter();
outboundSignal.setMaxListeners(50);
