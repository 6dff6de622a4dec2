import { normalizeVietnamese } from '../text.ts';
import type { Agency, Unit, User } from './model.ts';

/**
 * The agency's directory as one use case reads it, once: who is who, who heads what. Every protection
 * (recusal, who may know a denouncer, who receives an alert) is derived from it, never from names or
 * units typed on a record.
 */
export class Directory {
  readonly #users: ReadonlyMap<string, User>;
  readonly #units: ReadonlyMap<string, Unit>;

  constructor(
    readonly agency: Agency | undefined,
    readonly units: readonly Unit[],
    readonly users: readonly User[],
  ) {
    this.#users = new Map(users.map((u) => [u.userId, u]));
    this.#units = new Map(units.map((u) => [u.unitId, u]));
  }

  user(userId: string | undefined): User | undefined {
    return userId === undefined ? undefined : this.#users.get(userId);
  }

  unit(unitId: string | undefined): Unit | undefined {
    return unitId === undefined ? undefined : this.#units.get(unitId);
  }

  /** The head of a unit as the directory says today; undefined when vacant. */
  headOf(unitId: string | undefined): string | undefined {
    return this.unit(unitId)?.headUserId;
  }

  /** The head of the office unit (Chánh Văn phòng), when that person holds the office role and is active. */
  officeHead(): string | undefined {
    const head = this.user(this.units.find((u) => u.kind === 'office' && u.active)?.headUserId);
    return head?.active && head.roles.includes('office') ? head.userId : undefined;
  }

  /** The head of the agency (Thủ trưởng), who signs decisions on denunciations; an active leader. */
  agencyHead(): string | undefined {
    const head = this.user(this.agency?.headUserId);
    return head?.active && head.roles.includes('leader') ? head.userId : undefined;
  }

  /** Users whose name is the same as `name`, ignoring case, diacritics and spacing ("Le Van C" = "Lê Văn C"). */
  namesakes(name: string | undefined): User[] {
    const wanted = name ? normalizeVietnamese(name) : '';
    if (!wanted) return [];
    return this.users.filter((u) => normalizeVietnamese(u.fullName) === wanted);
  }
}
