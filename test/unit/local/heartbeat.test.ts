import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../../shared/clock.ts';
import { beat, heartbeatStatus, type HeartbeatRepository } from '../../../shared/heartbeat/heartbeat.ts';

class MemoryHeartbeats implements HeartbeatRepository {
  beats = new Map<string, Date>();
  async record(source: string, at: Date) {
    const last = this.beats.get(source);
    if (!last || last < at) this.beats.set(source, at);
  }
  async lastBeat(source: string) {
    return this.beats.get(source);
  }
}

describe('scheduler heartbeat', () => {
  it('is stale before the first beat, fine after one, and stale again after three missed quarter-hours', async () => {
    const repository = new MemoryHeartbeats();
    const clock = new FixedClock('2026-11-26T01:00:00Z');
    expect((await heartbeatStatus(repository, clock)).status).toBe('stale');
    await beat(repository, clock);
    clock.set('2026-11-26T01:44:00Z');
    expect(await heartbeatStatus(repository, clock)).toEqual({ status: 'ok', lastBeat: new Date('2026-11-26T01:00:00Z') });
    clock.set('2026-11-26T01:46:00Z');
    expect((await heartbeatStatus(repository, clock)).status).toBe('stale');
  });
});
