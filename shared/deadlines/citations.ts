import type { CivilDate } from './civil-date.ts';

/**
 * A legal provision the platform prints in its own words (a trace step, a warning, a notice), checked
 * against the text: what the provision says, where it was read, when. `test/unit/deadlines/citations.test.ts`
 * refuses any citation the platform prints that is not in this table, so a wrong clause number (as
 * "Điều 148.2" for the rolling of a last day off was) cannot come back unnoticed. The citations of the
 * deadline rules are the rules' own data (`source`, `verified`), checked rule by rule.
 */
export interface CheckedCitation {
  /** As printed: `BLDS 2015 Điều 148.5` is clause 5 of Article 148. */
  citation: string;
  /** What the provision says, in its words. */
  says: string;
  /** Where the text was read. */
  source: string;
  checkedOn: CivilDate;
}

const BLDS_SOURCE = 'Bộ luật Dân sự số 91/2015/QH13, Điều 147–148 (thuvienphapluat.vn; luathuythanh.vn)';

export const CHECKED_CITATIONS: readonly CheckedCitation[] = [
  {
    citation: 'BLDS 2015 Điều 147',
    says: 'Khi thời hạn được xác định bằng ngày, tuần, tháng, năm thì ngày đầu tiên của thời hạn không được tính mà tính từ ngày tiếp theo liền kề ngày được xác định (khoản 2).',
    source: BLDS_SOURCE,
    checkedOn: '2026-12-04',
  },
  {
    citation: 'BLDS 2015 Điều 147–148',
    says: 'Thời điểm bắt đầu thời hạn (Điều 147) và kết thúc thời hạn (Điều 148).',
    source: BLDS_SOURCE,
    checkedOn: '2026-12-04',
  },
  {
    citation: 'BLDS 2015 Điều 148.4',
    says: 'Khi thời hạn tính bằng năm thì thời hạn kết thúc tại thời điểm kết thúc ngày, tháng tương ứng của năm cuối cùng của thời hạn.',
    source: BLDS_SOURCE,
    checkedOn: '2026-12-04',
  },
  {
    citation: 'BLDS 2015 Điều 148.5',
    says: 'Khi ngày cuối cùng của thời hạn là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó.',
    source: BLDS_SOURCE,
    checkedOn: '2026-12-04',
  },
  {
    citation: 'Luật Tiếp cận thông tin 2016 Điều 29.2',
    says: 'Trực tiếp tại trụ sở, thông tin phức tạp: chậm nhất là 10 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ; có thể gia hạn nhưng tối đa không quá 10 ngày làm việc.',
    source: 'Luật số 104/2016/QH13 (diepxuan/diepxuan.github.io, van-ban/thong-tin-bao-chi-xuat-ban/tiep-can-thong-tin.md)',
    checkedOn: '2026-12-04',
  },
  {
    citation: 'Luật Tiếp cận thông tin 2016 Điều 30.4',
    says: 'Qua mạng điện tử, thông tin phức tạp: thông báo chậm nhất 03 ngày làm việc, cung cấp chậm nhất 15 ngày làm việc; có thể gia hạn nhưng tối đa không quá 15 ngày.',
    source: 'Luật số 104/2016/QH13 (diepxuan/diepxuan.github.io, van-ban/thong-tin-bao-chi-xuat-ban/tiep-can-thong-tin.md)',
    checkedOn: '2026-12-04',
  },
  {
    citation: 'Luật Tiếp cận thông tin 2016 Điều 31.2',
    says: 'Qua bưu chính, fax, thông tin phức tạp: thông báo chậm nhất 03 ngày làm việc, cung cấp chậm nhất 15 ngày làm việc; có thể gia hạn nhưng tối đa không quá 15 ngày.',
    source: 'Luật số 104/2016/QH13 (thuvienphapluat.vn; thuviennhadat.vn)',
    checkedOn: '2026-12-04',
  },
];

/** The citations the deadline engine and the case rules print, each one of {@link CHECKED_CITATIONS}. */
export const CITES = {
  firstDay: 'BLDS 2015 Điều 147',
  yearsEnd: 'BLDS 2015 Điều 148.4',
  lastDayOff: 'BLDS 2015 Điều 148.5',
} as const;
