import { useApp } from '../../app-context.ts';
import { ResourceStatus } from '../../components/error-message.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { downloadBlob } from './download.ts';
import { receiptFilename, receiptHtml, receiptRows } from './receipt-html.ts';
import { obligationPaths } from './routes.ts';
import { href } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';

/**
 * `#/obligations/{id}/receipt/{version}`: the receipt as an official paper, in Vietnamese whatever the
 * interface language; printed without the application around it, or saved as a standalone HTML file.
 */
export function ReceiptPage(props: { obligationId: string; version: number }) {
  const { api } = useApp();
  const { t } = useI18n();
  const receipt = useResource(
    () => api.call(REPORTING_ROUTES.getReceipt, { params: { obligationId: props.obligationId, version: props.version } }),
    [api, props.obligationId, props.version],
  );

  return (
    <>
      <p class="breadcrumb no-print">
        <a href={href(obligationPaths.detail(props.obligationId))}>← {t('report.backToReport')}</a>
      </p>
      <ResourceStatus resource={receipt} />
      {receipt.state === 'ready' && (
        <>
          <div class="form-actions no-print">
            <button type="button" class="button" onClick={() => window.print()}>
              {t('receipt.print')}
            </button>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => downloadBlob(receiptFilename(receipt.data), new Blob([receiptHtml(receipt.data)], { type: 'text/html;charset=utf-8' }))}
            >
              {t('receipt.download')}
            </button>
          </div>
          <article class="receipt" lang="vi" aria-labelledby="receipt-title">
            <header class="receipt-header">
              <p class="receipt-agency">{receipt.data.agencyName}</p>
              <p>Văn phòng Sở</p>
              <h1 id="receipt-title">GIẤY BIÊN NHẬN BÁO CÁO</h1>
              <p data-testid="receipt-number">Số: {receipt.data.receiptNumber}</p>
            </header>
            <table class="receipt-table">
              <tbody>
                {receiptRows(receipt.data).map(([label, value]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td>{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h2>Tệp đính kèm</h2>
            {receipt.data.attachments.length === 0 ? (
              <p>Không có tệp đính kèm.</p>
            ) : (
              <ol>
                {receipt.data.attachments.map((attachment, i) => (
                  <li key={i}>
                    {attachment.filename} ({Math.max(1, Math.round(attachment.size / 1024))} KB)
                  </li>
                ))}
              </ol>
            )}
            <p class="receipt-footer">Giấy biên nhận do hệ thống theo dõi công tác dân vận tự động lập khi nhận được báo cáo.</p>
          </article>
        </>
      )}
    </>
  );
}
