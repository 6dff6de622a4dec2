import { describe, expect, it } from 'vitest';
import type { ObligationTemplate } from '../../../shared/reporting/model.ts';
import type { DashboardView } from '../../../web/src/api/types.ts';
import { clip, formatPercent, niceMax, percent, scaled, stack, ticks } from '../../../web/src/features/compiled/chart.ts';
import { csvField, toCsv } from '../../../web/src/features/compiled/csv.ts';
import { caseTable, csvRows, periodTable, unitTable } from '../../../web/src/features/compiled/dashboard-tables.ts';
import { recipientAddresses } from '../../../web/src/features/compiled/documents.ts';
import { compilablePeriods, dateline } from '../../../web/src/features/compiled/reports.ts';
import { translate } from '../../../web/src/i18n/translate.ts';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('vi', key, params);

describe('CSV export', () => {
  it('starts with a byte-order mark so Excel reads Vietnamese, and ends lines with CRLF', () => {
    const csv = toCsv([
      ['Đơn vị', 'Đúng hạn'],
      ['Phòng Kế hoạch - Tài chính', 2],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFĐơn vị,Đúng hạn\r\nPhòng Kế hoạch - Tài chính,2\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes fields holding separators, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('Phòng Chuyển đổi số và Bưu chính, Viễn thông')).toBe('"Phòng Chuyển đổi số và Bưu chính, Viễn thông"');
    expect(csvField('Phong trào “Dân vận khéo” và "thi đua"')).toBe('"Phong trào “Dân vận khéo” và ""thi đua"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField(' lề')).toBe('" lề"');
    expect(csvField('66,7%')).toBe('"66,7%"');
  });

  it('keeps a text that looks like a formula as text, and writes numbers and empty values plainly', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+84914')).toBe("'+84914");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('chart scaling', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 2, 3, 7, 10, 11, 23, 50, 51, 120].map(niceMax)).toEqual([1, 1, 2, 5, 10, 10, 20, 50, 50, 100, 200]);
  });

  it('puts whole-number ticks from zero to the maximum', () => {
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(2)).toEqual([0, 1, 2]);
    expect(ticks(50)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('scales bars to the axis, never below zero nor past the end', () => {
    expect(scaled(5, 10, 400)).toBe(200);
    expect(scaled(0, 10, 400)).toBe(0);
    expect(scaled(-2, 10, 400)).toBe(0);
    expect(scaled(12, 10, 400)).toBe(400);
    expect(scaled(3, 0, 400)).toBe(0);
  });

  it('stacks segments end to end, leaving out empty ones', () => {
    const segments = stack(
      [
        { key: 'onTime', value: 2 },
        { key: 'late', value: 0 },
        { key: 'missing', value: 3 },
      ],
      10,
      500,
    );
    expect(segments).toEqual([
      { key: 'onTime', value: 2, start: 0, length: 100 },
      { key: 'missing', value: 3, start: 100, length: 150 },
    ]);
  });

  it('shortens long labels with an ellipsis', () => {
    expect(clip('Phòng Chuyển đổi số và Bưu chính, Viễn thông', 20)).toBe('Phòng Chuyển đổi số…');
    expect(clip('Văn phòng Sở', 20)).toBe('Văn phòng Sở');
  });
});

describe('rates', () => {
  it('computes a percentage with one decimal, and no rate when nothing was due', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(3, 3)).toBe(100);
    expect(percent(0, 0)).toBeNull();
  });

  it('writes the rate the Vietnamese way (decimal comma) or the English way', () => {
    expect(formatPercent(66.7, 'vi')).toBe('66,7%');
    expect(formatPercent(66.7, 'en')).toBe('66.7%');
    expect(formatPercent(100, 'vi')).toBe('100%');
    expect(formatPercent(null, 'vi')).toBe('—');
  });
});

const DASHBOARD: DashboardView = {
  generatedAt: '2025-11-06T02:00:00.000Z',
  periods: [
    { templateId: 'bao-cao-nam-2025', titleVi: 'Báo cáo năm 2025', titleEn: '2025 annual report', dueInstant: '2025-11-04T17:00:00.000Z', counts: { 'submitted-on-time': 1, overdue: 6, 'submitted-late': 1 } },
    { templateId: 'bao-cao-nam-2026', titleVi: 'Báo cáo năm 2026', titleEn: '2026 annual report', dueInstant: '2026-11-04T17:00:00.000Z', counts: { 'not-yet-due': 8 } },
  ],
  units: [
    { unitId: 'b', name: 'Phòng Quản lý khoa học', onTime: 0, late: 1, overdue: 0, missing: 1, pending: 1 },
    { unitId: 'a', name: 'Phòng Kế hoạch - Tài chính', onTime: 2, late: 0, overdue: 0, missing: 0, pending: 1 },
  ],
  cases: [
    { type: 'complaint', labelVi: 'Khiếu nại', labelEn: 'Complaint', received: 3, resolved: 2, resolvedOnTime: 1, open: 1 },
    { type: 'denunciation', labelVi: 'Tố cáo', labelEn: 'Denunciation', received: 1, resolved: 0, resolvedOnTime: 0, open: 1 },
  ],
  overdue: [],
  ratings: { total: 3, byLevel: { 'rat-hai-long': 1, 'hai-long': 1, 'binh-thuong': 0, 'khong-hai-long': 1, 'rat-khong-hai-long': 0 } },
};

describe('dashboard tables', () => {
  it('counts each period by status, with the on-time rate among the reports already due', () => {
    const table = periodTable(DASHBOARD, t, 'vi');
    expect(table.rows[0]!.cells).toEqual(['Báo cáo năm 2025', '05/11/2025', 1, 1, 6, 0, 0, 0, 8, '12,5%']);
    expect(table.rows[1]!.cells.at(-1)).toBe('—');
    expect(table.chart.rows[0]!.values).toMatchObject({ 'submitted-on-time': 1, overdue: 6 });
  });

  it('sorts units by name and rates them on the reports that were due', () => {
    const table = unitTable(DASHBOARD, t, 'vi');
    expect(table.rows.map((row) => row.cells[0])).toEqual(['Phòng Kế hoạch - Tài chính', 'Phòng Quản lý khoa học']);
    expect(table.rows[1]!.cells).toEqual(['Phòng Quản lý khoa học', 0, 1, 0, 1, 1, '0%']);
  });

  it('totals the case pipeline and exports the same rows as CSV', () => {
    const table = caseTable(DASHBOARD.cases, t, 'vi', true);
    expect(table.rows.at(-1)!.cells).toEqual(['Tổng số', 4, 2, 1, 2, '50%']);
    expect(table.rows[1]!.cells.at(-1)).toBe('—');
    const csv = toCsv(csvRows(table));
    expect(csv.split('\r\n')[0]).toBe('\uFEFFLoại đơn,Tiếp nhận,Đã giải quyết,Giải quyết đúng hạn,Đang giải quyết,Tỷ lệ đúng hạn');
    expect(csv).toContain('\r\nKhiếu nại,3,2,1,1,50%\r\n');
    expect(toCsv(csvRows(caseTable([{ ...DASHBOARD.cases[0]!, resolvedOnTime: 1, resolved: 3 }], t, 'vi', true)))).toContain('Khiếu nại,3,3,1,1,"33,3%"');
  });

  it('shows a suppressed public count as “dưới 5”, draws it as nothing, and takes the total from the server', () => {
    const rows = [{ ...DASHBOARD.cases[0]!, received: null, resolved: 0, resolvedOnTime: 0 }];
    const table = caseTable(rows, t, 'vi', false, { totals: { received: null, resolved: 0, resolvedOnTime: 0 }, minimumCell: 5 });
    expect(table.rows[0]!.cells).toEqual(['Khiếu nại', 'dưới 5', 0, 0, '—']);
    expect(table.rows.at(-1)!.cells).toEqual(['Tổng số', 'dưới 5', 0, 0, '—']);
    expect(table.chart.rows[0]!.values.received).toBe(0);
  });
});

describe('compiling a period', () => {
  const template = (templateId: string, kind: ObligationTemplate['kind'], due: string): ObligationTemplate => ({ templateId, kind, titleVi: templateId, titleEn: templateId, dueInstant: due });
  const templates = [
    template('ke-hoach-trien-khai', 'implementation-plan', '2022-02-14T17:00:00.000Z'),
    template('bao-cao-nam-2025', 'annual', '2025-11-04T17:00:00.000Z'),
    template('bao-cao-tong-ket-2025', 'final', '2025-10-24T17:00:00.000Z'),
    template('bao-cao-nam-2026', 'annual', '2026-11-04T17:00:00.000Z'),
  ];
  const report = (templateId: string, status: 'draft' | 'approved' | 'sent') => ({ status, period: { from: '', to: '', templateIds: [templateId] } });

  it('offers the report periods latest first, without the implementation plans, suggesting the latest one due and not sent', () => {
    const periods = compilablePeriods(templates, [report('bao-cao-nam-2025', 'sent')], new Date('2025-11-06T02:00:00Z'));
    expect(periods.map((p) => p.templateId)).toEqual(['bao-cao-nam-2026', 'bao-cao-nam-2025', 'bao-cao-tong-ket-2025']);
    expect(periods.find((p) => p.suggested)?.templateId).toBe('bao-cao-tong-ket-2025');
    expect(periods[1]).toMatchObject({ existing: 'sent', dueDate: '2025-11-05' });
  });

  it('writes the dateline as the decree does: two-digit days, months 1 and 2 with a zero', () => {
    expect(dateline('Quảng Ngãi', '2025-11-06')).toBe('Quảng Ngãi, ngày 06 tháng 11 năm 2025');
    expect(dateline('Quảng Ngãi', '2026-02-15')).toBe('Quảng Ngãi, ngày 15 tháng 02 năm 2026');
    expect(dateline('Quảng Ngãi', '5/3/2026')).toBe('Quảng Ngãi, ngày 05 tháng 3 năm 2026');
  });

  it('lists each recipient address once, in list order', () => {
    expect(recipientAddresses([{ emails: ['a@x.vn', 'b@x.vn'] }, { emails: ['b@x.vn', 'c@x.vn'] }, { emails: [] }])).toEqual(['a@x.vn', 'b@x.vn', 'c@x.vn']);
  });
});
