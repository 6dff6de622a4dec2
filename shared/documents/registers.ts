import * as z from 'zod';
import { CASE_STATUS_LABELS, CHANNEL_LABELS } from '../cases/labels.ts';
import { CASE_TYPE_LABELS, OUTCOME_LABELS, type CitizenCase } from '../cases/model.ts';
import type { RedactedCase } from '../cases/redaction.ts';
import { formatVi, type CivilDate } from '../deadlines/civil-date.ts';
import { localDate } from '../time-zone.ts';

/**
 * The office's registers (sổ), built from the case records for a range of receipt dates, as data: each
 * register's columns in the order its form has them, and one row per case. The rows are made from the
 * case as the person who asked may see it (a hidden denouncer stays hidden); XLSX is only a rendering.
 */
export const REGISTER_IDS = ['so-tiep-cong-dan', 'so-theo-doi-xu-ly-don'] as const;
export const RegisterIdSchema = z.enum(REGISTER_IDS, { error: 'Sổ không có trong hệ thống / No such register' });
export type RegisterId = z.infer<typeof RegisterIdSchema>;

export interface RegisterColumn {
  /** The heading as the form prints it. */
  header: string;
  /** A heading over several columns ("Hướng xử lý"). */
  group?: string;
  width: number;
}

export interface RegisterDefinition {
  id: RegisterId;
  title: string;
  label: { vi: string; en: string };
  /** Where the layout comes from, and whether it was read in the official text. */
  form: { source: string; verified: boolean };
  columns: readonly RegisterColumn[];
  /** Which cases the register lists. */
  includes: (c: CitizenCase) => boolean;
  row: (c: RedactedCase, index: number, documents: readonly string[]) => string[];
}

const HIDDEN = 'Đã ẩn (bảo vệ người tố cáo)';
const mark = (on: boolean) => (on ? 'x' : '');
const person = (c: RedactedCase) => (c.redacted.includes('petitioner') ? HIDDEN : c.anonymous ? 'Nặc danh' : [c.petitioner.name, c.petitioner.address].filter(Boolean).join(' - '));
const followUp = (c: RedactedCase) => [CASE_STATUS_LABELS[c.status].vi, c.resolution ? `${OUTCOME_LABELS[c.resolution.outcome].vi} (${formatVi(c.resolution.decidedOn)})` : ''].filter(Boolean).join(': ');
const received = (c: Pick<CitizenCase, 'receivedAt'>) => formatVi(localDate(c.receivedAt));

export const REGISTERS: Record<RegisterId, RegisterDefinition> = {
  'so-tiep-cong-dan': {
    id: 'so-tiep-cong-dan',
    title: 'SỔ TIẾP CÔNG DÂN',
    label: { vi: 'Sổ tiếp công dân', en: 'Register of citizens received' },
    // The layout as a form site reproduces it; the circular's appendix itself was not in any stored source.
    form: { source: 'Thông tư 04/2021/TT-TTCP, Mẫu số 03 (bố cục theo hoatieu.top)', verified: false },
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Ngày tiếp', width: 12 },
      { header: 'Họ tên - Địa chỉ', width: 30 },
      { header: 'CMND/Hộ chiếu của công dân', width: 16 },
      { header: 'Nội dung vụ việc', width: 40 },
      { header: 'Phân loại đơn/Số người', width: 18 },
      { header: 'Cơ quan đã giải quyết', width: 20 },
      { header: 'Thụ lý để giải quyết', group: 'Hướng xử lý', width: 12 },
      { header: 'Trả lại đơn và hướng dẫn', group: 'Hướng xử lý', width: 12 },
      { header: 'Chuyển đơn đến cơ quan, tổ chức đơn vị có thẩm quyền', group: 'Hướng xử lý', width: 20 },
      { header: 'Theo dõi kết quả giải quyết', width: 24 },
      { header: 'Ghi chú', width: 16 },
    ],
    // Tiếp công dân: the citizen came in person.
    includes: (c) => c.channel === 'truc-tiep',
    row: (c, i) => [
      String(i + 1),
      received(c),
      person(c),
      c.redacted.includes('petitioner') ? HIDDEN : (c.petitioner.idNumber ?? ''),
      c.subject,
      `${CASE_TYPE_LABELS[c.type].vi}/1`,
      c.forwardedBy?.name ?? '',
      mark(c.acceptance !== undefined),
      mark(c.notAccepted !== undefined),
      c.transfer ? c.transfer.to : '',
      followUp(c),
      '',
    ],
  },
  'so-theo-doi-xu-ly-don': {
    id: 'so-theo-doi-xu-ly-don',
    title: 'SỔ THEO DÕI XỬ LÝ ĐƠN',
    label: { vi: 'Sổ theo dõi xử lý đơn', en: 'Register of petitions handled' },
    // No stored source holds a register form of this circular (it may prescribe none): the columns are the
    // facts its process records, in its order: received, classified, handled, answered, resolved.
    form: { source: 'theo quy trình của Thông tư 05/2021/TT-TTCP; bố cục sổ do hệ thống đề xuất', verified: false },
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Ngày nhận', width: 12 },
      { header: 'Nguồn đơn', width: 16 },
      { header: 'Người gửi - Địa chỉ', width: 30 },
      { header: 'Nội dung đơn', width: 40 },
      { header: 'Loại đơn', width: 18 },
      { header: 'Đủ điều kiện xử lý', group: 'Phân loại', width: 12 },
      { header: 'Không đủ điều kiện xử lý', group: 'Phân loại', width: 14 },
      { header: 'Hướng xử lý', width: 24 },
      { header: 'Văn bản đã phát hành', width: 24 },
      { header: 'Kết quả giải quyết', width: 24 },
    ],
    includes: () => true,
    row: (c, i, documents) => [
      String(i + 1),
      received(c),
      CHANNEL_LABELS[c.channel].vi,
      person(c),
      c.subject,
      CASE_TYPE_LABELS[c.type].vi,
      mark(c.acceptance !== undefined),
      mark(c.notAccepted !== undefined),
      c.transfer ? `Chuyển đơn: ${c.transfer.to}` : c.acceptance ? 'Thụ lý giải quyết' : c.notAccepted ? 'Không thụ lý' : c.status === 'lead' ? 'Nguồn tin thanh tra' : 'Đang phân loại',
      documents.join('; '),
      followUp(c),
    ],
  },
};

/** A register's rows and totals for the cases received from `from` to `to` (inclusive, Vietnam dates). */
export const RegisterQuerySchema = z
  .object({ from: z.iso.date({ error: 'Ngày bắt đầu dạng yyyy-mm-dd / Start date as yyyy-mm-dd' }), to: z.iso.date({ error: 'Ngày kết thúc dạng yyyy-mm-dd / End date as yyyy-mm-dd' }) })
  .refine((q) => q.from <= q.to, { error: 'Ngày bắt đầu phải trước ngày kết thúc / The start must not be after the end', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 5 * 366 * 86_400_000, { error: 'Tối đa 5 năm / At most 5 years', path: ['to'] });

export const RegisterTableSchema = z.object({
  register: z.object({ id: RegisterIdSchema, title: z.string(), label: z.object({ vi: z.string(), en: z.string() }), form: z.object({ source: z.string(), verified: z.boolean() }) }),
  from: z.string(),
  to: z.string(),
  columns: z.array(z.object({ header: z.string(), group: z.string().optional(), width: z.number() })),
  rows: z.array(z.array(z.string())),
  /** How many cases of each type the register lists: equal to the case list's for the same range. */
  totals: z.object({ rows: z.number().int(), byType: z.record(z.string(), z.number().int()) }),
});
export type RegisterTable = z.infer<typeof RegisterTableSchema>;

/** The register's table from cases already filtered to those the viewer may see, redacted for them. */
export function registerTable(id: RegisterId, range: { from: CivilDate; to: CivilDate }, cases: readonly RedactedCase[], documentsOf: (caseId: string) => readonly string[]): RegisterTable {
  const definition = REGISTERS[id];
  const listed = cases
    .filter((c) => definition.includes(c))
    .filter((c) => {
      const day = localDate(c.receivedAt);
      return day >= range.from && day <= range.to;
    })
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  const byType: Record<string, number> = {};
  for (const c of listed) byType[c.type] = (byType[c.type] ?? 0) + 1;
  return {
    register: { id, title: definition.title, label: definition.label, form: definition.form },
    ...range,
    columns: definition.columns.map((c) => ({ ...c })),
    rows: listed.map((c, i) => definition.row(c, i, documentsOf(c.id))),
    totals: { rows: listed.length, byType },
  };
}
