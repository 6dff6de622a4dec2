import * as z from 'zod';
import { type CivilDate, CivilDateSchema, formatVi } from './civil-date.ts';
import { DeadlineRuleError } from './errors.ts';
import type { Rule } from './rules.ts';

/** Extensions (gia hạn) and suspensions (tạm đình chỉ) of a deadline, as decided, and the rule's limits on them. */

export const ExtensionSchema = z.object({
  /** At least 1; checked with the rule so a rule without extensions refuses any, whatever its length. */
  days: z.number().int(),
  decidedOn: CivilDateSchema,
  reason: z.string().min(1),
  by: z.string().min(1),
});
export type Extension = z.infer<typeof ExtensionSchema>;

/** Days from `from` (inclusive) to `until` (exclusive) are not counted; `until` is the resumption decision. */
export const SuspensionSchema = z.object({
  from: CivilDateSchema,
  until: CivilDateSchema.optional(),
});
export type Suspension = z.infer<typeof SuspensionSchema>;

export function checkExtensions(rule: Rule, limit: Rule['extensions'], extensions: Extension[], trigger: CivilDate): void {
  if (extensions.length === 0) return;
  if (limit.maxCount === 0) {
    throw new DeadlineRuleError(
      'extension-not-allowed',
      `Quy tắc ${rule.id} không cho phép gia hạn`,
      `Rule ${rule.id} allows no extension`,
    );
  }
  if (extensions.length > limit.maxCount) {
    throw new DeadlineRuleError(
      'extension-limit',
      `Quy tắc ${rule.id} chỉ cho phép gia hạn tối đa ${limit.maxCount} lần (yêu cầu ${extensions.length})`,
      `Rule ${rule.id} allows at most ${limit.maxCount} extension(s) (got ${extensions.length})`,
    );
  }
  for (const e of extensions) {
    if (e.days < 1) {
      throw new DeadlineRuleError(
        'invalid-extension',
        `Số ngày gia hạn phải từ 1 trở lên (nhận ${e.days})`,
        `An extension must add at least 1 day (got ${e.days})`,
      );
    }
    if (e.days > limit.maxDaysEach) {
      throw new DeadlineRuleError(
        'extension-limit',
        `Mỗi lần gia hạn theo quy tắc ${rule.id} không quá ${limit.maxDaysEach} ${limit.unit === 'working-days' ? 'ngày làm việc' : 'ngày'} (yêu cầu ${e.days})`,
        `Each extension under rule ${rule.id} is at most ${limit.maxDaysEach} ${limit.unit === 'working-days' ? 'working days' : 'days'} (got ${e.days})`,
      );
    }
    if (e.decidedOn < trigger) {
      throw new DeadlineRuleError(
        'invalid-extension',
        `Quyết định gia hạn ngày ${formatVi(e.decidedOn)} trước ngày xảy ra sự kiện ${formatVi(trigger)}`,
        `Extension decided on ${e.decidedOn}, before the trigger date ${trigger}`,
      );
    }
  }
}

export function checkSuspensions(rule: Rule, suspensions: Suspension[], trigger: CivilDate): void {
  if (suspensions.length === 0) return;
  if (!rule.suspension) {
    throw new DeadlineRuleError(
      'suspension-not-allowed',
      `Quy tắc ${rule.id} (phiên bản ${rule.version}) không cho phép tạm đình chỉ`,
      `Rule ${rule.id} (version ${rule.version}) does not allow suspension`,
    );
  }
  let previousEnd: CivilDate = trigger;
  suspensions.forEach((s, i) => {
    const refuse = (vi: string, en: string): never => {
      throw new DeadlineRuleError(
        'invalid-suspension',
        `Tạm đình chỉ thứ ${i + 1} (từ ${formatVi(s.from)}) không hợp lệ: ${vi}`,
        `Suspension ${i + 1} (from ${s.from}) is invalid: it ${en}`,
      );
    };
    if (s.from < previousEnd) refuse('bắt đầu trước sự kiện hoặc chồng lấn lần trước', 'starts before the trigger or overlaps the previous one');
    if (s.until !== undefined && s.until < s.from) refuse('ngày tiếp tục trước ngày tạm đình chỉ', 'resumes before it starts');
    if (s.until === undefined && i < suspensions.length - 1) refuse('chưa kết thúc nhưng không phải lần cuối', 'is open but not the last one');
    previousEnd = s.until ?? s.from;
  });
}
