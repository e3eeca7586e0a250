/**
 * Counts the run's commits, for the readers' recheck (recomputeReaders): an import notes the count
 * when it starts and takes the next number once committed, so a report started at or after another's
 * number saw it. Backed by shared memory, so that imports on worker threads count on one clock.
 */
export class CommitClock {
  private readonly count: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.count = new Int32Array(buffer);
  }

  /** Commits so far: an import's `started`. */
  now(): number {
    return Atomics.load(this.count, 0);
  }

  /** Counts one more commit and returns its number: an import's `finished`. */
  tick(): number {
    return Atomics.add(this.count, 0, 1) + 1;
  }
}
