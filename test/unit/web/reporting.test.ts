import { messageIn } from '../../../web/src/api/field-errors.ts';
import { ApiError } from '../../../web/src/api/errors.ts';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createApiClient } from '../../../web/src/api/client.ts';
import { demoReportingPlan } from '../../../shared/demo/reporting-plan.ts';
import { ObligationStatusSchema, ReportContentSchema, type ObligationStatus } from '../../../shared/reporting/model.ts';
import type { ComplianceMatrix, Receipt } from '../../../shared/reporting/views.ts';
import { en, vi } from '../../../web/src/i18n/dictionaries.ts';
import { routeFor } from '../../../web/src/nav.ts';
import { attachmentProblem, contentTypeOf, formatSize } from '../../../web/src/features/reporting/attachments.ts';
import { dueText, newIdempotencyKey } from '../../../web/src/features/reporting/due.ts';
import { filterMatrix, NO_FILTER, periodKinds } from '../../../web/src/features/reporting/matrix.ts';
import { receiptFilename, receiptHtml } from '../../../web/src/features/reporting/receipt-html.ts';
import {
  completeness,
  contentFromForm,
  fieldElementId,
  reportErrors,
  fieldPath,
  formFieldPaths,
  formFromContent,
  parseCount,
} from '../../../web/src/features/reporting/report-form.ts';
import { obligationPaths, parseObligationPath } from '../../../web/src/features/reporting/routes.ts';
import { byDueForWork, STATUS_ORDER, statusLook } from '../../../web/src/features/reporting/status.ts';

const SECTIONS = demoReportingPlan.sections;
const STATUSES = ObligationStatusSchema.options;

describe('obligation status badges', () => {
  it('give every status words in both languages, a symbol and a tone', () => {
    for (const status of STATUSES) {
      const look = statusLook(status);
      expect(vi[look.label], status).toBeTruthy();
      expect(en[look.label], status).toBeTruthy();
      expect(look.symbol.trim(), status).not.toBe('');
    }
    expect(vi[statusLook('submitted-on-time').label]).toBe('Đã nộp đúng hạn');
    expect(vi[statusLook('missing').label]).toBe('Không nộp');
    expect([...STATUS_ORDER].sort()).toEqual([...STATUSES].sort());
  });

  it('never tell on time, late, overdue and missing apart by colour alone', () => {
    const looks = (['submitted-on-time', 'submitted-late', 'overdue', 'missing'] as const).map(statusLook);
    expect(new Set(looks.map((look) => look.tone)).size).toBe(4);
    expect(new Set(looks.map((look) => vi[look.label])).size).toBe(4);
    expect(statusLook('overdue').symbol).not.toBe(statusLook('submitted-on-time').symbol);
  });

  it('put the work still to do first, the earliest due on top, then the missed and the submitted, latest first', () => {
    const item = (status: ObligationStatus, dueInstant: string) => ({ status, dueInstant });
    const sorted = [
      item('missing', '2023-11-04T17:00:00Z'),
      item('submitted-on-time', '2024-11-04T17:00:00Z'),
      item('not-yet-due', '2027-11-04T17:00:00Z'),
      item('missing', '2025-11-04T17:00:00Z'),
      item('due-soon', '2026-11-04T17:00:00Z'),
      item('not-yet-due', '2026-12-01T17:00:00Z'),
      item('submitted-late', '2025-10-24T17:00:00Z'),
    ].sort(byDueForWork);
    expect(sorted.map((o) => `${o.status}@${o.dueInstant.slice(0, 10)}`)).toEqual([
      'due-soon@2026-11-04',
      'not-yet-due@2026-12-01',
      'not-yet-due@2027-11-04',
      'missing@2025-11-04',
      'missing@2023-11-04',
      'submitted-late@2025-10-24',
      'submitted-on-time@2024-11-04',
    ]);
  });
});

describe('due dates', () => {
  it('say "before 05/11/2026" for the plan’s 00:00 deadlines, with the last day to send', () => {
    expect(dueText('2026-11-04T17:00:00.000Z')).toEqual({ kind: 'before-day', date: '05/11/2026', lastDay: '04/11/2026' });
  });

  it('give the time when the deadline is not at midnight in Vietnam', () => {
    expect(dueText('2026-11-05T09:30:00Z')).toEqual({ kind: 'before-instant', dateTime: '05/11/2026 16:30' });
  });
});

describe('report form state', () => {
  it('starts empty for every section and metric of the plan', () => {
    const form = formFromContent(SECTIONS);
    expect(Object.keys(form.sections)).toEqual(SECTIONS.map((section) => section.id));
    expect(form.sections['quan-triet']).toEqual({ narrative: '', metrics: { 'van-ban-ban-hanh': '', 'buoi-quan-triet': '', 'luot-tham-du': '' } });
    expect(completeness(SECTIONS, form)).toEqual({ complete: 0, total: 7 });
  });

  it('starts a first report’s case numbers at the records’ figures, and never overwrites a draft or a version with them', () => {
    const records = { available: true, period: { from: '2024-12-15', to: '2025-12-14' }, totals: { 'cases-received': 7, 'cases-resolved': 5, 'cases-resolved-on-time': 4 }, byType: [] };
    expect(formFromContent(SECTIONS, null, records).sections['tiep-cong-dan']?.metrics).toEqual({ 'buoi-tiep-dan': '', 'don-nhan': '7', 'don-giai-quyet': '5', 'don-dung-han': '4' });
    const draft = ReportContentSchema.parse({ sections: { 'tiep-cong-dan': { narrative: 'x', metrics: { 'don-nhan': 9 } } }, difficulties: '', proposals: '', nextDirection: '' });
    expect(formFromContent(SECTIONS, draft, records).sections['tiep-cong-dan']?.metrics['don-nhan']).toBe('9');
    expect(formFromContent(SECTIONS, draft, records).sections['tiep-cong-dan']?.metrics['don-giai-quyet']).toBe('');
    expect(formFromContent(SECTIONS, null, { ...records, available: false }).sections['tiep-cong-dan']?.metrics['don-nhan']).toBe('');
  });

  it('builds valid content from what was typed, leaving out numbers not (validly) filled', () => {
    const form = formFromContent(SECTIONS);
    form.sections['quan-triet'] = { narrative: '  Đã ban hành kế hoạch.  ', metrics: { 'van-ban-ban-hanh': '2', 'buoi-quan-triet': '', 'luot-tham-du': '-3' } };
    form.sections['tuyen-truyen']!.metrics['tin-bai'] = '1.5';
    form.sections['tuyen-truyen']!.metrics['luot-nguoi'] = ' 120 ';
    form.difficulties = ' Thiếu kinh phí. ';

    const content = contentFromForm(SECTIONS, form);

    expect(ReportContentSchema.safeParse(content).success).toBe(true);
    expect(content.sections['quan-triet']).toEqual({ narrative: 'Đã ban hành kế hoạch.', metrics: { 'van-ban-ban-hanh': 2 } });
    expect(content.sections['tuyen-truyen']).toEqual({ narrative: '', metrics: { 'luot-nguoi': 120 } });
    expect(Object.keys(content.sections)).toHaveLength(7);
    expect(content.difficulties).toBe('Thiếu kinh phí.');
  });

  it('round-trips a saved draft, zeros included', () => {
    const form = formFromContent(SECTIONS);
    for (const section of SECTIONS) {
      form.sections[section.id]!.narrative = `Mục ${section.id}`;
      for (const metric of section.metrics) form.sections[section.id]!.metrics[metric.id] = '0';
    }
    const content = contentFromForm(SECTIONS, form);
    expect(formFromContent(SECTIONS, content)).toEqual(form);
    expect(completeness(SECTIONS, form)).toEqual({ complete: 7, total: 7 });
  });

  it('reads counts as whole, non-negative numbers only', () => {
    expect(parseCount('0')).toBe(0);
    expect(parseCount(' 42 ')).toBe(42);
    expect(parseCount('')).toBeUndefined();
    expect(parseCount('4.2')).toBeUndefined();
    expect(parseCount('-1')).toBeUndefined();
    expect(parseCount('1e3')).toBeUndefined();
  });
});

describe('field errors from the API', () => {
  const known = formFieldPaths(SECTIONS);

  it('put each detail beside its field, in the reader’s language', () => {
    const errors = reportErrors(
      new ApiError(400, 'invalid-input', 'Dữ liệu không hợp lệ.', 'Invalid input.', [
        { path: 'body.content.sections.quan-triet.narrative', message: 'Cần nhập nội dung mục “1. …” / Describe this section' },
        { path: 'body.content.sections.tiep-cong-dan.metrics.don-nhan', message: 'Cần nhập số liệu (0 nếu không có) / Enter this figure (0 if none)' },
        { path: 'body.attachments.0', message: 'Nội dung tệp không phải PDF / The file is not what its name says' },
        { path: 'body.content.sections.khac', message: 'Kế hoạch không có mục này / The plan has no such section' },
      ], undefined),
      known,
      'vi',
    );
    expect(errors.fields[fieldPath.narrative('quan-triet')]).toEqual(['Cần nhập nội dung mục “1. …”']);
    expect(errors.fields[fieldPath.metric('tiep-cong-dan', 'don-nhan')]).toEqual(['Cần nhập số liệu (0 nếu không có)']);
    expect(errors.fields.attachments).toEqual(['Nội dung tệp không phải PDF']);
    expect(errors.general).toEqual(['Kế hoạch không có mục này']);
  });

  it('keep a one-language message whole and pick the English side for English readers', () => {
    expect(messageIn('Required', 'vi')).toBe('Required');
    expect(messageIn('Chọn ngày từ hôm nay trở đi / Choose today or later', 'en')).toBe('Choose today or later');
  });

  it('give every field a valid, unique element id', () => {
    const ids = [...known].map(fieldElementId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9-]*$/);
    expect(fieldElementId(fieldPath.narrative('quan-triet'))).toBe('f-sections-quan-triet-narrative');
  });
});

describe('compliance matrix filters', () => {
  const matrix: ComplianceMatrix = {
    planId: 'p',
    units: [
      { unitId: 'a', name: 'Phòng A' },
      { unitId: 'b', name: 'Phòng B' },
    ],
    periods: [
      { templateId: 'nam-2026', kind: 'annual', titleVi: 'Báo cáo năm 2026', titleEn: 'Annual 2026', dueInstant: '2026-11-04T17:00:00Z' },
      { templateId: 'nam-2025', kind: 'annual', titleVi: 'Báo cáo năm 2025', titleEn: 'Annual 2025', dueInstant: '2025-11-04T17:00:00Z' },
      { templateId: 'dot-xuat', kind: 'ad-hoc', titleVi: 'Đột xuất', titleEn: 'Ad hoc', dueInstant: '2026-10-20T17:00:00Z' },
    ],
    cells: [
      { unitId: 'a', templateId: 'nam-2025', obligationId: 'o1', status: 'submitted-on-time', latestVersion: 1 },
      { unitId: 'b', templateId: 'nam-2025', obligationId: 'o2', status: 'missing', latestVersion: 0 },
      { unitId: 'a', templateId: 'nam-2026', obligationId: 'o3', status: 'not-yet-due', latestVersion: 0 },
      { unitId: 'b', templateId: 'nam-2026', obligationId: 'o4', status: 'submitted-on-time', latestVersion: 2 },
      { unitId: 'a', templateId: 'dot-xuat', obligationId: 'o5', status: 'due-soon', latestVersion: 0 },
    ],
    totals: { 'not-yet-due': 1, 'due-soon': 1, overdue: 0, 'submitted-on-time': 2, 'submitted-late': 0, missing: 1 },
  };

  it('shows everything in due order without a filter, with the server’s totals', () => {
    const view = filterMatrix(matrix, NO_FILTER);
    expect(view.periods.map((p) => p.templateId)).toEqual(['nam-2025', 'dot-xuat', 'nam-2026']);
    expect(view.units.map((u) => u.unitId)).toEqual(['a', 'b']);
    expect(view.totals).toEqual(matrix.totals);
    expect(view.cell('b', 'dot-xuat')).toBeUndefined();
    expect(view.cell('b', 'nam-2026')?.obligationId).toBe('o4');
  });

  it('narrows by period kind and unit, and counts only what is shown', () => {
    const view = filterMatrix(matrix, { ...NO_FILTER, kind: 'annual', unitId: 'a' });
    expect(view.periods.map((p) => p.templateId)).toEqual(['nam-2025', 'nam-2026']);
    expect(view.units.map((u) => u.unitId)).toEqual(['a']);
    expect(view.totals).toMatchObject({ 'submitted-on-time': 1, 'not-yet-due': 1, 'due-soon': 0, missing: 0 });
    expect(view.shown).toBe(2);
  });

  it('keeps only the rows and columns holding the chosen status', () => {
    const view = filterMatrix(matrix, { ...NO_FILTER, status: 'missing' });
    expect(view.units.map((u) => u.unitId)).toEqual(['b']);
    expect(view.periods.map((p) => p.templateId)).toEqual(['nam-2025']);
    expect(view.cell('b', 'nam-2025')?.status).toBe('missing');
    expect(view.cell('a', 'nam-2025')).toBeUndefined();
    expect(view.shown).toBe(1);
  });

  it('lists the period kinds present', () => {
    expect(periodKinds(matrix)).toEqual(['annual', 'ad-hoc']);
  });
});

describe('attachments', () => {
  it('accept the four document types by extension, whatever the case', () => {
    expect(contentTypeOf('Bao-cao.PDF')).toBe('application/pdf');
    expect(contentTypeOf('so-lieu.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(contentTypeOf('ke-hoach.odt')).toBe('application/vnd.oasis.opendocument.text');
    expect(contentTypeOf('anh.jpg')).toBeUndefined();
    expect(contentTypeOf('khong-duoi')).toBeUndefined();
  });

  it('refuse other types, empty files, files over 10 MB and an eleventh file', () => {
    expect(attachmentProblem({ name: 'a.pdf', size: 1000 }, 0)).toBeNull();
    expect(attachmentProblem({ name: 'a.exe', size: 1000 }, 0)).toBe('type');
    expect(attachmentProblem({ name: 'a.pdf', size: 0 }, 0)).toBe('empty');
    expect(attachmentProblem({ name: 'a.pdf', size: 10 * 1024 * 1024 + 1 }, 0)).toBe('size');
    expect(attachmentProblem({ name: 'a.pdf', size: 10 * 1024 * 1024 }, 0)).toBeNull();
    expect(attachmentProblem({ name: 'a.pdf', size: 1000 }, 10)).toBe('count');
  });

  it('show sizes as people read them', () => {
    expect(formatSize(77, 'vi')).toBe('77 B');
    expect(formatSize(1_250_000, 'vi')).toBe('1,3 MB');
    expect(formatSize(1_250_000, 'en')).toBe('1.3 MB');
  });
});

describe('obligation routes', () => {
  it('route the list, one report, a version and a receipt to the reporting page', () => {
    expect(parseObligationPath('/obligations')).toEqual({ view: 'list' });
    expect(parseObligationPath(obligationPaths.detail('bao-cao-nam-2026--ke-hoach-tai-chinh'))).toEqual({ view: 'detail', obligationId: 'bao-cao-nam-2026--ke-hoach-tai-chinh' });
    expect(parseObligationPath(obligationPaths.version('ob 1', 2))).toEqual({ view: 'version', obligationId: 'ob 1', version: 2 });
    expect(parseObligationPath(obligationPaths.receipt('ob-1', 3))).toEqual({ view: 'receipt', obligationId: 'ob-1', version: 3 });
    for (const path of ['/obligations/ob-1/receipt/1', '/obligations/ob-1', '/obligations']) expect(routeFor(path)?.id, path).toBe('obligations');
  });

  it('refuse malformed paths rather than guessing', () => {
    expect(parseObligationPath('/obligations/ob-1/receipt/0').view).toBe('unknown');
    expect(parseObligationPath('/obligations/ob-1/receipt/1.5').view).toBe('unknown');
    expect(parseObligationPath('/obligations/ob-1/other/1').view).toBe('unknown');
    expect(parseObligationPath('/obligations/%E0%A4%A').view).toBe('unknown');
    expect(routeFor('/obstacles/x/y')).toBeUndefined();
  });
});

describe('receipt file', () => {
  const receipt: Receipt = {
    receiptNumber: 'BN-2026-000001',
    agencyName: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    unitName: 'Phòng Kế hoạch - Tài chính',
    obligationTitleVi: 'Báo cáo năm 2026 <đột xuất>',
    obligationTitleEn: 'Annual report 2026',
    version: 2,
    channel: 'web',
    submittedAt: '2026-10-01T02:00:00Z',
    submittedBy: 'u-bao-cao-khtc',
    dueInstant: '2026-11-04T17:00:00Z',
    onTime: true,
    attachments: [{ filename: 'bao-cao.pdf', size: 2048 }],
  };

  it('is a standalone Vietnamese page with every fact, times in Vietnam, and escaped text', () => {
    const html = receiptHtml(receipt);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('GIẤY BIÊN NHẬN BÁO CÁO');
    expect(html).toContain('Sở Khoa học và Công nghệ tỉnh Quảng Ngãi');
    expect(html).toContain('01/10/2026 09:00 (giờ Việt Nam)');
    expect(html).toContain('Trước ngày 05/11/2026');
    expect(html).toContain('Đúng hạn');
    expect(html).toContain('bao-cao.pdf (2 KB)');
    expect(html).toContain('Báo cáo năm 2026 &lt;đột xuất&gt;');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('says late when it was late, and is named after its number and version', () => {
    expect(receiptHtml({ ...receipt, onTime: false })).toContain('Trễ hạn');
    expect(receiptFilename(receipt)).toBe('bien-nhan-BN-2026-000001-v2.html');
  });
});

describe('idempotency keys', () => {
  it('are fresh version-4 UUIDs', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});

describe('API client extra headers', () => {
  it('send the Idempotency-Key of a submission alongside the bearer token', async () => {
    const seen: Headers[] = [];
    const api = createApiClient({
      base: 'https://dvm.example.gov.vn/api',
      token: () => 'tok',
      onUnauthenticated: () => undefined,
      fetch: (async (_url: string, init: RequestInit) => {
        seen.push(new Headers(init.headers));
        return new Response(JSON.stringify({ ok: true }), { status: 201 });
      }) as typeof fetch,
    });

    const submit = { method: 'POST', path: '/api/obligations/{obligationId}/submissions', params: z.object({ obligationId: z.string() }), body: z.object({}), response: z.object({ ok: z.boolean() }) } as const;
    await api.call(submit, { params: { obligationId: 'ob-1' }, body: {}, headers: { 'Idempotency-Key': 'k-1' } });

    expect(seen[0]?.get('idempotency-key')).toBe('k-1');
    expect(seen[0]?.get('authorization')).toBe('Bearer tok');
  });
});
