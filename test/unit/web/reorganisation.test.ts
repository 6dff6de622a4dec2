import { describe, expect, it } from 'vitest';
import { demoUsers } from '../../../shared/demo/organization.ts';
import { ReorganisationSchema } from '../../../shared/organization/reorganisation.ts';
import { ApiError } from '../../../web/src/api/errors.ts';
import { directoryFormErrors } from '../../../web/src/features/directory/errors.ts';
import { mergeHeadCandidates, namedSuccessors, NEW_UNIT, reorganisationDraftOf, reorganisationOf } from '../../../web/src/features/directory/reorganisation.ts';

const blank = reorganisationDraftOf('2026-11-16');

describe('reorganisation form', () => {
  it('sends a rename with only its fields, the name trimmed', () => {
    // Act
    const body = reorganisationOf({ ...blank, kind: 'rename', unitId: 'chi-cuc-tdc', name: '  Phòng Tiêu chuẩn  ', unitIds: ['x', 'y'] });

    // Assess
    expect(body).toEqual({ kind: 'rename', unitId: 'chi-cuc-tdc', name: 'Phòng Tiêu chuẩn', effectiveOn: '2026-11-16' });
    expect(ReorganisationSchema.safeParse(body).success).toBe(true);
  });

  it('sends a merge into one of the merged units, or into a new unit typed in the form', () => {
    // Prepare
    const merge = { ...blank, kind: 'merge' as const, unitIds: ['quan-ly-khoa-hoc', 'quan-ly-cong-nghe'] };

    // Act
    const absorbed = reorganisationOf({ ...merge, into: 'quan-ly-cong-nghe', headUserId: 'u-truong-phong-qlcn' });
    const fresh = reorganisationOf({ ...merge, into: NEW_UNIT, newUnit: { unitId: ' khcn ', name: 'Phòng Khoa học và Công nghệ', kind: 'division' } });

    // Assess
    expect(absorbed).toEqual({ kind: 'merge', unitIds: merge.unitIds, into: 'quan-ly-cong-nghe', headUserId: 'u-truong-phong-qlcn', effectiveOn: '2026-11-16' });
    expect(fresh).toMatchObject({ into: { unitId: 'khcn', name: 'Phòng Khoa học và Công nghệ', kind: 'division', reportingEmails: [] } });
    expect(fresh).not.toHaveProperty('headUserId');
    expect(ReorganisationSchema.safeParse(absorbed).success).toBe(true);
    expect(ReorganisationSchema.safeParse(fresh).success).toBe(true);
  });

  it('sends a split placing members only in new units that still exist in the form', () => {
    // Prepare
    const draft = {
      ...blank,
      kind: 'split' as const,
      unitId: 'trung-tam-ung-dung',
      successors: [
        { unitId: 'tt-a', name: 'Trung tâm A', kind: 'centre' as const },
        { unitId: 'tt-b', name: 'Trung tâm B', kind: 'centre' as const },
      ],
      members: { 'u-1': 'tt-a', 'u-2': 'removed-successor' },
      openWorkTo: 'tt-b',
    };

    // Act
    const body = reorganisationOf(draft);

    // Assess
    expect(body).toMatchObject({ kind: 'split', unitId: 'trung-tam-ung-dung', members: { 'u-1': 'tt-a' }, openWorkTo: 'tt-b' });
    expect(ReorganisationSchema.safeParse(body).success).toBe(true);
    expect(namedSuccessors({ ...draft, successors: [...draft.successors, { unitId: '  ', name: '', kind: 'division' }] }).map((s) => s.unitId)).toEqual(['tt-a', 'tt-b']);
  });

  it('offers as head of a merged unit only active members of the merged units', () => {
    // Act
    const candidates = mergeHeadCandidates(demoUsers, ['quan-ly-khoa-hoc', 'quan-ly-cong-nghe'], 'vi');

    // Assess
    expect(candidates.length).toBeGreaterThan(1);
    expect(candidates.every((u) => u.active && (u.unitId === 'quan-ly-khoa-hoc' || u.unitId === 'quan-ly-cong-nghe'))).toBe(true);
    expect(candidates.map((u) => u.userId)).toContain('u-chuyen-vien-qlcn');
  });

  it('shows a refused reorganisation beside the field it is about, in the language of the page', () => {
    // Prepare
    const future = new ApiError(400, 'reorganisation-in-future', 'Ngày có hiệu lực không được sau hôm nay.', 'The effective date cannot be after today.', [
      { path: 'body.reorganisation.effectiveOn', message: 'Ngày có hiệu lực không được sau hôm nay. / The effective date cannot be after today.' },
    ], undefined);
    const taken = new ApiError(409, 'unit-exists', 'Mã đơn vị “khcn” đã được dùng.', 'The unit id “khcn” is taken.', [], undefined);
    const unknown = new ApiError(400, 'unknown-unit', 'Không có đơn vị đang hoạt động “x”.', 'No current unit “x”.', [{ path: 'body', message: 'Không có đơn vị đang hoạt động “x”. / No current unit “x”.' }], undefined);

    // Act + Assess
    expect(directoryFormErrors(future, 'reorganisation', 'vi')).toEqual({ fields: { effectiveOn: ['Ngày có hiệu lực không được sau hôm nay.'] }, general: [] });
    expect(directoryFormErrors(future, 'reorganisation', 'en')?.fields.effectiveOn).toEqual(['The effective date cannot be after today.']);
    expect(directoryFormErrors(taken, 'reorganisation', 'vi')).toEqual({ fields: { into: ['Mã đơn vị “khcn” đã được dùng.'] }, general: [] });
    expect(directoryFormErrors(unknown, 'reorganisation', 'vi')).toEqual({ fields: {}, general: ['Không có đơn vị đang hoạt động “x”.'] });
    expect(directoryFormErrors(future, 'unit', 'vi')).toBeNull();
  });
});
