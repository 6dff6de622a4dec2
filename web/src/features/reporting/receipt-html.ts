import type { Receipt } from '../../../../shared/reporting/views.ts';
import { formatDateTime } from '../../format.ts';
import { dueText } from './due.ts';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The receipt's facts, in the order the printed receipt lists them (Vietnamese: it is an official paper). */
export function receiptRows(receipt: Receipt): [string, string][] {
  return [
    ['Số biên nhận', receipt.receiptNumber],
    ['Đơn vị gửi', receipt.unitName],
    ['Báo cáo', receipt.obligationTitleVi],
    ['Phiên bản', String(receipt.version)],
    ['Hình thức gửi', receipt.channel === 'web' ? 'Trên hệ thống (biểu mẫu trực tuyến)' : 'Thư điện tử'],
    ['Người gửi', receipt.submittedBy],
    ['Thời điểm nhận', `${formatDateTime(receipt.submittedAt)} (giờ Việt Nam)`],
    ['Hạn nộp', dueLine(receipt.dueInstant)],
    ['Tình trạng', receipt.onTime ? 'Đúng hạn' : 'Trễ hạn'],
  ];
}

function dueLine(dueInstant: string): string {
  const due = dueText(dueInstant);
  return due.kind === 'before-day' ? `Trước ngày ${due.date} (chậm nhất trong ngày ${due.lastDay})` : `Trước ${due.dateTime} (giờ Việt Nam)`;
}

/** `bien-nhan-BN-2026-0042-v2.html` */
export function receiptFilename(receipt: Receipt): string {
  return `bien-nhan-${receipt.receiptNumber.replace(/[^A-Za-z0-9-]+/g, '-')}-v${receipt.version}.html`;
}

/** A standalone, printable HTML receipt: no script, no external resource, so it can be archived as is. */
export function receiptHtml(receipt: Receipt): string {
  const rows = receiptRows(receipt)
    .map(([label, value]) => `<tr><th scope="row">${escape(label)}</th><td>${escape(value)}</td></tr>`)
    .join('\n');
  const attachments =
    receipt.attachments.length === 0
      ? '<p>Không có tệp đính kèm.</p>'
      : `<ol>${receipt.attachments.map((a) => `<li>${escape(a.filename)} (${Math.max(1, Math.round(a.size / 1024))} KB)</li>`).join('')}</ol>`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Giấy biên nhận báo cáo ${escape(receipt.receiptNumber)}</title>
<style>
body{font-family:'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#000;line-height:1.5}
header{text-align:center;margin-bottom:1.5rem}.agency{font-weight:bold;text-transform:uppercase}
h1{font-size:1.4rem;margin:1rem 0 .25rem}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #444;padding:.4rem .6rem;text-align:left;vertical-align:top}th{width:30%;font-weight:normal}
footer{margin-top:1.5rem;font-size:.9rem}
</style>
</head>
<body>
<header>
<div class="agency">${escape(receipt.agencyName)}</div>
<div>Văn phòng Sở</div>
<h1>GIẤY BIÊN NHẬN BÁO CÁO</h1>
<div>Số: ${escape(receipt.receiptNumber)}</div>
</header>
<table>
${rows}
</table>
<h2 style="font-size:1.1rem">Tệp đính kèm</h2>
${attachments}
<footer>Giấy biên nhận do hệ thống theo dõi công tác dân vận tự động lập khi nhận được báo cáo.</footer>
</body>
</html>
`;
}
