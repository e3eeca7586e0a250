/** Distinct statement texts prepared within one window, at most. */
export const PREPARED_STATEMENTS_PER_WINDOW = 64;

/**
 * Which statement texts may be prepared. A text admitted stays admitted for a window (the pool's
 * connection lifetime); while `limit` texts are admitted, any other runs unprepared. Every
 * connection is replaced within a window, so none holds more than about twice `limit` prepared
 * statements, however many operations clients invent; the operations polled again and again
 * (dashboards, the pilot pull) are the ones admitted.
 */
export class PreparedBudget {
  private readonly admittedAt = new Map<string, number>();
  private readonly windowMs: number;
  private readonly limit: number;
  private readonly now: () => number;

  constructor({ windowMs, limit = PREPARED_STATEMENTS_PER_WINDOW, now = Date.now }: { windowMs: number; limit?: number; now?: () => number }) {
    this.windowMs = windowMs;
    this.limit = limit;
    this.now = now;
  }

  admit(text: string): boolean {
    const now = this.now();
    const since = this.admittedAt.get(text);
    if (since !== undefined && now - since < this.windowMs) return true;
    this.admittedAt.delete(text);
    // Map order is admission order: the oldest lapse first.
    for (const [old, at] of this.admittedAt) {
      if (now - at < this.windowMs) break;
      this.admittedAt.delete(old);
    }
    if (this.admittedAt.size >= this.limit) return false;
    this.admittedAt.set(text, now);
    return true;
  }
}
