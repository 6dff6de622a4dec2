import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/access/policy.ts';
import { addDays } from '../../../shared/deadlines/civil-date.ts';
import { IllegalTransitionError } from '../../../shared/cases/errors.ts';
import {
  MISCONDUCT_COMMANDS,
  MISCONDUCT_MACHINE,
  MISCONDUCT_STATUSES,
  MisconductCaseSchema,
  type MisconductCase,
  type MisconductCommand,
  type MisconductCommandType,
  type MisconductOpeningInput,
  type MisconductStatus,
  allowedMisconductCommands,
  canHandleMisconduct,
  openMisconductCase,
  transitionMisconduct,
} from '../../../shared/cases/misconduct.ts';
import { maySeeRecord, recusedFrom } from '../../../shared/access/case-access.ts';
import { resolveOfficial } from '../../../shared/organization/official.ts';
import { AGENCY, calendar, directory, ruleSet, user, vn } from './fixtures.ts';

const OFFICIAL = resolveOfficial({ kind: 'directory', userId: 'u-accused' }, directory, 'official');
const RECUSED = recusedFrom(OFFICIAL, directory);
const inspector = user('u-inspector', ['inspector'], 'thanh-tra');
const OPENING: MisconductOpeningInput = {
  origin: { kind: 'citizen-case', caseId: 'case-1' },
  official: { kind: 'directory', userId: 'u-accused' },
  allegation: 'Gây phiền hà, yêu cầu nộp thêm giấy tờ không có trong thủ tục.',
  discoveredOn: '2026-03-02',
  violationOn: '2024-01-10',
};

const open = (over: Partial<MisconductOpeningInput> = {}, at = vn('2026-03-02')) =>
  openMisconductCase({ ...OPENING, ...over }, { id: 'mc-1', agencyId: AGENCY, at, actor: inspector, official: OFFICIAL, calendar, ruleSet });

/** Runs commands one day apart from `from`. */
function run(mc: MisconductCase, commands: MisconductCommand[], from: string, actor: Actor = inspector): MisconductCase {
  return commands.reduce((acc, cmd, i) => transitionMisconduct(acc, cmd, vn(addDays(from, i + 1)), actor, ruleSet, calendar, RECUSED).case, mc);
}

/** Written by hand from the brief: screening → inspection → conclusion → discipline → closed. */
const EXPECTED = new Map(
  `
  screening start-inspection inspection
  screening dismiss closed
  inspection assign-inspector inspection
  inspection record-findings inspection
  inspection conclude-violation concluded-violation
  inspection conclude-no-violation concluded-no-violation
  concluded-no-violation close closed
  concluded-violation hold-review-meeting discipline-review
  concluded-violation close closed
  discipline-review convene-council discipline-council
  discipline-review decide decided
  discipline-review close closed
  discipline-council decide decided
  discipline-council close closed
  decided close closed`
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/) as [MisconductStatus, MisconductCommandType, MisconductStatus])
    .map(([from, cmd, to]) => [`${from} ${cmd}`, to] as const),
);

function sample(type: MisconductCommandType): MisconductCommand {
  switch (type) {
    case 'start-inspection':
    case 'assign-inspector':
      return { type, inspectorUserId: 'u-inspector' };
    case 'dismiss':
      return { type, reason: 'Không có dấu hiệu vi phạm' };
    case 'record-findings':
      return { type, findings: 'Đã làm việc với người dân và cán bộ.' };
    case 'conclude-violation':
    case 'conclude-no-violation':
      return { type, summary: 'Kết luận kiểm tra', documentRef: 'KL 1' };
    case 'hold-review-meeting':
      return { type, minutesRef: 'BB 1' };
    case 'convene-council':
      return { type, documentRef: 'QĐ HĐ 1' };
    case 'decide':
      return { type, form: 'canh-cao', documentRef: 'QĐ KL 1' };
    case 'close':
      return { type, reason: 'Hoàn tất' };
  }
}

const PATHS: Record<MisconductStatus, MisconductCommandType[]> = {
  screening: [],
  inspection: ['start-inspection'],
  'concluded-no-violation': ['start-inspection', 'conclude-no-violation'],
  'concluded-violation': ['start-inspection', 'conclude-violation'],
  'discipline-review': ['start-inspection', 'conclude-violation', 'hold-review-meeting'],
  'discipline-council': ['start-inspection', 'conclude-violation', 'hold-review-meeting', 'convene-council'],
  decided: ['start-inspection', 'conclude-violation', 'hold-review-meeting', 'convene-council', 'decide'],
  closed: ['dismiss'],
};

describe('misconduct state machine', () => {
  it('has exactly the expected transitions', () => {
    const actual = new Map<string, MisconductStatus>();
    for (const status of MISCONDUCT_STATUSES) for (const cmd of allowedMisconductCommands(status)) actual.set(`${status} ${cmd}`, MISCONDUCT_MACHINE[status][cmd] as MisconductStatus);
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(EXPECTED));
  });

  const matrix = MISCONDUCT_STATUSES.flatMap((status) => MISCONDUCT_COMMANDS.map((command) => ({ status, command, to: EXPECTED.get(`${status} ${command}`) })));
  it.each(matrix)('$status --$command--> $to', ({ status, command, to }) => {
    const mc = run(open().case, PATHS[status].map(sample), '2026-03-02');
    expect(mc.status).toBe(status);
    const at = vn(addDays((mc.timeline.at(-1)?.at ?? '').slice(0, 10), 1));
    const act = () => transitionMisconduct(mc, sample(command), at, inspector, ruleSet, calendar, RECUSED);
    if (to === undefined) {
      expect(act).toThrow(IllegalTransitionError);
      expect(act).toThrow(expect.objectContaining({ code: 'illegal-transition', messageVi: expect.stringContaining(`“${status}”`) as string }) as Error);
    } else {
      const { case: next, event } = act();
      expect(next.status).toBe(to);
      expect(event).toMatchObject({ from: status, to, command, by: 'u-inspector', at, seq: mc.timeline.length });
      expect(MisconductCaseSchema.parse(next)).toEqual(next);
    }
  });
});

describe('misconduct deadlines and limitation', () => {
  it('handling time limit: 90 days from discovery, 150 when complex', () => {
    // 02/03/2026 + 90 = Sunday 31/05 → Monday 01/06; + 150 = Thursday 30/07.
    expect(open().case.deadlines.map((d) => [d.step, d.ruleId, d.due])).toEqual([['handling', 'ky-luat/xu-ly', '2026-06-01']]);
    expect(open({ complex: true }).case.deadlines[0]?.due).toBe('2026-07-30');
  });

  it('the decision meets the handling deadline', () => {
    const decided = transitionMisconduct(run(open().case, PATHS['discipline-council'].map(sample), '2026-03-02'), sample('decide'), vn('2026-04-01'), inspector, ruleSet, calendar, RECUSED);
    expect(decided.closed).toEqual([{ step: 'handling', status: 'met' }]);
    expect(decided.case.decision).toEqual({ form: 'canh-cao', documentRef: 'QĐ KL 1', decidedOn: '2026-04-01', by: 'u-inspector' });
    expect(decided.warnings).toEqual([]);
  });

  it('warns when deciding after the handling time limit, without refusing', () => {
    const council = run(open().case, PATHS['discipline-council'].map(sample), '2026-03-02');
    expect(transitionMisconduct(council, sample('decide'), vn('2026-06-02'), inspector, ruleSet, calendar, RECUSED).warnings.map((w) => w.code)).toEqual(['handling-overdue']);
  });

  // Violation on 10/03/2021: khiển trách until 10/03/2026 (a Tuesday), other forms until 10/03/2031.
  const review = run(open({ violationOn: '2021-03-10', discoveredOn: '2026-02-02' }, vn('2026-02-02')).case, PATHS['discipline-review'].map(sample), '2026-02-02');
  const decide = (form: 'khien-trach' | 'canh-cao', on: string) => transitionMisconduct(review, { type: 'decide', form, documentRef: 'QĐ' }, vn(on), inspector, ruleSet, calendar, RECUSED);

  it('allows a reprimand on the last day of its 5 years and refuses it the day after', () => {
    expect(decide('khien-trach', '2026-03-10').case.decision?.form).toBe('khien-trach');
    expect(() => decide('khien-trach', '2026-03-11')).toThrow(expect.objectContaining({ code: 'discipline-limitation-expired', status: 409 }) as Error);
    expect(decide('canh-cao', '2026-03-11').case.decision?.form).toBe('canh-cao');
  });

  it('warns at opening when the reprimand limit or all limits have passed', () => {
    expect(open({ violationOn: '2020-05-15' }).warnings.map((w) => w.code)).toEqual(['limitation-reprimand-expired']);
    // 04/01/2016 + 10 years = 04/01/2026, a day off → 05/01/2026; discovered 06/01/2026.
    expect(open({ violationOn: '2016-01-04', discoveredOn: '2026-01-06' }).warnings.map((w) => w.code)).toEqual(['limitation-expired']);
    expect(open({ violationOn: undefined }).warnings.map((w) => w.code)).toEqual(['violation-date-unknown']);
  });

  it('refuses every form after 10 years, unless the violation is exempt from thời hiệu', () => {
    const expired = run(open({ violationOn: '2015-06-01', discoveredOn: '2026-03-02' }).case, PATHS['discipline-council'].map(sample), '2026-03-02');
    expect(() => transitionMisconduct(expired, sample('decide'), vn('2026-03-20'), inspector, ruleSet, calendar, RECUSED)).toThrow(expect.objectContaining({ code: 'discipline-limitation-expired' }) as Error);
    const exempt = run(open({ violationOn: '2015-06-01', noLimitation: { ground: 'Sử dụng văn bằng giả' } }).case, PATHS['discipline-council'].map(sample), '2026-03-02');
    expect(transitionMisconduct(exempt, sample('decide'), vn('2026-03-20'), inspector, ruleSet, calendar, RECUSED).case.status).toBe('decided');
  });

  it('needs the violation date before a decision, and takes it from the findings', () => {
    const unknown = run(open({ violationOn: undefined }).case, PATHS['discipline-council'].map(sample), '2026-03-02');
    expect(() => transitionMisconduct(unknown, sample('decide'), vn('2026-03-20'), inspector, ruleSet, calendar, RECUSED)).toThrow(expect.objectContaining({ code: 'violation-date-required' }) as Error);
    const known = run(open({ violationOn: undefined }).case, [sample('start-inspection'), { type: 'record-findings', findings: 'Vi phạm ngày 05/01/2025', violationOn: '2025-01-05' }], '2026-03-02');
    expect(known.violationOn).toBe('2025-01-05');
    expect(() => run(known, [{ type: 'record-findings', findings: 'x', violationOn: '2026-03-03' }], '2026-03-04')).toThrow(expect.objectContaining({ code: 'invalid-decision-date' }) as Error);
  });

  it('refuses a discovery date in the future or a violation after its discovery', () => {
    expect(() => open({ discoveredOn: '2026-03-03' })).toThrow(expect.objectContaining({ code: 'invalid-misconduct' }) as Error);
    expect(() => open({ violationOn: '2026-03-03', discoveredOn: '2026-03-02' })).toThrow(expect.objectContaining({ code: 'invalid-misconduct' }) as Error);
  });
});

describe('recusal', () => {
  const mc = open().case;
  it.each([
    ['the accused, though an inspector', user('u-accused', ['inspector'], 'phong-qlkh'), false],
    ['the head of the accused’s unit, though a leader and inspector', user('u-head-qlkh', ['leader', 'inspector'], 'phong-qlkh'), false],
    ['another inspector', user('u-inspector-2', ['inspector'], 'thanh-tra'), true],
    ['a leader', user('u-director', ['leader']), true],
    ['an office user (no misconduct.read grant)', user('u-office', ['office'], 'van-phong'), false],
    ['an inspector of another agency', { ...user('u-inspector-3', ['inspector']), agencyId: 'so-khac' }, false],
  ])('%s: sees=%s', (_who, actor, sees) => {
    expect(maySeeRecord(actor, { agencyId: mc.agencyId, kind: 'misconduct', official: mc.official }, directory)).toBe(sees);
  });

  it('a recused user cannot act on it, nor be assigned as its inspector', () => {
    expect(() => transitionMisconduct(mc, sample('start-inspection'), vn('2026-03-03'), user('u-accused', ['inspector']), ruleSet, calendar, RECUSED)).toThrow(expect.objectContaining({ code: 'forbidden' }) as Error);
    expect(() => transitionMisconduct(mc, { type: 'start-inspection', inspectorUserId: 'u-head-qlkh' }, vn('2026-03-03'), inspector, ruleSet, calendar, RECUSED)).toThrow(
      expect.objectContaining({ code: 'recused-inspector' }) as Error,
    );
  });

  it('once assigned, only the assigned inspector handles it', () => {
    const assigned = run(mc, [sample('start-inspection')], '2026-03-02');
    expect(canHandleMisconduct(inspector, assigned, RECUSED)).toBe(true);
    expect(canHandleMisconduct(user('u-inspector-2', ['inspector']), assigned, RECUSED)).toBe(false);
    expect(maySeeRecord(user('u-inspector-2', ['inspector']), { agencyId: assigned.agencyId, kind: 'misconduct', official: assigned.official }, directory)).toBe(true);
  });
});
