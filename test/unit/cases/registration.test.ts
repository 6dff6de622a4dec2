import { describe, expect, it } from 'vitest';
import { CaseValidationError } from '../../../shared/cases/errors.ts';
import type { CaseRegistrationInput, CitizenCase } from '../../../shared/cases/model.ts';
import { checkFilingLimitation, findDuplicates, jaccard, shingles } from '../../../shared/cases/registration.ts';
import { normalizeVietnamese } from '../../../shared/text.ts';
import { PETITIONER, calendar, register, registration, vn } from './fixtures.ts';

const codes = (r: { warnings: { code: string }[] }) => r.warnings.map((w) => w.code);

describe('filing time limit (thời hiệu) at registration', () => {
  // Learned of the act on 05/03/2025: day 90 = Tuesday 03/06/2025, a working day.
  const firstComplaint = (receivedOn: string) => register(registration('khieu-nai-lan-1', vn(receivedOn), { filingFacts: { actKnownOn: '2025-03-05' } }));

  it.each([
    ['2025-06-02', 89, false],
    ['2025-06-03', 90, false],
    ['2025-06-04', 91, true],
  ])('a first complaint received %s (day %i) warns: %s, and is registered either way', (receivedOn, days, warns) => {
    const result = firstComplaint(receivedOn);
    expect(result.limitation).toMatchObject({ limitDays: 90, lastDay: '2025-06-03', elapsedDays: days, expired: warns });
    expect(codes(result).includes('limitation-expired')).toBe(warns);
    expect(result.case.status).toBe('received');
    expect(result.case.deadlines).toHaveLength(1);
  });

  it('rolls a last day that falls on a Sunday to Monday (BLDS 2015 Điều 148.5)', () => {
    // 03/03/2025 + 90 = Sunday 01/06/2025 → Monday 02/06.
    expect(checkFilingLimitation('khieu-nai-lan-1', [], { actKnownOn: '2025-03-03' }, '2025-06-02', calendar)).toMatchObject({ lastDay: '2025-06-02', expired: false });
    expect(checkFilingLimitation('khieu-nai-lan-1', [], { actKnownOn: '2025-03-03' }, '2025-06-03', calendar)).toMatchObject({ expired: true });
  });

  it('a second complaint: 30 days from the first decision, 45 in a remote area', () => {
    // 05/05/2025 + 30 = Wednesday 04/06; + 45 = Thursday 19/06.
    const facts = { firstDecisionReceivedOn: '2025-05-05' };
    expect(checkFilingLimitation('khieu-nai-lan-2', [], facts, '2025-06-04', calendar)).toMatchObject({ limitDays: 30, lastDay: '2025-06-04', expired: false });
    expect(checkFilingLimitation('khieu-nai-lan-2', [], facts, '2025-06-05', calendar)).toMatchObject({ expired: true });
    expect(checkFilingLimitation('khieu-nai-lan-2', ['remote'], facts, '2025-06-19', calendar)).toMatchObject({ limitDays: 45, lastDay: '2025-06-19', expired: false });
    expect(checkFilingLimitation('khieu-nai-lan-2', ['remote'], facts, '2025-06-20', calendar)).toMatchObject({ expired: true });
  });

  it('a second complaint counts from the later of the first decision and the end of the first period', () => {
    expect(checkFilingLimitation('khieu-nai-lan-2', [], { firstDecisionReceivedOn: '2025-05-05', firstResolutionDueOn: '2025-04-30' }, '2025-06-04', calendar)?.from).toBe('2025-05-05');
  });

  it('warns that thời hiệu cannot be checked when the start date is missing, and not for other types', () => {
    expect(codes(register(registration('khieu-nai-lan-1', vn('2025-06-04'))))).toEqual(['limitation-unknown']);
    expect(codes(register(registration('to-cao', vn('2025-06-04'))))).toEqual([]);
    expect(checkFilingLimitation('to-cao', [], { actKnownOn: '2020-01-01' }, '2025-06-04', calendar)).toBeNull();
  });
});

describe('anonymous denunciations', () => {
  it('become an inspection lead: recorded, with no legal deadline, never dropped', () => {
    const result = register(registration('to-cao', vn('2025-03-03'), { anonymous: true, petitioner: {}, channel: 'web' }), { source: 'public-form', registeredBy: 'citizen' });
    expect(result.case.status).toBe('lead');
    expect(result.case.deadlines).toEqual([]);
    expect(result.deadlines).toEqual([]);
    expect(codes(result)).toEqual(['anonymous-lead']);
    expect(result.case.timeline).toEqual([{ seq: 0, at: vn('2025-03-03'), by: 'citizen', command: 'register', from: null, to: 'lead', reason: 'public-form', documentRefs: [] }]);
    expect(result.case.content).toContain('giấy chứng nhận');
  });

  it('a denunciation without an address is treated the same (Điều 23, 25)', () => {
    const { name, phone } = PETITIONER;
    expect(register(registration('to-cao', vn('2025-03-03'), { petitioner: { name, phone } })).case.status).toBe('lead');
  });

  it('an anonymous complaint is registered with a warning, left for the office to decide', () => {
    const result = register(registration('khieu-nai-lan-1', vn('2025-03-03'), { anonymous: true, petitioner: {}, filingFacts: { actKnownOn: '2025-03-01' } }));
    expect(result.case.status).toBe('received');
    expect(codes(result)).toEqual(['identity-missing']);
  });

  it('marks every document of a denunciation confidential', () => {
    const { case: c } = register(registration('to-cao', vn('2025-03-03'), { documents: [{ ref: 'scan-1', kind: 'letter' }] }));
    expect(c.documents).toEqual([{ ref: 'scan-1', kind: 'letter', confidential: true, addedAt: vn('2025-03-03'), addedBy: 'u-office' }]);
  });
});

describe('duplicate detection', () => {
  const CONTENT =
    'Tôi nộp hồ sơ đề nghị cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ từ tháng 01 năm 2025 ' +
    'nhưng đến nay đã quá hạn ba tháng mà chưa được giải quyết, cũng không được thông báo lý do chậm trễ.';
  const open = (id: string, over: Partial<CitizenCase> = {}): CitizenCase => ({
    ...register(registration('khieu-nai-lan-1', vn('2025-03-03'), { content: CONTENT, petitioner: { name: 'Lê Thị Cúc', address: 'Tư Nghĩa' } }), { id }).case,
    ...over,
  });

  it('normalises diacritics, đ, case, punctuation and whitespace', () => {
    expect(normalizeVietnamese('  Đơn  KHIẾU-nại,\n đề nghị… ')).toBe('don khieu nai de nghi');
    expect(jaccard(shingles('Giải quyết chậm trễ hồ sơ'), shingles('giai quyet cham tre ho so'))).toBe(1);
  });

  it('finds a near-identical complaint from another sender, and not an unrelated one', () => {
    const nearly = 'toi nop ho so de nghi cap giay chung nhan dang ky hoat dong khoa hoc va cong nghe tu thang 01 nam 2025 nhung den nay da qua han BON THANG ma chua duoc giai quyet cung khong duoc thong bao ly do cham tre';
    const result = register(registration('khieu-nai-lan-1', vn('2025-03-10'), { content: nearly, petitioner: PETITIONER }), { id: 'new', openCases: [open('c-1')] });
    expect(result.duplicates).toHaveLength(1);
    expect(result.duplicates[0]).toMatchObject({ caseId: 'c-1', matchedOn: ['content'] });
    expect(result.duplicates[0]?.score).toBeGreaterThan(0.7);
    expect(codes(result)).toContain('possible-duplicate');

    const unrelated = register(
      registration('khieu-nai-lan-1', vn('2025-03-10'), { content: 'Đề nghị xem xét lại quyết định xử phạt vi phạm hành chính về đo lường đối với cửa hàng xăng dầu của gia đình tôi.' }),
      { id: 'new', openCases: [open('c-1')] },
    );
    expect(unrelated.duplicates).toEqual([]);
  });

  it('matches the same petitioner by phone (any notation) or e-mail only within the same type', () => {
    const samePhone = open('c-2', { petitioner: { phone: '+84 905 123 456' }, content: 'Nội dung khác hẳn về một việc khác.', subject: 'Việc khác' });
    const otherType = { ...samePhone, id: 'c-3', type: 'kien-nghi-phan-anh' as const };
    const found = findDuplicates({ type: 'khieu-nai-lan-1', petitioner: { phone: '0905123456', email: 'x@y.example' }, subject: 'Chậm cấp phép', content: 'Đơn mới' }, [samePhone, otherType]);
    expect(found).toEqual([{ caseId: 'c-2', score: 0.9, contentSimilarity: 0, matchedOn: ['phone'] }]);
  });

  it('ignores cases that are no longer open', () => {
    expect(findDuplicates({ type: 'khieu-nai-lan-1', petitioner: {}, subject: 'Khiếu nại việc chậm cấp giấy chứng nhận', content: CONTENT }, [open('c-4', { status: 'closed' })])).toEqual([]);
  });
});

describe('registration input', () => {
  const refused = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(CaseValidationError);
      return error as CaseValidationError;
    }
    throw new Error('expected a refusal');
  };

  it('refuses bad fields with a message in Vietnamese and English per field', () => {
    const error = refused(() =>
      register({ ...registration('khieu-nai-lan-1', vn('2025-03-03')), petitioner: { email: 'not-an-email' }, content: undefined as unknown as string }),
    );
    expect(error.code).toBe('invalid-registration');
    expect(error.status).toBe(400);
    expect(error.details).toEqual([
      { path: 'petitioner.email', message: 'Địa chỉ thư điện tử không hợp lệ / Invalid e-mail address' },
      { path: 'content', message: 'Nội dung đơn không được để trống / Content is required' },
    ]);
  });

  it('refuses a variant that means nothing for the type rather than ignoring it', () => {
    expect(refused(() => register(registration('khieu-nai-lan-1', vn('2025-03-03'), { variants: ['multi-location'] }))).details).toEqual([
      { path: 'variants.0', message: 'Trường hợp “multi-location” không áp dụng cho loại đơn này / Variant “multi-location” does not apply to this case type' },
    ]);
  });

  it('requires the forwarding body of a forwarded case', () => {
    const error = refused(() => register(registration('kien-nghi-phan-anh', vn('2025-03-03'), { channel: 'chuyen-den' })));
    expect(error.details.map((d) => d.path)).toEqual(['forwardedBy']);
    expect(register(registration('kien-nghi-phan-anh', vn('2025-03-03'), { channel: 'chuyen-den', forwardedBy: { kind: 'press', name: 'Báo Quảng Ngãi' } })).case.forwardedBy).toEqual({
      kind: 'press',
      name: 'Báo Quảng Ngãi',
    });
  });

  it('refuses a receipt time without an offset, after the registration, or facts after receipt', () => {
    expect(refused(() => register(registration('to-cao', '2025-03-03T09:00:00'))).details[0]?.path).toBe('receivedAt');
    expect(refused(() => register(registration('to-cao', vn('2025-03-04')), { at: vn('2025-03-03') })).details[0]?.path).toBe('receivedAt');
    expect(refused(() => register(registration('khieu-nai-lan-1', vn('2025-03-03'), { filingFacts: { actKnownOn: '2025-03-04' } }))).details[0]?.path).toBe('filingFacts.actKnownOn');
  });

  it('refuses an official on an information request, and an official given as a bare name on any case', () => {
    expect(refused(() => register(registration('yeu-cau-thong-tin', vn('2025-03-03'), { officialConcerned: { kind: 'directory', userId: 'u-accused' } }))).details[0]?.path).toBe('officialConcerned');
    // A bare name is what let recusal be switched off by typing: it must name a directory user or an outside person with a reason.
    const bare = { name: 'Trần Văn Bình', unitId: 'phong-qlkh' } as unknown as CaseRegistrationInput['officialConcerned'];
    const error = refused(() => register(registration('to-cao', vn('2025-03-03'), { officialConcerned: bare })));
    expect(error.details[0]?.path).toMatch(/^officialConcerned/);
    expect(error.details[0]?.message).toContain('Chọn cán bộ từ danh bạ');
  });

  it('stores a directory official as the directory says, whatever else was typed, for complaints and feedback too', () => {
    for (const type of ['khieu-nai-lan-1', 'kien-nghi-phan-anh', 'to-cao'] as const) {
      const c = register(registration(type, vn('2025-03-03'), { officialConcerned: { kind: 'directory', userId: 'u-accused' }, ...(type === 'khieu-nai-lan-1' ? { filingFacts: { actKnownOn: '2025-03-01' } } : {}) })).case;
      expect(c.officialConcerned).toEqual({ kind: 'directory', userId: 'u-accused', name: 'Trần Văn Bình', unitId: 'phong-qlkh', unitName: 'Đơn vị phong-qlkh', unitHeadUserId: 'u-head-qlkh' });
    }
  });
});
