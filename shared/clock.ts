/** Time comes from a clock port, so any behaviour can be replayed at any instant. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant; `set` moves it (tests, the `tick` replay command). */
export class FixedClock implements Clock {
  #at: Date;
  constructor(at: Date | string) {
    this.#at = new Date(at);
  }
  now(): Date {
    return new Date(this.#at);
  }
  set(at: Date | string): void {
    this.#at = new Date(at);
  }
}

/**
 * The clock handlers read "now" from. In AWS it is the system clock; the local runtime may point it at
 * a fixed clock so tests and demos can be run as of any date.
 */
class RuntimeClock implements Clock {
  #clock: Clock = systemClock;
  now(): Date {
    return this.#clock.now();
  }
  use(clock: Clock): void {
    this.#clock = clock;
  }
}

export const runtimeClock = new RuntimeClock();
