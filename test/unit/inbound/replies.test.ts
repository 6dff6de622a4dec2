import { describe, expect, it } from 'vitest';
import { acceptedReply, rejectedReply } from '../../../shared/inbound/replies.ts';
import type { Receipt } from '../../../shared/reporting/views.ts';

const receipt: Receipt = {
  receiptNumber: 'BN-2025-000007',
  agencyName: 'Sở KH&CN',
  unitName: 'Phòng <KH> & TC',
  obligationTitleVi: 'Báo cáo năm 2025',
  obligationTitleEn: 'Annual report 2025',
  version: 2,
  channel: 'email',
  submittedAt: '2025-11-04T17:30:00Z',
  submittedBy: 'email:khtc@d.vn',
  dueInstant: '2025-11-04T17:00:00Z',
  onTime: false,
  attachments: [{ filename: '<script>.docx', size: 10 }],
};

describe('automatic replies', () => {
  it('confirms a report in Vietnamese first, then English, threaded under the original and escaped', () => {
    const mail = acceptedReply({ to: 'khtc@d.vn', originalMessageId: '<m1@d.vn>', originalSubject: 'Báo cáo' }, receipt);
    expect(mail.to).toEqual(['khtc@d.vn']);
    expect(mail.headers).toEqual({ 'Auto-Submitted': 'auto-replied', 'In-Reply-To': '<m1@d.vn>', References: '<m1@d.vn>' });
    expect(mail.subject).toContain('BN-2025-000007');
    expect(mail.text.indexOf('Trễ hạn')).toBeLessThan(mail.text.indexOf('Late'));
    expect(mail.text).toContain('Thời điểm nhận: 05/11/2025 00:30');
    expect(mail.html).toContain('Phòng &lt;KH&gt; &amp; TC');
    expect(mail.html).toContain('&lt;script&gt;.docx');
    expect(mail.html).not.toContain('<script>');
  });

  it('explains a rejection with the reason and what to do, and never threads under a header it cannot trust', () => {
    const mail = rejectedReply({ to: 'x@d.vn', originalMessageId: '<a@b>\r\nBcc: victim@d.vn', originalSubject: 'Hi\r\nBcc: victim@d.vn <b>' }, 'no-target', undefined);
    expect(mail.headers).toEqual({ 'Auto-Submitted': 'auto-replied' });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain('[BC-7K2Q9M]');
    expect(mail.text.indexOf('Lý do')).toBeLessThan(mail.text.indexOf('Reason'));
    expect(mail.html).toContain('&lt;b&gt;');
  });
});
