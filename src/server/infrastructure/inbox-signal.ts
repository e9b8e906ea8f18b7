// Wakes this process's inbox worker as soon as a message is kept; the worker also polls, for messages
// kept by another process or left over from before a restart.
import { EventEmitter } from 'node:events';

export const inboxSignal = new EventEmitter();
inboxSignal.setMaxListeners(50);
