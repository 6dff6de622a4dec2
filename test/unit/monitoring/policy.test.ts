import { describe, expect, it } from 'vitest';
import { isoWeek } from '../../../shared/monitoring/digest.ts';
import { DEFAULT_POLICY, currentStage, window, withinOfficeHours } from '../../../shared/monitoring/policy.ts';
import { recipientsOf } from '../../../shared/monitoring/recipients.ts';
import { demoAgency, demoUnits, demoUsers } from '../../../shared/demo/organization.ts';
import { Directory } from '../../../shared/organization/directory.ts';
import type { TrackedDeadline } from '../../../shared/tracked-deadlines/model.ts';

// Last day 04/11/2025 (Tuesday): the period ends at 00:00 on 05/11 local time.
const DUE = '2025-11-04T17:00:00.000Z';
const at = (local: string) => new Date(`${local}+07:00`);

describe('the alert ladder', () => {
  it.each([
    ['2025-10-20T23:59:00', undefined],
    ['2025-10-21T00:00:00', 'remind-14'],
    ['2025-10-27T23:59:00', 'remind-14'],
    ['2025-10-28T00:00:00', 'remind-7'],
    ['2025-11-01T07:30:00', 'remind-3'],
    ['2025-11-03T07:30:00', 'remind-1'],
    ['2025-11-04T07:30:00', 'due-today'],
    ['2025-11-04T23:59:59', 'due-today'],
    ['2025-11-05T00:00:00', 'overdue'],
    ['2025-11-06T07:30:00', 'escalate-1'],
    ['2025-11-12T07:30:00', 'escalate-7'],
    ['2026-03-01T07:30:00', 'escalate-7'],
  ])('at %s local an item due 04/11/2025 is in stage %s', (local, stage) => {
    expect(currentStage(DUE, at(local), DEFAULT_POLICY)?.id).toBe(stage);
  });

  it('reads the due index from 8 days back to 15 days ahead: every stage of every item, nothing more', () => {
    expect(window(new Date('2025-11-10T00:30:00Z'), [DEFAULT_POLICY])).toEqual({ from: '2025-11-02T00:30:00.000Z', to: '2025-11-25T00:30:00.000Z' });
  });

  it('knows office hours in Vietnam time', () => {
    expect(withinOfficeHours(at('2025-11-03T07:29:00'), DEFAULT_POLICY)).toBe(false);
    expect(withinOfficeHours(at('2025-11-03T07:30:00'), DEFAULT_POLICY)).toBe(true);
    expect(withinOfficeHours(at('2025-11-03T16:59:00'), DEFAULT_POLICY)).toBe(true);
    expect(withinOfficeHours(at('2025-11-03T17:00:00'), DEFAULT_POLICY)).toBe(false);
  });
});

describe('who an alert reaches', () => {
  const demo = new Directory(demoAgency, demoUnits, demoUsers);
  const deadline = (kind: TrackedDeadline['subject']['kind']): TrackedDeadline => ({
    agencyId: 'so-khcn-quang-ngai',
    deadlineId: 'd-1',
    subject: { kind, id: 's-1', title: 'Việc thử', unitId: 'ke-hoach-tai-chinh' },
    assignees: ['u-bao-cao-khtc'],
    basis: { type: 'fixed', dueInstant: DUE, label: 'Trước 05/11/2025' },
    due: '2025-11-04',
    dueInstant: DUE,
    status: 'open',
    createdAt: DUE,
    updatedAt: DUE,
    version: 0,
  });
  const ids = (users: { userId: string }[]) => users.map((u) => u.userId).sort();

  it('takes the unit head, the office and leadership from the organization data', () => {
    expect(ids(recipientsOf(deadline('report'), ['assignees', 'unit-head', 'office'], demo))).toEqual(['u-bao-cao-khtc', 'u-chanh-van-phong', 'u-chuyen-vien-vp', 'u-truong-phong-khtc']);
    expect(ids(recipientsOf(deadline('report'), ['leadership'], demo))).toEqual(['u-giam-doc', 'u-pho-giam-doc']);
  });

  it('never tells the office or the unit head about a misconduct case', () => {
    expect(ids(recipientsOf(deadline('misconduct'), ['assignees', 'unit-head', 'office', 'leadership'], demo))).toEqual(['u-bao-cao-khtc', 'u-giam-doc', 'u-pho-giam-doc']);
  });

  it('never alerts anyone recused from the case behind a deadline: the official, their unit head, the conflicted', () => {
    // The unit head of ke-hoach-tai-chinh is named as the official; the director declared a conflict with him.
    const directory = new Directory(demo.agency, demoUnits, demoUsers.map((u) => (u.userId === 'u-truong-phong-khtc' ? { ...u, conflictedUserIds: ['u-giam-doc'] } : u)));
    const official = { kind: 'directory' as const, userId: 'u-truong-phong-khtc', name: 'Bùi Văn Hùng', unitId: 'ke-hoach-tai-chinh' };
    const recused = { ...deadline('case'), subject: { ...deadline('case').subject, official } };
    expect(ids(recipientsOf(recused, ['assignees', 'unit-head', 'office', 'leadership'], directory))).toEqual(['u-bao-cao-khtc', 'u-chanh-van-phong', 'u-chuyen-vien-vp', 'u-pho-giam-doc']);
    // An official named only as a citizen wrote it protects every namesake in the directory.
    const reported = { ...deadline('case'), subject: { ...deadline('case').subject, official: { kind: 'reported' as const, name: 'bui van hung' } } };
    expect(ids(recipientsOf(reported, ['unit-head'], directory))).toEqual([]);
  });

  it('skips people who are no longer active', () => {
    const users = demoUsers.map((u) => (u.userId === 'u-chuyen-vien-vp' ? { ...u, active: false } : u));
    expect(ids(recipientsOf(deadline('report'), ['office'], new Directory(demo.agency, demoUnits, users)))).toEqual(['u-chanh-van-phong']);
  });
});

describe('isoWeek: one digest per leader per week', () => {
  it('counts the week of the local date, so a run just after midnight on Monday starts the new week', () => {
    expect(isoWeek(new Date('2025-11-09T16:59:00Z'))).toBe('2025-W45'); // Sunday 23:59 in Hà Nội
    expect(isoWeek(new Date('2025-11-09T17:01:00Z'))).toBe('2025-W46'); // Monday 00:01
    expect(isoWeek(new Date('2026-12-31T17:30:00Z'))).toBe('2026-W53'); // Friday 01/01/2027, still ISO week 53 of 2026
  });
});
