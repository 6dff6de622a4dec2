/**
 * A counter per key (e.g. a source address) over fixed windows: the public form's rate limit. `hit`
 * counts one use and says whether the caller is still under `limit` in this window.
 */
export interface RateLimiter {
  hit(key: string, now: Date, windowSeconds: number, limit: number): Promise<boolean>;
}
