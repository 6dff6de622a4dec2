import type { Attachment } from '../../../../shared/reporting/model.ts';
import type { ApiClient } from '../../api/client.ts';
import { contentTypeOf } from './attachments.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';

/** The storage refused the file body (the API itself answered with an upload URL). */
export class UploadFailedError extends Error {
  override readonly name = 'UploadFailedError';
  constructor(
    readonly status: number,
    options?: ErrorOptions,
  ) {
    super(`upload refused by the storage: HTTP ${status}`, options);
  }
}

/**
 * Attaches a file in two steps: the API hands out a short-lived URL for this file's type and size, then
 * the browser PUTs the bytes straight to the storage (never through the API), reporting progress.
 */
export async function uploadAttachment(api: ApiClient, file: File, onProgress: (fraction: number) => void): Promise<Attachment> {
  const contentType = contentTypeOf(file.name);
  if (!contentType) throw new TypeError(`not an allowed attachment: ${file.name}`);
  const ticket = await api.call(REPORTING_ROUTES.requestUpload, { body: { filename: file.name, contentType, size: file.size } });
  await new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', ticket.uploadUrl);
    for (const [name, value] of Object.entries(ticket.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new UploadFailedError(xhr.status)));
    xhr.onerror = () => reject(new UploadFailedError(0));
    xhr.send(file);
  });
  onProgress(1);
  return { key: ticket.key, filename: file.name, contentType, size: file.size };
}
