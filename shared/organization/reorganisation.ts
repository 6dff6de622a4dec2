import * as z from 'zod';
import { CivilDateSchema, type CivilDate } from '../deadlines/civil-date.ts';
import { ValidationError } from '../errors.ts';
import type { Directory } from './directory.ts';
import { NewUnitSchema, UnitIdSchema, type DirectoryEvent, type Unit, type User } from './model.ts';

const NewSuccessorSchema = NewUnitSchema.pick({ unitId: true, name: true, kind: true, reportingEmails: true });

/**
 * A change of the agency's structure with the day it takes effect (the 2025 reorganisation merged
 * departments): a unit renamed; units merged into one (an existing one absorbs the others, or a new
 * one replaces them); a unit split into new ones, each member placed in one of them.
 */
export const ReorganisationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rename'), unitId: UnitIdSchema, name: NewUnitSchema.shape.name, effectiveOn: CivilDateSchema }),
  z.object({
    kind: z.literal('merge'),
    unitIds: z.array(UnitIdSchema).min(2, { error: 'Chọn ít nhất hai đơn vị để sáp nhập / Choose at least two units to merge' }).max(20),
    /** One of `unitIds` (it absorbs the others) or a new unit. */
    into: z.union([UnitIdSchema, NewSuccessorSchema]),
    headUserId: z.string().min(1).max(128).optional(),
    effectiveOn: CivilDateSchema,
  }),
  z.object({
    kind: z.literal('split'),
    unitId: UnitIdSchema,
    into: z.array(NewSuccessorSchema).min(2, { error: 'Chia tách thành ít nhất hai đơn vị / Split into at least two units' }).max(10),
    /** Where each active member goes. */
    members: z.record(z.string(), UnitIdSchema),
    /** The successor that takes the open reports and cases. */
    openWorkTo: UnitIdSchema,
    effectiveOn: CivilDateSchema,
  }),
]);
export type Reorganisation = z.output<typeof ReorganisationSchema>;
export type ReorganisationInput = z.input<typeof ReorganisationSchema>;

/** Records other capabilities keep per unit (report obligations, citizen cases) that follow a merged or split unit. */
export interface UnitSuccession {
  /** Moves what is still open of units `from`, from `effectiveOn`, to `to`; safe to repeat. Returns how many records moved. */
  moveOpenWork(agencyId: string, from: readonly string[], to: string, effectiveOn: CivilDate, by: string): Promise<number>;
}

/** What a reorganisation writes: units and users as they will be, the events, and where open work goes. */
export interface ReorganisationPlan {
  units: { unit: Unit; expectedVersion: number | null; action: DirectoryEvent['action'] }[];
  users: { user: User; expectedVersion: number }[];
  openWork: { from: string[]; to: string } | null;
}

const refuse = (code: string, vi: string, en: string, path = 'body') => new ValidationError(code, vi, en, [{ path, message: `${vi} / ${en}` }]);

/**
 * Works out a reorganisation on the directory as it is, refusing what cannot be done: unknown or ended
 * units, a date in the future (the office records a decision once it is in force), a member left
 * without a unit. The directory's own rules are checked on the result by the caller.
 */
export function planReorganisation(directory: Directory, r: Reorganisation, today: CivilDate): ReorganisationPlan {
  if (r.effectiveOn > today) {
    throw refuse('reorganisation-in-future', 'Ngày có hiệu lực không được sau hôm nay: hãy ghi nhận khi quyết định đã có hiệu lực.', 'The effective date cannot be after today: record it once the decision is in force.', 'body.reorganisation.effectiveOn');
  }
  const existing = (unitId: string) => {
    const unit = directory.unit(unitId);
    if (!unit || unit.endedOn) throw refuse('unknown-unit', `Không có đơn vị đang hoạt động “${unitId}”.`, `No current unit “${unitId}”.`);
    return unit;
  };
  const fresh = (u: z.output<typeof NewSuccessorSchema>, predecessors: string[]): Unit => {
    if (directory.unit(u.unitId)) throw refuse('unit-exists', `Mã đơn vị “${u.unitId}” đã được dùng.`, `The unit id “${u.unitId}” is taken.`);
    return { ...u, agencyId: directory.agency?.agencyId ?? '', active: true, startedOn: r.effectiveOn, predecessorUnitIds: predecessors, version: 0 };
  };
  const ended = (unit: Unit, successors: string[]): Unit => {
    const { headUserId: _head, ...rest } = unit;
    return { ...rest, active: false, endedOn: r.effectiveOn, successorUnitIds: successors };
  };
  const move = (user: User, unitId: string) => ({ user: { ...user, unitId }, expectedVersion: user.version });
  const membersOf = (unitId: string) => directory.users.filter((u) => u.active && u.unitId === unitId);

  if (r.kind === 'rename') {
    const unit = existing(r.unitId);
    const formerNames = [...(unit.formerNames ?? []), { name: unit.name, until: r.effectiveOn }];
    return { units: [{ unit: { ...unit, name: r.name, formerNames }, expectedVersion: unit.version, action: 'unit.renamed' }], users: [], openWork: null };
  }

  if (r.kind === 'merge') {
    const sources = [...new Set(r.unitIds)].map(existing);
    const absorbing = typeof r.into === 'string' ? sources.find((u) => u.unitId === r.into) : undefined;
    if (typeof r.into === 'string' && !absorbing) throw refuse('invalid-merge', 'Đơn vị tiếp nhận phải là một trong các đơn vị được sáp nhập, hoặc một đơn vị mới.', 'The receiving unit must be one of the merged units, or a new one.');
    const target = absorbing ?? fresh(r.into as z.output<typeof NewSuccessorSchema>, sources.map((u) => u.unitId));
    const others = sources.filter((u) => u.unitId !== target.unitId);
    const targetUnit: Unit = {
      ...target,
      ...(absorbing ? { predecessorUnitIds: [...(absorbing.predecessorUnitIds ?? []), ...others.map((u) => u.unitId)] } : {}),
      ...(r.headUserId ? { headUserId: r.headUserId } : {}),
    };
    return {
      units: [
        { unit: targetUnit, expectedVersion: absorbing ? absorbing.version : null, action: absorbing ? 'unit.merged' : 'unit.created' },
        ...others.map((u) => ({ unit: ended(u, [target.unitId]), expectedVersion: u.version, action: 'unit.merged' as const })),
      ],
      users: others.flatMap((u) => membersOf(u.unitId)).map((user) => move(user, target.unitId)),
      openWork: { from: others.map((u) => u.unitId), to: target.unitId },
    };
  }

  const source = existing(r.unitId);
  const successors = r.into.map((u) => fresh(u, [source.unitId]));
  const ids = new Set(successors.map((u) => u.unitId));
  if (ids.size !== successors.length) throw refuse('invalid-split', 'Các đơn vị mới phải có mã khác nhau.', 'The new units need distinct ids.');
  if (!ids.has(r.openWorkTo)) throw refuse('invalid-split', 'Đơn vị tiếp nhận báo cáo và hồ sơ đang mở phải là một trong các đơn vị mới.', 'The unit taking the open reports and cases must be one of the new units.', 'body.reorganisation.openWorkTo');
  const members = membersOf(source.unitId);
  const unplaced = members.filter((u) => !ids.has(r.members[u.userId] ?? ''));
  if (unplaced.length > 0) {
    const who = unplaced.map((u) => u.fullName).join(', ');
    throw refuse('member-unplaced', `Chưa xếp đơn vị mới cho: ${who}.`, `No new unit chosen for: ${who}.`, 'body.reorganisation.members');
  }
  return {
    units: [...successors.map((unit) => ({ unit, expectedVersion: null, action: 'unit.split' as const })), { unit: ended(source, [...ids]), expectedVersion: source.version, action: 'unit.split' }],
    users: members.map((user) => move(user, r.members[user.userId] as string)),
    openWork: { from: [source.unitId], to: r.openWorkTo },
  };
}
