import type { HoldReason } from './model.ts';

export interface ReasonText {
  vi: string;
  en: string;
  /** What the sender should do; shown in the reply. */
  actionVi: string;
  actionEn: string;
  /**
   * Whether the sender may be answered. Never for mail whose sender may be forged (SPF or DMARC not
   * passed, spam, virus, a From that disagrees with the envelope) or that was itself automatic:
   * replying to it would be backscatter or a mail loop.
   */
  reply: boolean;
}

const office = { actionVi: 'Vui lòng liên hệ Văn phòng Sở.', actionEn: 'Please contact the Department office.' };

/** Every reason a message is held, in the order the checks run. */
export const HOLD_REASONS: Record<HoldReason, ReasonText> = {
  virus: { vi: 'Thư bị nghi chứa vi-rút; tệp đính kèm không được lưu.', en: 'The message may carry a virus; its attachments were not stored.', ...office, reply: false },
  spam: { vi: 'Thư bị đánh giá là thư rác.', en: 'The message was judged to be spam.', ...office, reply: false },
  'spf-failed': { vi: 'Máy chủ gửi không được tên miền của người gửi cho phép (SPF).', en: 'The sending server is not authorised by the sender’s domain (SPF).', ...office, reply: false },
  'dmarc-failed': { vi: 'Thư không qua kiểm tra DMARC của tên miền người gửi.', en: 'The message failed the sender domain’s DMARC check.', ...office, reply: false },
  'dkim-failed': {
    vi: 'Chữ ký DKIM của thư không hợp lệ.',
    en: 'The message’s DKIM signature is not valid.',
    actionVi: 'Vui lòng gửi lại trực tiếp từ hộp thư của đơn vị (không qua chuyển tiếp); nếu vẫn lỗi, liên hệ Văn phòng Sở.',
    actionEn: 'Please send it again directly from the unit’s mailbox (not forwarded); if it fails again, contact the office.',
    reply: true,
  },
  'auto-generated': { vi: 'Thư tự động (thư báo lỗi, trả lời tự động) không được xử lý như báo cáo.', en: 'Automatic mail (bounces, auto-replies) is not filed as a report.', ...office, reply: false },
  'sender-mismatch': { vi: 'Địa chỉ người gửi (From) khác tên miền với địa chỉ gửi thực tế (MAIL FROM).', en: 'The From address and the envelope sender (MAIL FROM) are in different domains.', ...office, reply: false },
  malformed: {
    vi: 'Thư không đúng định dạng MIME, không đọc được.',
    en: 'The message is not well-formed MIME and cannot be read.',
    actionVi: 'Vui lòng gửi lại bằng phần mềm thư điện tử thông thường; nếu vẫn lỗi, liên hệ Văn phòng Sở.',
    actionEn: 'Please send it again from an ordinary mail client; if it fails again, contact the office.',
    reply: true,
  },
  'unknown-sender': {
    vi: 'Địa chỉ gửi chưa được đăng ký cho đơn vị nào.',
    en: 'The sending address is not registered for any unit.',
    actionVi: 'Vui lòng gửi từ địa chỉ đã đăng ký của đơn vị, hoặc đề nghị Văn phòng Sở đăng ký địa chỉ này.',
    actionEn: 'Please send from your unit’s registered address, or ask the office to register this one.',
    reply: true,
  },
  'no-target': {
    vi: 'Không xác định được báo cáo mà thư này gửi cho.',
    en: 'No reporting obligation matched this message.',
    actionVi: 'Vui lòng ghi mã báo cáo trong tiêu đề, ví dụ [BC-7K2Q9M], hoặc gửi đến địa chỉ riêng của báo cáo (bao-cao+bc-…@…) hiển thị trên hệ thống.',
    actionEn: 'Please put the report code in the subject, e.g. [BC-7K2Q9M], or send to the report’s own address (bao-cao+bc-…@…) shown in the platform.',
    reply: true,
  },
  'ambiguous-target': {
    vi: 'Thư ghi nhiều mã báo cáo khác nhau.',
    en: 'The message names more than one report code.',
    actionVi: 'Vui lòng gửi mỗi báo cáo trong một thư riêng, chỉ ghi một mã.',
    actionEn: 'Please send each report in its own message with one code.',
    reply: true,
  },
  'unknown-obligation': {
    vi: 'Mã báo cáo không tồn tại.',
    en: 'The report code does not exist.',
    actionVi: 'Vui lòng kiểm tra lại mã báo cáo trên hệ thống (dạng BC-XXXXXX).',
    actionEn: 'Please check the report code in the platform (it looks like BC-XXXXXX).',
    reply: true,
  },
  'wrong-unit': {
    vi: 'Mã báo cáo không thuộc đơn vị của người gửi.',
    en: 'The report code does not belong to the sender’s unit.',
    actionVi: 'Vui lòng kiểm tra lại mã báo cáo của đơn vị mình trên hệ thống.',
    actionEn: 'Please check your own unit’s report code in the platform.',
    reply: true,
  },
  'no-attachment': {
    vi: 'Thư không đính kèm báo cáo.',
    en: 'The message has no report attached.',
    actionVi: 'Vui lòng đính kèm báo cáo (PDF, DOCX, XLSX hoặc ODT) và gửi lại.',
    actionEn: 'Please attach the report (PDF, DOCX, XLSX or ODT) and send again.',
    reply: true,
  },
  'too-many-attachments': {
    vi: 'Thư có quá 10 tệp đính kèm.',
    en: 'The message has more than 10 attachments.',
    actionVi: 'Vui lòng gửi tối đa 10 tệp trong một thư.',
    actionEn: 'Please send at most 10 files per message.',
    reply: true,
  },
  'attachment-too-large': {
    vi: 'Có tệp đính kèm rỗng hoặc lớn hơn 10 MB.',
    en: 'An attachment is empty or larger than 10 MB.',
    actionVi: 'Vui lòng nén hoặc tách tệp (mỗi tệp tối đa 10 MB) rồi gửi lại.',
    actionEn: 'Please compress or split the file (10 MB each at most) and send again.',
    reply: true,
  },
  'attachment-type': {
    vi: 'Loại tệp đính kèm không được chấp nhận.',
    en: 'An attachment type is not accepted.',
    actionVi: 'Chỉ nhận tệp PDF, DOCX, XLSX, ODT. Vui lòng chuyển đổi rồi gửi lại.',
    actionEn: 'Only PDF, DOCX, XLSX and ODT files are accepted. Please convert the file and send again.',
    reply: true,
  },
  'attachment-content': {
    vi: 'Nội dung tệp đính kèm không đúng với đuôi tệp.',
    en: 'An attachment is not what its file name says.',
    actionVi: 'Vui lòng lưu lại tệp đúng định dạng (PDF, DOCX, XLSX, ODT) rồi gửi lại.',
    actionEn: 'Please save the file again in its real format (PDF, DOCX, XLSX, ODT) and send again.',
    reply: true,
  },
  'obstacle-too-short': {
    vi: 'Báo cáo vướng mắc cần tiêu đề (ít nhất 5 ký tự) và nội dung (ít nhất 10 ký tự).',
    en: 'An obstacle report needs a subject (5 characters or more) and a description (10 or more).',
    actionVi: 'Vui lòng ghi rõ tiêu đề và mô tả vướng mắc trong thân thư rồi gửi lại.',
    actionEn: 'Please give a subject and describe the obstacle in the body, then send again.',
    reply: true,
  },
  'submission-refused': {
    vi: 'Hệ thống không nhận được báo cáo.',
    en: 'The platform could not file the report.',
    ...office,
    reply: true,
  },
  // Possibly a forged or replayed message: the office compares it with the first; the sender is not answered.
  'reused-message-id': {
    vi: 'Mã thư (Message-ID) trùng với một thư đã nhận trước đó nhưng nội dung hoặc người gửi khác.',
    en: 'The Message-ID is that of a message received earlier, but the sender or content differs.',
    ...office,
    reply: false,
  },
  // Not a refusal: a citizen's letter waits for the office to register it; the citizen's acknowledgement,
  // with the tracking code, is sent at registration.
  'case-triage': {
    vi: 'Đơn thư của công dân gửi đến địa chỉ tiếp nhận đơn: chờ Văn phòng vào sổ.',
    en: 'A citizen’s letter sent to the cases address: waiting for the office to register it.',
    ...office,
    reply: false,
  },
};
