import * as z from 'zod';
import { ValidationError } from '../errors.ts';
import { requiredText } from '../text-schema.ts';
import type { Directory } from './directory.ts';

const text = (max: number, vi: string, en: string) => requiredText(vi, en, { max });

const UserIdSchema = z.string().min(1).max(128);

/**
 * The official a record names (the accused in a denunciation, the official concerned in a complaint,
 * petition or feedback, the subject of a misconduct case), as stored:
 * - `directory`: a user of the agency; name, unit and unit head are copied from the directory when the
 *   record is made, so "the head at the time of the case" stays known after a reorganisation;
 * - `outside`: someone not in the agency, with the office's reason ("không thuộc cơ quan");
 * - `reported`: as a citizen wrote it on the public form, not yet identified by the office.
 * Protection never relies on these copies alone: see `recusedFrom` in `shared/access/case-access.ts`.
 */
export const OfficialSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('directory'),
    userId: UserIdSchema,
    name: z.string(),
    position: z.string().optional(),
    unitId: z.string().optional(),
    unitName: z.string().optional(),
    unitHeadUserId: z.string().optional(),
  }),
  z.object({
    kind: z.literal('outside'),
    name: z.string(),
    position: z.string().optional(),
    organisation: z.string().optional(),
    reason: z.string(),
    /** Directory users the office confirmed this person is not (namesakes). */
    notSameAs: z.array(UserIdSchema).max(10).default([]),
  }),
  z.object({
    kind: z.literal('reported'),
    name: z.string().optional(),
    position: z.string().optional(),
    unitName: z.string().optional(),
  }),
]);
export type Official = z.infer<typeof OfficialSchema>;

const PICK_MESSAGE =
  'Chọn cán bộ từ danh bạ, hoặc ghi người ngoài cơ quan kèm lý do / Pick the official from the directory, or record a person outside the agency with a reason';

/** What the office enters: a directory user, or a person outside the agency with the reason. Never free text alone. */
export const OfficialInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('directory'), userId: UserIdSchema }).strict(),
    z
      .object({
        kind: z.literal('outside'),
        name: text(120, 'Họ tên người bị phản ánh, tố cáo', 'Name of the official'),
        position: text(200, 'Chức vụ', 'Position').optional(),
        organisation: text(200, 'Cơ quan, đơn vị công tác', 'Organisation').optional(),
        reason: text(500, 'Lý do không thuộc danh bạ cơ quan', 'Reason the person is not in the directory'),
        notSameAs: z.array(UserIdSchema).max(10).default([]),
      })
      .strict(),
  ],
  { error: PICK_MESSAGE },
);
export type OfficialInput = z.input<typeof OfficialInputSchema>;

/** What a citizen may write about an official on the public form; the office identifies them later. */
export const ReportedOfficialInputSchema = z
  .object({
    name: text(120, 'Họ tên cán bộ', 'Official’s name').optional(),
    position: text(200, 'Chức vụ', 'Position').optional(),
    unitName: text(200, 'Đơn vị công tác', 'Unit').optional(),
  })
  .strict();
export type ReportedOfficialInput = z.input<typeof ReportedOfficialInputSchema>;

/**
 * Turns what the office entered into the stored official, checked against the directory: a directory
 * user must exist; a person recorded as outside must not share a name with a directory user unless the
 * office said which namesakes they are not. `path` names the field in errors.
 */
export function resolveOfficial(input: z.output<typeof OfficialInputSchema>, directory: Directory, path: string): Official {
  if (input.kind === 'directory') {
    const user = directory.user(input.userId);
    if (!user) {
      throw new ValidationError('unknown-official', 'Không tìm thấy cán bộ này trong danh bạ của cơ quan.', 'This official is not in the agency’s directory.', [{ path: `${path}.userId`, message: input.userId }]);
    }
    const unit = directory.unit(user.unitId);
    return {
      kind: 'directory',
      userId: user.userId,
      name: user.fullName,
      ...(user.title ? { position: user.title } : {}),
      ...(unit ? { unitId: unit.unitId, unitName: unit.name } : {}),
      ...(unit?.headUserId ? { unitHeadUserId: unit.headUserId } : {}),
    };
  }
  const namesakes = directory.namesakes(input.name).filter((u) => !input.notSameAs.includes(u.userId));
  if (namesakes.length > 0) {
    const who = namesakes.map((u) => `${u.fullName}${u.title ? ` (${u.title})` : ''}`).join('; ');
    throw new ValidationError(
      'ambiguous-official',
      `Tên “${input.name}” trùng với cán bộ trong danh bạ: ${who}. Hãy chọn cán bộ đó từ danh bạ, hoặc xác nhận đây là người khác.`,
      `The name “${input.name}” matches someone in the directory: ${who}. Pick that person from the directory, or confirm this is someone else.`,
      namesakes.map((u) => ({ path: `${path}.notSameAs`, message: u.userId })),
    );
  }
  return {
    kind: 'outside',
    name: input.name,
    ...(input.position ? { position: input.position } : {}),
    ...(input.organisation ? { organisation: input.organisation } : {}),
    reason: input.reason,
    notSameAs: input.notSameAs,
  };
}

/** A citizen's words about an official, kept as written; undefined when they named no one. */
export function reportedOfficial(input: z.output<typeof ReportedOfficialInputSchema> | undefined): Official | undefined {
  if (!input || (!input.name && !input.position && !input.unitName)) return undefined;
  return { kind: 'reported', ...input };
}
