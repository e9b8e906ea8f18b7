import { useSyncExternalStore } from 'react';

// One timer for the whole page, ticking on the minute, so every clock on screen moves together.
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;

function scheduleTick(): void {
  timer = setTimeout(
    () => {
      now = Date.now();
      for (const listener of listeners) listener();
      scheduleTick();
    },
    60_000 - (Date.now() % 60_000) + 50,
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    now = Date.now();
    scheduleTick();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearTimeout(timer);
  };
}

/** The current time in milliseconds, re-rendering the caller once a minute. */
export function useNowEachMinute(): number {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => now,
  );
}
