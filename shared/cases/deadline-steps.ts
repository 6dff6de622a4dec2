import type { WorkingCalendar } from '../deadlines/calendar.ts';
import { type DeadlineInput, type DeadlineResult, DeadlineInputSchema, computeDeadline } from '../deadlines/compute.ts';
import type { RuleSet } from '../deadlines/rules.ts';
import type { CaseDeadline, CaseType, CaseVariant, Channel, DeadlineStep } from './model.ts';

/** A step's deadline as the engine computed it: what a `TrackedDeadline` is created or recomputed from. */
export interface ComputedStep {
  step: DeadlineStep;
  input: DeadlineInput;
  result: DeadlineResult;
}

/** A step whose deadline stopped being watched: `met` when the step was done, `cancelled` when it no longer applies. */
export interface ClosedStep {
  step: DeadlineStep;
  status: 'met' | 'cancelled';
}

/**
 * Information requests have per-channel periods (Luật Tiếp cận thông tin Điều 29–31): in person is
 * answered on the spot (simple) or within 10 working days (complex); the web form and e-mail are the
 * "electronic network"; post, and a request forwarded to us, use the default (post/fax) period.
 */
function informationVariants(complex: boolean, channel: Channel): string[] {
  if (channel === 'truc-tiep') return ['in-person'];
  if (!complex && (channel === 'email' || channel === 'web')) return ['electronic'];
  return [];
}

/**
 * The deadlines a case owes from its receipt: thụ lý (or, for an information request, the answer itself).
 * @example receiptSteps('to-cao', 'web', ['multi-location'], '2025-03-03T02:00:00Z')
 *   // → [{ step: 'acceptance', input: { ruleId: 'to-cao/thu-ly', trigger: …, variants: ['multi-location'] } }]
 */
export function receiptSteps(type: CaseType, channel: Channel, variants: readonly CaseVariant[], receivedAt: string): { step: DeadlineStep; input: DeadlineInput }[] {
  const trigger = receivedAt;
  switch (type) {
    case 'khieu-nai-lan-1':
    case 'khieu-nai-lan-2':
      return [{ step: 'acceptance', input: { ruleId: 'khieu-nai/thu-ly', trigger } }];
    case 'to-cao':
      return [{ step: 'acceptance', input: { ruleId: 'to-cao/thu-ly', trigger, variants: variants.filter((v) => v === 'multi-location') } }];
    case 'kien-nghi-phan-anh':
      return [{ step: 'acceptance', input: { ruleId: 'kien-nghi/xu-ly-don', trigger } }];
    case 'yeu-cau-thong-tin': {
      const complex = variants.includes('complex');
      const provision = {
        step: 'provision' as const,
        input: { ruleId: complex ? 'tiep-can-thong-tin/phuc-tap' : 'tiep-can-thong-tin/don-gian', trigger, variants: informationVariants(complex, channel) },
      };
      // A complex request also owes the requester a notice of its time limit (Điều 30–31).
      return complex ? [provision, { step: 'complex-notice', input: { ruleId: 'tiep-can-thong-tin/thong-bao', trigger } }] : [provision];
    }
  }
}

/** The deadlines that start at thụ lý: resolution (khiếu nại, tố cáo) and, for tố cáo, notifying the parties. */
export function acceptanceSteps(type: CaseType, variants: readonly CaseVariant[], acceptedOn: string): { step: DeadlineStep; input: DeadlineInput }[] {
  const complaintVariants = variants.filter((v) => v === 'complex' || v === 'remote');
  switch (type) {
    case 'khieu-nai-lan-1':
      return [{ step: 'resolution', input: { ruleId: 'khieu-nai/lan-1', trigger: acceptedOn, variants: complaintVariants } }];
    case 'khieu-nai-lan-2':
      return [{ step: 'resolution', input: { ruleId: 'khieu-nai/lan-2', trigger: acceptedOn, variants: complaintVariants } }];
    case 'to-cao':
      return [
        { step: 'notification', input: { ruleId: 'to-cao/thong-bao-thu-ly', trigger: acceptedOn } },
        { step: 'resolution', input: { ruleId: 'to-cao/giai-quyet', trigger: acceptedOn } },
      ];
    case 'kien-nghi-phan-anh':
    case 'yeu-cau-thong-tin':
      return [];
  }
}

/** Runs the engine for one step; its errors (`DeadlineRuleError`…) propagate unchanged. */
export function computeStep(step: DeadlineStep, input: DeadlineInput, calendar: WorkingCalendar, ruleSet: RuleSet): { entry: CaseDeadline; computed: ComputedStep } {
  const stored = DeadlineInputSchema.parse(input);
  const result = computeDeadline(stored, calendar, ruleSet);
  return {
    entry: {
      step,
      ruleId: stored.ruleId,
      input: stored,
      ruleVersion: result.rule.version,
      due: result.due,
      dueInstant: result.dueInstant,
      status: 'open',
    },
    computed: { step, input: stored, result },
  };
}
