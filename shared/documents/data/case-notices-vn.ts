import type { CaseNoticeTemplate } from '../case-notices.ts';

/**
 * The notices the office sends a complainant when it accepts (thụ lý) or does not accept a complaint,
 * as data: an administrator may adjust the wording; the placeholders in braces are the facts of the case
 * (`CASE_NOTICE_FACTS`). The law: Luật Khiếu nại 2011 Điều 27 (notice of thụ lý or of the reason it is not
 * accepted, to the complainant, the body that forwarded it and the state inspectorate at the same level),
 * Điều 11 (the grounds for not accepting). The form numbers of NĐ 124/2020/NĐ-CP's appendix could not be
 * read in any stored source: `form.verified` stays false until they are. For a denunciation (Luật Tố cáo
 * 2018 Điều 29): the denouncer is told of the thụ lý, the accused of the content accepted, never of who
 * denounced.
 */
export const CASE_NOTICE_TEMPLATES: readonly CaseNoticeTemplate[] = [
  {
    id: 'khieu-nai/thong-bao-thu-ly',
    version: '2020-11-25',
    validFrom: '2020-11-25',
    validUntil: null,
    caseTypes: ['khieu-nai-lan-1', 'khieu-nai-lan-2'],
    step: 'acceptance',
    addressee: 'petitioner',
    form: { source: 'NĐ 124/2020/NĐ-CP, Phụ lục (mẫu thông báo thụ lý giải quyết khiếu nại)', verified: false },
    documentType: 'thong-bao',
    typeName: 'THÔNG BÁO',
    title: 'Về việc thụ lý giải quyết khiếu nại',
    bases: ['Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;', 'Căn cứ Nghị định số 124/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại;'],
    paragraphs: [
      'Ngày {receivedDate}, {agencyName} nhận được đơn khiếu nại của {petitionerName}, địa chỉ: {petitionerAddress}, về việc: {subject}.',
      'Sau khi xem xét, khiếu nại đủ điều kiện thụ lý và thuộc thẩm quyền giải quyết của {agencyName}. Ngày {acceptedDate}, {agencyName} đã thụ lý giải quyết khiếu nại theo quy định tại Điều 27 Luật Khiếu nại.',
      'Thời hạn giải quyết khiếu nại là đến hết ngày {resolutionDue}. {agencyName} thông báo để {petitionerName} được biết./.',
    ],
    recipients: ['{petitionerName}', 'Thanh tra tỉnh'],
  },
  {
    id: 'khieu-nai/thong-bao-khong-thu-ly',
    version: '2020-11-25',
    validFrom: '2020-11-25',
    validUntil: null,
    caseTypes: ['khieu-nai-lan-1', 'khieu-nai-lan-2'],
    step: 'not-accepted',
    addressee: 'petitioner',
    form: { source: 'NĐ 124/2020/NĐ-CP, Phụ lục (mẫu thông báo không thụ lý giải quyết khiếu nại)', verified: false },
    documentType: 'thong-bao',
    typeName: 'THÔNG BÁO',
    title: 'Về việc không thụ lý giải quyết khiếu nại',
    bases: ['Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;', 'Căn cứ Nghị định số 124/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại;'],
    paragraphs: [
      'Ngày {receivedDate}, {agencyName} nhận được đơn khiếu nại của {petitionerName}, địa chỉ: {petitionerAddress}, về việc: {subject}.',
      'Sau khi xem xét, căn cứ Điều 11 Luật Khiếu nại, khiếu nại không đủ điều kiện thụ lý giải quyết vì lý do: {notAcceptedReason}. {notAcceptedText}',
      '{agencyName} thông báo để {petitionerName} được biết./.',
    ],
    recipients: ['{petitionerName}', 'Thanh tra tỉnh'],
  },
  {
    id: 'to-cao/thong-bao-thu-ly',
    version: '2019-01-01',
    validFrom: '2019-01-01',
    validUntil: null,
    caseTypes: ['to-cao'],
    step: 'acceptance',
    addressee: 'petitioner',
    form: { source: 'NĐ 31/2019/NĐ-CP, Phụ lục (mẫu thông báo việc thụ lý tố cáo)', verified: false },
    documentType: 'thong-bao',
    typeName: 'THÔNG BÁO',
    title: 'Về việc thụ lý tố cáo',
    bases: ['Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;', 'Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo;'],
    paragraphs: [
      'Ngày {receivedDate}, {agencyName} nhận được đơn tố cáo của {petitionerName}, địa chỉ: {petitionerAddress}, về việc: {subject}.',
      'Ngày {acceptedDate}, {agencyName} đã thụ lý tố cáo theo quy định tại Điều 29 Luật Tố cáo. Thời hạn giải quyết tố cáo là đến hết ngày {resolutionDue}, trừ trường hợp được gia hạn theo Điều 30 Luật Tố cáo.',
      'Thông tin về người tố cáo được giữ bí mật theo quy định của pháp luật. {agencyName} thông báo để {petitionerName} được biết./.',
    ],
    recipients: ['{petitionerName}'],
  },
  {
    id: 'to-cao/thong-bao-noi-dung',
    version: '2019-01-01',
    validFrom: '2019-01-01',
    validUntil: null,
    caseTypes: ['to-cao'],
    step: 'acceptance',
    addressee: 'accused',
    form: { source: 'NĐ 31/2019/NĐ-CP, Phụ lục (mẫu thông báo nội dung tố cáo cho người bị tố cáo)', verified: false },
    documentType: 'thong-bao',
    typeName: 'THÔNG BÁO',
    title: 'Về nội dung tố cáo',
    bases: ['Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;', 'Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo;'],
    paragraphs: [
      'Ngày {acceptedDate}, {agencyName} đã thụ lý giải quyết tố cáo đối với {accusedName} về nội dung: {subject}.',
      'Theo quy định tại Điều 29 Luật Tố cáo, {agencyName} thông báo nội dung tố cáo để {accusedName} biết, giải trình bằng văn bản và cung cấp thông tin, tài liệu liên quan. Thời hạn giải quyết tố cáo là đến hết ngày {resolutionDue}./.',
    ],
    recipients: ['{accusedName}'],
  },
];
