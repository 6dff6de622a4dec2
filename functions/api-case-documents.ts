import { createHttpHandler } from '../shared/http/handler.ts';
import { CASE_DOCUMENT_ROUTES } from '../shared/http/routes/case-documents.ts';
import { createCaseDocumentServices } from '../shared/platform/case-document-services.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';

const core = createCore(loadConfig());
const { caseDocuments, registers, templates } = createCaseDocumentServices(core);

export const handler = createHttpHandler('api-case-documents', CASE_DOCUMENT_ROUTES, {
  listCaseDocuments: ({ actor, params }) => caseDocuments.list(actor, params.caseId),
  issueCaseDocument: ({ actor, params, body }) => caseDocuments.issue(actor, params.caseId, body),
  getCaseDocument: ({ actor, params }) => caseDocuments.get(actor, params.caseId, params.documentId),
  listNoticeTemplates: ({ actor }) => templates.list(actor),
  addNoticeTemplateVersion: ({ actor, body: { templateId, ...wording } }) => templates.edit(actor, templateId, wording),
  getRegister: ({ actor, params, query }) => registers.table(actor, params.register, query),
  exportRegister: ({ actor, params, body }) => registers.export(actor, params.register, body),
  getRegisterExport: ({ actor, params }) => registers.exported(actor, params.register, params.exportId),
}, { signedIn: core.signedIn });
