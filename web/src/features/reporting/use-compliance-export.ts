import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { bytesFromBase64, downloadBlob } from './download.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';

/** Downloads the compliance matrix as XLSX; `exporting` while the server builds it, `exportError` if it could not. */
export function useComplianceExport() {
  const { api } = useApp();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);

  const exportXlsx = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const file = await api.call(REPORTING_ROUTES.exportCompliance);
      downloadBlob(file.filename, new Blob([bytesFromBase64(file.contentBase64)], { type: file.contentType }));
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  };
  return { exporting, exportError, exportXlsx };
}
