import type { Clock } from '../clock.ts';

/** The scheduler's pulse: each scheduled run records when it ran; a stale pulse means it stopped. */
export interface HeartbeatRepository {
  record(source: string, at: Date): Promise<void>;
  lastBeat(source: string): Promise<Date | undefined>;
}

export const SCHEDULER_HEARTBEAT = 'scheduler';

/** A heartbeat older than this (three missed 15-minute beats) means the scheduler has stopped. */
export const HEARTBEAT_STALE_AFTER_MS = 45 * 60 * 1000;

export async function beat(repository: HeartbeatRepository, clock: Clock): Promise<Date> {
  const at = clock.now();
  await repository.record(SCHEDULER_HEARTBEAT, at);
  return at;
}

/** `stale` when the last beat is older than {@link HEARTBEAT_STALE_AFTER_MS} or there was none. */
export async function heartbeatStatus(repository: HeartbeatRepository, clock: Clock): Promise<{ status: 'ok' | 'stale'; lastBeat?: Date }> {
  const lastBeat = await repository.lastBeat(SCHEDULER_HEARTBEAT);
  if (!lastBeat || clock.now().getTime() - lastBeat.getTime() > HEARTBEAT_STALE_AFTER_MS) {
    return { status: 'stale', ...(lastBeat ? { lastBeat } : {}) };
  }
  return { status: 'ok', lastBeat };
}
