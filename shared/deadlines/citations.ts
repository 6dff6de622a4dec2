import type { CivilDate } from './civil-date.ts';

/**
 * A legal provision the platform prints in its own words (a trace step, a warning, a notice), checked
 * against the text: what the provision says, where it was read, when. `test/unit/deadlines/citations.test.ts`
 * refuses any citation the platform prints that is not in this table, so a wrong clause number (as
 * "Điều 148.2" for the rolling of a last day off was) cannot come back unnoticed. The citations of the
 * deadline rules print as "<law>, <article>" (their `source`): each verified rule's is here too, or named
 * in the test as not yet read in any stored source.
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
  {
    citation: 'Luật Khiếu nại 2011 (02/2011/QH13), Điều 27',
    says: 'Trong thời hạn 10 ngày, kể từ ngày nhận được khiếu nại thuộc thẩm quyền mà không thuộc một trong các trường hợp được quy định tại Điều 11 của Luật này, người có thẩm quyền giải quyết khiếu nại lần đầu phải thụ lý giải quyết; … trường hợp không thụ lý giải quyết thì phải nêu rõ lý do.',
    source: 'thuvienphapluat.vn (hỏi đáp: thời gian thụ lý đơn khiếu nại); docs/research/rule-citations.md',
    checkedOn: '2026-12-04',
  },
  {
    citation: 'Luật Khiếu nại 2011 (02/2011/QH13), Điều 28',
    says: 'Thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày, kể từ ngày thụ lý; vụ việc phức tạp không quá 45 ngày; ở vùng sâu, vùng xa không quá 45 ngày, phức tạp không quá 60 ngày, kể từ ngày thụ lý.',
    source: 'thuvienphapluat.vn; dost.hochiminhcity.gov.vn; docs/research/rule-citations.md',
    checkedOn: '2026-12-04',
  },
  {
    citation: 'Luật Khiếu nại 2011 (02/2011/QH13), Điều 37',
    says: 'Thời hạn giải quyết khiếu nại lần hai không quá 45 ngày, kể từ ngày thụ lý; vụ việc phức tạp không quá 60 ngày; ở vùng sâu, vùng xa không quá 60 ngày, phức tạp không quá 70 ngày, kể từ ngày thụ lý.',
    source: 'thuvienphapluat.vn; thanhtra.laocai.gov.vn; docs/research/rule-citations.md',
    checkedOn: '2026-12-04',
  },
  {
    citation: 'Luật Tố cáo 2018 (25/2018/QH14), Điều 29',
    says: 'Trong thời hạn 05 ngày làm việc kể từ ngày ra quyết định thụ lý tố cáo, người giải quyết tố cáo có trách nhiệm thông báo cho người tố cáo và thông báo về nội dung tố cáo cho người bị tố cáo biết.',
    source: 'thuvienphapluat.vn; thuviennhadat.vn; docs/research/rule-citations.md',
    checkedOn: '2026-12-04',
  },
  {
    citation: 'Luật Tố cáo 2018 (25/2018/QH14), Điều 30',
    says: 'Thời hạn giải quyết tố cáo là không quá 30 ngày kể từ ngày thụ lý; vụ việc phức tạp có thể gia hạn một lần nhưng không quá 30 ngày; đặc biệt phức tạp hai lần, mỗi lần không quá 30 ngày.',
    source: 'dichvucong.gov.vn (thủ tục 216429); luatsubaoho.com; docs/research/rule-citations.md',
    checkedOn: '2026-12-04',
  },
  {
    citation: 'Luật Tiếp cận thông tin 2016 (104/2016/QH13), Điều 29–31',
    says: 'Điều 29 (trực tiếp): đơn giản cung cấp ngay, phức tạp chậm nhất 10 ngày làm việc; Điều 30 (mạng điện tử): đơn giản 03 ngày làm việc, phức tạp 15 ngày làm việc; Điều 31 (bưu chính, fax): đơn giản 05 ngày làm việc, phức tạp 15 ngày làm việc.',
    source: 'Luật số 104/2016/QH13 (diepxuan/diepxuan.github.io); thuvienphapluat.vn; docs/research/rule-citations.md',
    checkedOn: '2026-12-04',
  },
  {
    citation: 'Luật Tiếp cận thông tin 2016 (104/2016/QH13), Điều 30–31',
    says: 'Thông tin phức tạp qua mạng điện tử (Điều 30.4) hoặc bưu chính, fax (Điều 31.2): chậm nhất là 03 ngày làm việc phải thông báo bằng văn bản về thời hạn giải quyết yêu cầu.',
    source: 'Luật số 104/2016/QH13 (diepxuan/diepxuan.github.io); thuvienphapluat.vn; docs/research/rule-citations.md',
    checkedOn: '2026-12-04',
  },
];

/** The citations the deadline engine and the case rules print, each one of {@link CHECKED_CITATIONS}. */
export const CITES = {
  firstDay: 'BLDS 2015 Điều 147',
  yearsEnd: 'BLDS 2015 Điều 148.4',
  lastDayOff: 'BLDS 2015 Điều 148.5',
} as const;
