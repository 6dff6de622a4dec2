import type { CaseNoticeTemplate } from '../case-notices.ts';

/*
 * The documents of a case's later steps, as data an administrator may adjust: the transfer (the slip to
 * the competent body and the word to the citizen; for a complaint outside competence, the guidance),
 * the result (the decision on a complaint, the notice of a denunciation's result, the answer to a
 * petition, the answer to an information request) and the refusal of information. Where the law lists
 * what a document must contain (Luật Khiếu nại Điều 31 for the decision on a first complaint) every part
 * is there; what only the office knows (the findings, the dialogue, the measures) is left as "[…]" for
 * the office to write before signing: these are skeletons, as the issue asks. No form's wording was read
 * in a stored source (docs/research/case-forms.md): every `form.verified` is false, article numbers are
 * printed only where the project's checked rules hold them (Luật Tố cáo Điều 24.2, Luật Khiếu nại Điều
 * 31 and 33, Luật Tiếp cận thông tin Điều 28), and a denunciation's documents to anyone but the
 * denouncer name no petitioner fact at all (the facts are absent, so no edit can print them).
 */

const COMPLAINT_BASES = ['Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;', 'Căn cứ Nghị định số 124/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại;'];
const DENUNCIATION_BASES = ['Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;', 'Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo;'];
const PETITION_BASES = ['Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;', 'Căn cứ Thông tư số 05/2021/TT-TTCP ngày 01 tháng 10 năm 2021 của Thanh tra Chính phủ quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh;'];
const INFORMATION_BASES = ['Căn cứ Luật Tiếp cận thông tin ngày 06 tháng 4 năm 2016;', 'Căn cứ Nghị định số 13/2018/NĐ-CP ngày 23 tháng 01 năm 2018 của Chính phủ quy định chi tiết và biện pháp thi hành Luật Tiếp cận thông tin;'];
const TT05 = 'Căn cứ Thông tư số 05/2021/TT-TTCP ngày 01 tháng 10 năm 2021 của Thanh tra Chính phủ quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh;';

const since = (date: string) => ({ version: date, validFrom: date, validUntil: null });

/** The decision on a complaint, round one or two: the contents Luật Khiếu nại Điều 31 (and 40) require, in articles. */
const complaintDecision = (round: 'lần đầu' | 'lần hai', rights: string): Omit<CaseNoticeTemplate, 'id' | 'caseTypes' | 'version' | 'validFrom' | 'validUntil'> => ({
  step: 'resolution',
  addressee: 'parties',
  outcomes: ['upheld', 'partly-upheld', 'rejected'],
  layout: 'decision',
  label: { vi: `Quyết định giải quyết khiếu nại ${round}`, en: `Decision on the complaint (round ${round === 'lần đầu' ? 'one' : 'two'})` },
  form: { source: `NĐ 124/2020/NĐ-CP, Phụ lục (mẫu quyết định giải quyết khiếu nại ${round}); nội dung theo Luật Khiếu nại Điều ${round === 'lần đầu' ? '31' : '40'}`, verified: false },
  documentType: 'quyet-dinh',
  typeName: 'QUYẾT ĐỊNH',
  title: `Về việc giải quyết khiếu nại của {petitionerName} (${round})`,
  bases: [...COMPLAINT_BASES, 'Căn cứ […quyết định quy định chức năng, nhiệm vụ, quyền hạn của cơ quan…];', 'Xét đơn khiếu nại ngày {receivedDate} của {petitionerName}, địa chỉ: {petitionerAddress}, thụ lý ngày {acceptedDate};'],
  paragraphs: [
    'Nội dung khiếu nại: {subject}. Người bị khiếu nại: […].',
    'Kết quả xác minh nội dung khiếu nại: […].',
    'Kết quả đối thoại (nếu có): […].',
    'Điều 1. Kết luận nội dung khiếu nại của {petitionerName} là {outcome}. […Căn cứ pháp luật để giải quyết khiếu nại…].',
    'Điều 2. […Giữ nguyên, sửa đổi, bổ sung hoặc hủy bỏ một phần hay toàn bộ quyết định hành chính, chấm dứt hành vi hành chính bị khiếu nại; giải quyết các vấn đề cụ thể trong nội dung khiếu nại…].',
    'Điều 3. […Việc bồi thường thiệt hại cho người bị thiệt hại (nếu có)…].',
    `Điều 4. ${rights}`,
    'Điều 5. Quyết định này có hiệu lực kể từ ngày {resolutionDate}. {petitionerName}, người bị khiếu nại và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
  ],
  recipients: ['Như Điều 5', 'Thủ trưởng cơ quan cấp trên trực tiếp', 'Thanh tra tỉnh'],
});

export const CASE_OUTCOME_TEMPLATES: readonly CaseNoticeTemplate[] = [
  {
    id: 'to-cao/phieu-chuyen-don',
    ...since('2021-10-01'),
    caseTypes: ['to-cao'],
    step: 'transfer',
    // To another body: the denunciation's content, never who denounced (Luật Tố cáo Điều 47); the letter itself goes separately.
    addressee: 'receiving-body',
    layout: 'notice',
    label: { vi: 'Phiếu chuyển đơn tố cáo', en: 'Transfer slip of the denunciation' },
    form: { source: 'TT 05/2021/TT-TTCP, Phụ lục (mẫu phiếu chuyển đơn tố cáo)', verified: false },
    documentType: 'phieu-chuyen',
    typeName: 'PHIẾU CHUYỂN',
    title: 'Về việc chuyển đơn tố cáo',
    bases: ['Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;', TT05],
    paragraphs: [
      'Ngày {receivedDate}, {agencyName} nhận được đơn tố cáo về việc: {subject}.',
      'Nội dung tố cáo không thuộc thẩm quyền giải quyết của {agencyName} ({transferReason}). Căn cứ khoản 2 Điều 24 Luật Tố cáo, {agencyName} chuyển đơn tố cáo đến {transferTo} để xem xét, giải quyết theo thẩm quyền.',
      'Thông tin về người tố cáo được chuyển riêng cùng đơn tố cáo và phải được giữ bí mật theo quy định của pháp luật./.',
    ],
    recipients: ['Như trên'],
  },
  {
    id: 'to-cao/thong-bao-chuyen-don',
    ...since('2021-10-01'),
    caseTypes: ['to-cao'],
    step: 'transfer',
    addressee: 'petitioner',
    layout: 'notice',
    label: { vi: 'Thông báo chuyển đơn cho người tố cáo', en: 'Notice of the transfer to the denouncer' },
    form: { source: 'TT 05/2021/TT-TTCP, Phụ lục (mẫu thông báo việc chuyển đơn tố cáo)', verified: false },
    documentType: 'thong-bao',
    typeName: 'THÔNG BÁO',
    title: 'Về việc chuyển đơn tố cáo',
    bases: ['Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;', TT05],
    paragraphs: [
      'Ngày {receivedDate}, {agencyName} nhận được đơn tố cáo của {petitionerName}, địa chỉ: {petitionerAddress}, về việc: {subject}.',
      'Nội dung tố cáo không thuộc thẩm quyền giải quyết của {agencyName}. Căn cứ khoản 2 Điều 24 Luật Tố cáo, ngày {transferDate}, {agencyName} đã chuyển đơn tố cáo đến {transferTo} để giải quyết theo thẩm quyền. Thông tin về người tố cáo được giữ bí mật theo quy định của pháp luật.',
      '{agencyName} thông báo để {petitionerName} được biết./.',
    ],
    recipients: ['{petitionerName}'],
  },
  {
    id: 'khieu-nai/van-ban-huong-dan',
    ...since('2021-10-01'),
    caseTypes: ['khieu-nai-lan-1', 'khieu-nai-lan-2'],
    step: 'transfer',
    // A complaint outside competence is not passed on: the complainant is told, once, where to file it.
    addressee: 'petitioner',
    layout: 'notice',
    label: { vi: 'Văn bản hướng dẫn người khiếu nại', en: 'Guidance to the complainant' },
    form: { source: 'TT 05/2021/TT-TTCP, Phụ lục (mẫu hướng dẫn gửi đơn khiếu nại đến cơ quan có thẩm quyền)', verified: false },
    documentType: 'thong-bao',
    typeName: 'THÔNG BÁO',
    title: 'Về việc hướng dẫn gửi đơn khiếu nại đến cơ quan có thẩm quyền',
    bases: ['Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;', TT05],
    paragraphs: [
      'Ngày {receivedDate}, {agencyName} nhận được đơn khiếu nại của {petitionerName}, địa chỉ: {petitionerAddress}, về việc: {subject}.',
      'Nội dung khiếu nại không thuộc thẩm quyền giải quyết của {agencyName} ({transferReason}). {agencyName} hướng dẫn {petitionerName} gửi đơn khiếu nại đến {transferTo} để được xem xét, giải quyết theo quy định của pháp luật.',
      '{agencyName} thông báo để {petitionerName} được biết./.',
    ],
    recipients: ['{petitionerName}'],
  },
  {
    id: 'kien-nghi/phieu-chuyen-don',
    ...since('2021-10-01'),
    caseTypes: ['kien-nghi-phan-anh'],
    step: 'transfer',
    addressee: 'receiving-body',
    layout: 'notice',
    label: { vi: 'Phiếu chuyển đơn kiến nghị, phản ánh', en: 'Transfer slip of the petition' },
    form: { source: 'TT 05/2021/TT-TTCP, Phụ lục (mẫu phiếu chuyển đơn kiến nghị, phản ánh)', verified: false },
    documentType: 'phieu-chuyen',
    typeName: 'PHIẾU CHUYỂN',
    title: 'Về việc chuyển đơn kiến nghị, phản ánh',
    bases: PETITION_BASES,
    paragraphs: [
      'Ngày {receivedDate}, {agencyName} nhận được đơn kiến nghị, phản ánh của {petitionerName}, địa chỉ: {petitionerAddress}, về việc: {subject}.',
      'Nội dung đơn không thuộc thẩm quyền giải quyết của {agencyName} ({transferReason}). {agencyName} chuyển đơn đến {transferTo} để xem xét, giải quyết theo thẩm quyền và trả lời cho người gửi đơn./.',
    ],
    recipients: ['Như trên', '{petitionerName} (để biết)'],
  },
  {
    id: 'kien-nghi/thong-bao-chuyen-don',
    ...since('2021-10-01'),
    caseTypes: ['kien-nghi-phan-anh'],
    step: 'transfer',
    addressee: 'petitioner',
    layout: 'notice',
    label: { vi: 'Thông báo chuyển đơn cho người gửi đơn', en: 'Notice of the transfer to the petitioner' },
    form: { source: 'TT 05/2021/TT-TTCP, Phụ lục (mẫu thông báo việc chuyển đơn)', verified: false },
    documentType: 'thong-bao',
    typeName: 'THÔNG BÁO',
    title: 'Về việc chuyển đơn kiến nghị, phản ánh',
    bases: PETITION_BASES,
    paragraphs: [
      'Ngày {receivedDate}, {agencyName} nhận được đơn kiến nghị, phản ánh của {petitionerName}, địa chỉ: {petitionerAddress}, về việc: {subject}.',
      'Ngày {transferDate}, {agencyName} đã chuyển đơn đến {transferTo} để xem xét, giải quyết theo thẩm quyền.',
      '{agencyName} thông báo để {petitionerName} được biết./.',
    ],
    recipients: ['{petitionerName}'],
  },
  {
    id: 'khieu-nai/quyet-dinh-giai-quyet-lan-dau',
    ...since('2020-11-25'),
    caseTypes: ['khieu-nai-lan-1'],
    ...complaintDecision(
      'lần đầu',
      'Trong thời hạn 30 ngày kể từ ngày nhận được Quyết định này (vùng sâu, vùng xa đi lại khó khăn: 45 ngày), nếu không đồng ý, {petitionerName} có quyền khiếu nại đến […người có thẩm quyền giải quyết khiếu nại lần hai…] theo Điều 33 Luật Khiếu nại hoặc khởi kiện vụ án hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính.',
    ),
  },
  {
    id: 'khieu-nai/quyet-dinh-giai-quyet-lan-hai',
    ...since('2020-11-25'),
    caseTypes: ['khieu-nai-lan-2'],
    ...complaintDecision('lần hai', 'Nếu không đồng ý với Quyết định này, {petitionerName} có quyền khởi kiện vụ án hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính.'),
  },
  {
    id: 'khieu-nai/quyet-dinh-dinh-chi',
    ...since('2020-11-25'),
    caseTypes: ['khieu-nai-lan-1', 'khieu-nai-lan-2'],
    step: 'resolution',
    addressee: 'parties',
    outcomes: ['withdrawn'],
    layout: 'decision',
    label: { vi: 'Quyết định đình chỉ việc giải quyết khiếu nại', en: 'Decision ending the resolution of the complaint' },
    form: { source: 'NĐ 124/2020/NĐ-CP, Phụ lục (mẫu quyết định đình chỉ việc giải quyết khiếu nại); rút khiếu nại theo Luật Khiếu nại Điều 10', verified: false },
    documentType: 'quyet-dinh',
    typeName: 'QUYẾT ĐỊNH',
    title: 'Về việc đình chỉ việc giải quyết khiếu nại',
    bases: [...COMPLAINT_BASES, 'Xét việc người khiếu nại rút khiếu nại: […đơn rút khiếu nại ngày…];'],
    paragraphs: [
      'Điều 1. Đình chỉ việc giải quyết khiếu nại của {petitionerName}, địa chỉ: {petitionerAddress}, về việc: {subject}, đã thụ lý ngày {acceptedDate}, do người khiếu nại đã rút khiếu nại.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày {resolutionDate}. {petitionerName} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ],
    recipients: ['Như Điều 2', 'Thanh tra tỉnh'],
  },
  {
    id: 'to-cao/thong-bao-ket-qua',
    ...since('2019-01-01'),
    caseTypes: ['to-cao'],
    step: 'resolution',
    addressee: 'petitioner',
    outcomes: ['upheld', 'partly-upheld', 'rejected'],
    layout: 'notice',
    label: { vi: 'Thông báo kết quả giải quyết tố cáo', en: 'Notice of the result to the denouncer' },
    form: { source: 'NĐ 31/2019/NĐ-CP, Phụ lục (mẫu thông báo kết quả giải quyết tố cáo)', verified: false },
    documentType: 'thong-bao',
    typeName: 'THÔNG BÁO',
    title: 'Về kết quả giải quyết tố cáo',
    bases: DENUNCIATION_BASES,
    paragraphs: [
      'Ngày {acceptedDate}, {agencyName} đã thụ lý tố cáo của {petitionerName} về việc: {subject}.',
      'Ngày {resolutionDate}, {agencyName} đã kết luận nội dung tố cáo: nội dung tố cáo là {outcome}. […Kết luận đối với từng nội dung tố cáo; các biện pháp xử lý đã áp dụng hoặc kiến nghị áp dụng…].',
      'Trường hợp có căn cứ cho rằng việc giải quyết tố cáo không đúng pháp luật, {petitionerName} có quyền tố cáo tiếp theo quy định của Luật Tố cáo. Thông tin về người tố cáo tiếp tục được giữ bí mật. {agencyName} thông báo để {petitionerName} được biết./.',
    ],
    recipients: ['{petitionerName}'],
  },
  {
    id: 'to-cao/quyet-dinh-dinh-chi',
    ...since('2019-01-01'),
    caseTypes: ['to-cao'],
    step: 'resolution',
    addressee: 'parties',
    outcomes: ['withdrawn'],
    layout: 'decision',
    label: { vi: 'Quyết định đình chỉ việc giải quyết tố cáo', en: 'Decision ending the resolution of the denunciation' },
    form: { source: 'NĐ 31/2019/NĐ-CP, Phụ lục (mẫu quyết định đình chỉ việc giải quyết tố cáo)', verified: false },
    documentType: 'quyet-dinh',
    typeName: 'QUYẾT ĐỊNH',
    title: 'Về việc đình chỉ việc giải quyết tố cáo',
    bases: [...DENUNCIATION_BASES, 'Xét việc người tố cáo rút toàn bộ nội dung tố cáo và không có căn cứ xác định hành vi vi phạm pháp luật;'],
    paragraphs: [
      'Điều 1. Đình chỉ việc giải quyết tố cáo đối với {accusedName} về nội dung: {subject}, đã thụ lý ngày {acceptedDate}.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày {resolutionDate}. Người giải quyết tố cáo và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ],
    recipients: ['Như Điều 2', 'Thanh tra tỉnh'],
  },
  {
    id: 'kien-nghi/van-ban-tra-loi',
    ...since('2021-10-01'),
    caseTypes: ['kien-nghi-phan-anh'],
    step: 'resolution',
    addressee: 'petitioner',
    layout: 'notice',
    label: { vi: 'Văn bản trả lời kiến nghị, phản ánh', en: 'Answer to the petition' },
    form: { source: 'Luật Tiếp công dân 2013; TT 05/2021/TT-TTCP (trả lời kiến nghị, phản ánh thuộc thẩm quyền)', verified: false },
    documentType: 'thong-bao',
    typeName: 'THÔNG BÁO',
    title: 'Về việc trả lời kiến nghị, phản ánh',
    bases: PETITION_BASES,
    paragraphs: [
      'Ngày {receivedDate}, {agencyName} nhận được đơn kiến nghị, phản ánh của {petitionerName}, địa chỉ: {petitionerAddress}, về việc: {subject}.',
      'Sau khi xem xét, {agencyName} trả lời như sau: […Nội dung trả lời…].',
      '{agencyName} thông báo để {petitionerName} được biết./.',
    ],
    recipients: ['{petitionerName}'],
  },
  {
    id: 'yeu-cau-thong-tin/phieu-giai-quyet',
    ...since('2018-07-01'),
    caseTypes: ['yeu-cau-thong-tin'],
    step: 'resolution',
    addressee: 'petitioner',
    layout: 'notice',
    label: { vi: 'Phiếu giải quyết yêu cầu cung cấp thông tin', en: 'Answer to the information request' },
    form: { source: 'NĐ 13/2018/NĐ-CP, Mẫu số 03 (phiếu giải quyết yêu cầu cung cấp thông tin)', verified: false },
    documentType: 'thong-bao',
    typeName: 'THÔNG BÁO',
    title: 'Về việc giải quyết yêu cầu cung cấp thông tin',
    bases: INFORMATION_BASES,
    paragraphs: [
      'Ngày {receivedDate}, {agencyName} nhận được yêu cầu cung cấp thông tin của {petitionerName}, địa chỉ: {petitionerAddress}, về: {subject}.',
      'Ngày {resolutionDate}, {agencyName} cung cấp thông tin như sau: […Thông tin được cung cấp; hình thức, thời gian, địa điểm cung cấp; chi phí thực tế in, sao, chụp, gửi (nếu có)…].',
      '{agencyName} thông báo để {petitionerName} được biết./.',
    ],
    recipients: ['{petitionerName}'],
  },
  {
    id: 'yeu-cau-thong-tin/thong-bao-tu-choi',
    ...since('2018-07-01'),
    caseTypes: ['yeu-cau-thong-tin'],
    step: 'refusal',
    addressee: 'petitioner',
    layout: 'notice',
    label: { vi: 'Thông báo từ chối cung cấp thông tin', en: 'Notice refusing the information' },
    form: { source: 'NĐ 13/2018/NĐ-CP, Mẫu số 05 (thông báo về việc từ chối yêu cầu cung cấp thông tin); lý do theo Luật Tiếp cận thông tin Điều 28', verified: false },
    documentType: 'thong-bao',
    typeName: 'THÔNG BÁO',
    title: 'Về việc từ chối yêu cầu cung cấp thông tin',
    bases: INFORMATION_BASES,
    paragraphs: [
      'Ngày {receivedDate}, {agencyName} nhận được yêu cầu cung cấp thông tin của {petitionerName}, địa chỉ: {petitionerAddress}, về: {subject}.',
      'Căn cứ Điều 28 Luật Tiếp cận thông tin, {agencyName} từ chối cung cấp thông tin vì lý do: {refusalReason}. {refusalText}',
      'Nếu không đồng ý, {petitionerName} có quyền khiếu nại, khởi kiện theo quy định của pháp luật. {agencyName} thông báo để {petitionerName} được biết./.',
    ],
    recipients: ['{petitionerName}'],
  },
];
