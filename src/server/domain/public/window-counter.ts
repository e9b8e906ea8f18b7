// Counts events per key in a fixed window, in memory, forgetting old windows. Used to throttle the
// public form per IP and per phone; one process's memory is enough for one server.
export class WindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one more event for `key` and returns the count in the current window. */
  hit(key: string, now: number): number {
    const current = this.windows.get(key);
    if (!current || now - current.start >= this.windowMs) {
      if (this.windows.size >= this.maxKeys) this.evict(now);
      this.windows.set(key, { start: now, count: 1 });
      return 1;
    }
    current.count += 1;
    return current.count;
  }

  peek(key: string, now: number): number {
    const current = this.windows.get(key);
    return current && now - current.start < this.windowMs ? current.count : 0;
  }

  private evict(now: number): void {
    for (const [key, value] of this.windows) {
      if (now - value.start >= this.windowMs) this.windows.delete(key);
    }
    // Still full of live keys (an attack from many addresses): drop the oldest half.
    if (this.windows.size >= this.maxKeys) {
      let toDrop = Math.floor(this.maxKeys / 2);
      for (const key of this.windows.keys()) {
        if (toDrop-- <= 0) break;
        this.windows.delete(key);
      }
    }
  }
}
