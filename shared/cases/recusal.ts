import type { Actor } from '../access/policy.ts';

/** Who heads each unit: `unitId → headUserId` (from the organisation's units). */
export type UnitHeads = ReadonlyMap<string, string | undefined> | Readonly<Record<string, string | undefined>>;

function headOf(unitHeads: UnitHeads, unitId: string): string | undefined {
  return unitHeads instanceof Map ? unitHeads.get(unitId) : (unitHeads as Readonly<Record<string, string | undefined>>)[unitId];
}

/**
 * True when `actor` must not see a case about `official`: the official themself, or the head of the
 * official's unit (the chain that could retaliate or tip them off). Roles do not lift it.
 */
export function isRecused(actor: Pick<Actor, 'userId'>, official: { userId?: string | undefined; unitId?: string | undefined } | undefined, unitHeads: UnitHeads): boolean {
  if (!official) return false;
  if (official.userId !== undefined && official.userId === actor.userId) return true;
  return official.unitId !== undefined && headOf(unitHeads, official.unitId) === actor.userId;
}
