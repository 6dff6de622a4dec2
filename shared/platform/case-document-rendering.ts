import { CaseDocumentRenderer } from '../documents/case-document-renderer.ts';
import { createCaseDocumentStores } from './case-document-services.ts';
import type { Core } from './core.ts';

/** Building issued case documents and e-mailing them: the `case-documents` function's service. */
export function createCaseDocumentRenderer(core: Core): CaseDocumentRenderer {
  const { documents, store } = createCaseDocumentStores(core);
  return new CaseDocumentRenderer({ documents, store, alerts: core.alertLog, mailer: core.mailer(), clock: core.clock });
}

