import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/deadlines/civil-date.ts';
import { IllegalTransitionError } from '../../../shared/cases/errors.ts';
import { CASE_COMMANDS, CASE_MACHINES, type CaseCommand, type CaseCommandType, allowedCommands, availableCommands, transition } from '../../../shared/cases/lifecycle.ts';
import { CASE_STATUSES, CASE_TYPES, type CaseStatus, type CaseType, type CitizenCase, CitizenCaseSchema } from '../../../shared/cases/model.ts';
import { AGENCY, apply, calendar, officer, register, registration, ruleSet, user, vn } from './fixtures.ts';

/**
 * The expected machine of each type, written out by hand from the brief and legal-rules.md rather than
 * derived from the code: one `status command → next` per line. Anything not listed must be refused.
 */
const INTAKE = `
  received accept accepted
  received transfer transferred
  received reject not-accepted
  transferred close closed
  not-accepted close closed
  resolved close closed`;
const EXPECTED_TEXT: Record<CaseType, string> = {
  'khieu-nai-lan-1': `${INTAKE}
    accepted start in-progress
    in-progress suspend suspended
    in-progress resolve resolved
    suspended resume in-progress`,
  'khieu-nai-lan-2': `${INTAKE}
    accepted start in-progress
    in-progress suspend suspended
    in-progress resolve resolved
    suspended resume in-progress`,
  'to-cao': `${INTAKE}
    lead transfer transferred
    lead close closed
    accepted notify accepted
    accepted start in-progress
    accepted extend extended
    accepted resolve resolved
    in-progress notify in-progress
    in-progress extend extended
    in-progress resolve resolved
    extended notify extended
    extended extend extended
    extended resolve resolved`,
  'kien-nghi-phan-anh': `${INTAKE}
    accepted start in-progress
    in-progress resolve resolved`,
  'yeu-cau-thong-tin': `
    received accept accepted
    received reject not-accepted
    not-accepted close closed
    accepted start in-progress
    accepted extend extended
    accepted resolve resolved
    accepted refuse refused
    in-progress extend extended
    in-progress resolve resolved
    in-progress refuse refused
    extended extend extended
    extended resolve resolved
    extended refuse refused
    resolved close closed
    refused close closed`,
};

const EXPECTED: Record<CaseType, Map<string, CaseStatus>> = Object.fromEntries(
  CASE_TYPES.map((type) => [
    type,
    new Map(
      EXPECTED_TEXT[type]
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/\s+/) as [CaseStatus, CaseCommandType, CaseStatus])
        .map(([from, command, to]) => [`${from} ${command}`, to] as const),
    ),
  ]),
) as Record<CaseType, Map<string, CaseStatus>>;

/** Legal edges the engine still refuses with the default rules: the rule allows one extension of a complex information request. */
const ENGINE_REFUSES: Partial<Record<CaseType, Record<string, string>>> = { 'yeu-cau-thong-tin': { 'extended extend': 'extension-limit' } };

const RECEIVED = '2026-07-06'; // a Monday after 01/07/2026, so a complaint may be suspended

function sample(command: CaseCommandType, type: CaseType): CaseCommand {
  switch (command) {
    case 'accept':
      return { type: 'accept' };
    case 'transfer':
      return { type: 'transfer', to: 'UBND huyện Sơn Tịnh', reason: 'Không thuộc thẩm quyền' };
    case 'reject':
      return { type: 'reject', reason: 'incomplete-information', text: 'Thiếu địa chỉ người gửi' };
    case 'start':
      return { type: 'start', handlerUserId: 'u-handler' };
    case 'notify':
      return { type: 'notify', documentRef: 'TB 01/TB-SKHCN' };
    case 'extend':
      // The information fixture is received in person: a complex request may gain at most 10 working days.
      return { type: 'extend', days: type === 'to-cao' ? 30 : 10, reason: 'Vụ việc phức tạp', documentRef: 'QĐ 02/QĐ-SKHCN' };
    case 'suspend':
      return { type: 'suspend', reason: 'Chờ kết quả giám định', documentRef: 'QĐ 03/QĐ-SKHCN' };
    case 'resume':
      return { type: 'resume', documentRef: 'QĐ 04/QĐ-SKHCN' };
    case 'resolve': {
      const outcome = type === 'yeu-cau-thong-tin' ? 'provided' : type === 'kien-nghi-phan-anh' ? 'answered' : 'upheld';
      return { type: 'resolve', outcome, documentRef: 'QĐ 05/QĐ-SKHCN', publicSummary: 'Đã giải quyết.' };
    }
    case 'refuse':
      return { type: 'refuse', reason: 'not-held', text: 'Cơ quan không nắm giữ thông tin', documentRef: 'TB 06/TB-SKHCN' };
    case 'close':
      return { type: 'close' };
  }
}

/** A path of commands to each status, where the type allows it. */
const PATHS: Record<Exclude<CaseStatus, 'lead'>, CaseCommandType[]> = {
  received: [],
  accepted: ['accept'],
  transferred: ['transfer'],
  'not-accepted': ['reject'],
  'in-progress': ['accept', 'start'],
  extended: ['accept', 'start', 'extend'],
  suspended: ['accept', 'start', 'suspend'],
  resolved: ['accept', 'start', 'resolve'],
  refused: ['accept', 'refuse'],
  closed: ['reject', 'close'],
};

function reachable(type: CaseType): Set<CaseStatus> {
  const seen = new Set<CaseStatus>(type === 'to-cao' ? ['received', 'lead'] : ['received']);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [edge, to] of EXPECTED[type]) {
      if (seen.has(edge.split(' ')[0] as CaseStatus) && !seen.has(to)) {
        seen.add(to);
        grew = true;
      }
    }
  }
  return seen;
}

function fresh(type: CaseType): CitizenCase {
  return register(registration(type, vn(RECEIVED), type === 'yeu-cau-thong-tin' ? { variants: ['complex'] } : {})).case;
}

/** A case of `type` in `status`: reached through real commands, or forced when the type never reaches it. */
function caseIn(type: CaseType, status: CaseStatus): { c: CitizenCase; forced: boolean } {
  if (!reachable(type).has(status)) return { c: { ...fresh(type), status }, forced: true };
  if (status === 'lead') return { c: register(registration(type, vn(RECEIVED), { anonymous: true, petitioner: {} })).case, forced: false };
  return { c: apply(fresh(type), PATHS[status].map((cmd) => sample(cmd, type)), RECEIVED), forced: false };
}

describe('case state machines', () => {
  it.each(CASE_TYPES)('%s: the machine has exactly the expected transitions', (type) => {
    const actual = new Map<string, CaseStatus>();
    for (const status of CASE_STATUSES) {
      for (const command of allowedCommands(type, status)) actual.set(`${status} ${command}`, CASE_MACHINES[type][status]?.[command] as CaseStatus);
    }
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(EXPECTED[type]));
  });

  const matrix = CASE_TYPES.flatMap((type) =>
    CASE_STATUSES.flatMap((status) => CASE_COMMANDS.map((command) => ({ type, status, command, to: EXPECTED[type].get(`${status} ${command}`) }))),
  );

  it.each(matrix)('$type: $status --$command--> $to', ({ type, status, command, to }) => {
    const { c, forced } = caseIn(type, status);
    expect(c.status).toBe(status);
    const last = c.timeline.at(-1)?.at ?? c.receivedAt;
    const at = vn(addDays(last.slice(0, 10), 1));
    const act = () => transition(c, sample(command, type), at, officer, ruleSet, calendar);
    const refusal = ENGINE_REFUSES[type]?.[`${status} ${command}`];
    if (to === undefined) {
      expect(act).toThrow(IllegalTransitionError);
      try {
        act();
      } catch (error) {
        expect((error as IllegalTransitionError).code).toBe('illegal-transition');
        expect((error as IllegalTransitionError).messageVi).toContain(`“${status}”`);
        expect((error as IllegalTransitionError).messageVi).toContain(`“${command}”`);
        expect((error as IllegalTransitionError).message).toContain(`“${command}”`);
      }
    } else if (refusal) {
      expect(act).toThrow(expect.objectContaining({ name: 'DeadlineRuleError', code: refusal }) as Error);
    } else {
      expect(forced).toBe(false);
      const { case: next, event } = act();
      expect(next.status).toBe(to);
      expect(event).toMatchObject({ seq: c.timeline.length, from: status, to, command, by: officer.userId, at });
      expect(next.timeline).toEqual([...c.timeline, event]);
      expect(next.version).toBe(c.version + 1);
      // What the transition returns is a valid stored record.
      expect(CitizenCaseSchema.parse(next)).toEqual(next);
    }
  });
});

describe('transition', () => {
  const c = fresh('khieu-nai-lan-1');

  it('does not modify the case it is given', () => {
    const before = structuredClone(c);
    transition(c, { type: 'accept' }, vn('2026-07-07'), officer, ruleSet, calendar);
    expect(c).toEqual(before);
  });

  it('refuses a command with a bad payload before looking at the machine', () => {
    expect(() => transition(c, { type: 'extend', days: 30, reason: '', documentRef: 'x' }, vn('2026-07-07'), officer, ruleSet, calendar)).toThrow(
      expect.objectContaining({ code: 'invalid-command' }) as Error,
    );
  });

  it('refuses an instant before the last event and a decision date in the future', () => {
    expect(() => transition(c, { type: 'accept' }, vn('2026-07-05'), officer, ruleSet, calendar)).toThrow(expect.objectContaining({ code: 'instant-before-last-event' }) as Error);
    expect(() => transition(c, { type: 'accept', decidedOn: '2026-07-09' }, vn('2026-07-08'), officer, ruleSet, calendar)).toThrow(
      expect.objectContaining({ code: 'invalid-decision-date' }) as Error,
    );
  });

  it('refuses an actor of another agency', () => {
    expect(() => transition(c, { type: 'accept' }, vn('2026-07-07'), { ...officer, agencyId: 'so-khac' }, ruleSet, calendar)).toThrow(expect.objectContaining({ code: 'forbidden' }) as Error);
  });

  it('refuses an outcome that does not fit the type', () => {
    const inProgress = apply(fresh('yeu-cau-thong-tin'), [{ type: 'accept' }, { type: 'start' }], RECEIVED);
    expect(() => transition(inProgress, { type: 'resolve', outcome: 'upheld', documentRef: 'x', publicSummary: 'y' }, vn('2026-07-20'), officer, ruleSet, calendar)).toThrow(
      expect.objectContaining({ code: 'invalid-outcome' }) as Error,
    );
  });

  it('records who, when, why and which documents', () => {
    const accepted = apply(fresh('to-cao'), [{ type: 'accept' }, { type: 'start' }], RECEIVED);
    const { event, case: next } = transition(accepted, { type: 'extend', days: 30, reason: 'Phức tạp', documentRef: 'QĐ 9' }, vn('2026-07-20'), user('u-insp', ['inspector']), ruleSet, calendar);
    expect(event).toEqual({ seq: 3, at: vn('2026-07-20'), by: 'u-insp', command: 'extend', from: 'in-progress', to: 'extended', reason: 'Phức tạp', documentRefs: ['QĐ 9'] });
    // With the end date the extension set, which its document prints.
    const due = next.deadlines.find((d) => d.step === 'resolution')?.due;
    expect(due).not.toBe(accepted.deadlines.find((d) => d.step === 'resolution')?.due);
    expect(next.decisions).toEqual([{ kind: 'extension', step: 'resolution', decidedOn: '2026-07-20', days: 30, dueAfter: due, reason: 'Phức tạp', by: 'u-insp', documentRef: 'QĐ 9', recordedAt: vn('2026-07-20') }]);
    expect(next.documents.map((d) => d.ref)).toContain('QĐ 9');
  });

  it('offers suspension only when the rule version in force at thụ lý allows it', () => {
    const after = apply(fresh('khieu-nai-lan-1'), [{ type: 'accept' }, { type: 'start' }], RECEIVED);
    expect(availableCommands(after, ruleSet)).toEqual(['suspend', 'resolve']);
    const before = apply(register(registration('khieu-nai-lan-1', vn('2026-06-10'))).case, [{ type: 'accept' }, { type: 'start' }], '2026-06-10');
    expect(availableCommands(before, ruleSet)).toEqual(['resolve']);
    expect(before.agencyId).toBe(AGENCY);
  });
});
