import * as z from 'zod';
import { CaseDocumentDownloadSchema, CaseDocumentListSchema, CaseDocumentViewSchema, IssueCaseDocumentSchema } from '../../documents/case-document-views.ts';
import { TemplateEntrySchema, TemplateListSchema, TemplateWordingSchema } from '../../documents/notice-templates.ts';
import { RegisterExportViewSchema } from '../../documents/register-exports.ts';
import { RegisterIdSchema, RegisterQuerySchema, RegisterTableSchema } from '../../documents/registers.ts';
import { defineRoute, type RouteDefinition } from '../route.ts';

const caseId = z.string().min(1).max(64);

/** The documents the office issues for a citizen's case (api-case-documents). */
export const CASE_DOCUMENT_ROUTES = {
  listCaseDocuments: defineRoute({
    method: 'GET',
    path: '/api/cases/{caseId}/documents',
    function: 'api-case-documents',
    auth: 'user',
    summary: 'Văn bản đã phát hành của hồ sơ và văn bản có thể phát hành / A case’s issued documents and those it may issue',
    tags: ['cases'],
    params: z.object({ caseId }),
    response: CaseDocumentListSchema,
  }),
  issueCaseDocument: defineRoute({
    method: 'POST',
    path: '/api/cases/{caseId}/documents',
    function: 'api-case-documents',
    auth: 'user',
    summary: 'Phát hành thông báo (lấy số văn bản đi) hoặc đính chính / Issue a notice under the next outgoing number, or correct one',
    tags: ['cases'],
    params: z.object({ caseId }),
    body: IssueCaseDocumentSchema,
    response: CaseDocumentViewSchema,
    successStatus: 202,
  }),
  getCaseDocument: defineRoute({
    method: 'GET',
    path: '/api/cases/{caseId}/documents/{documentId}',
    function: 'api-case-documents',
    auth: 'user',
    summary: 'Một văn bản và liên kết tải về khi đã tạo xong / One document, with its download link once built',
    tags: ['cases'],
    params: z.object({ caseId, documentId: z.string().min(1).max(100) }),
    response: CaseDocumentDownloadSchema,
  }),
  listNoticeTemplates: defineRoute({
    method: 'GET',
    path: '/api/case-notice-templates',
    function: 'api-case-documents',
    auth: 'user',
    summary: 'Mẫu văn bản của hồ sơ đang áp dụng và các phiên bản của cơ quan / The case-document templates in force and the agency’s versions',
    tags: ['cases'],
    response: TemplateListSchema,
  }),
  addNoticeTemplateVersion: defineRoute({
    method: 'POST',
    path: '/api/case-notice-templates/versions',
    function: 'api-case-documents',
    auth: 'user',
    summary: 'Lời văn mới của một mẫu từ một ngày (phiên bản mới; văn bản đã phát hành giữ nguyên) / New wording of a template from a date (documents issued keep theirs)',
    tags: ['cases'],
    body: TemplateWordingSchema.extend({ templateId: z.string().min(1).max(100) }),
    response: TemplateEntrySchema,
    successStatus: 201,
    maxBodyBytes: 64 * 1024,
  }),
  getRegister: defineRoute({
    method: 'GET',
    path: '/api/registers/{register}',
    function: 'api-case-documents',
    auth: 'user',
    summary: 'Sổ tiếp công dân, sổ theo dõi xử lý đơn theo khoảng ngày nhận / A register for a range of receipt dates',
    tags: ['cases'],
    params: z.object({ register: RegisterIdSchema }),
    query: RegisterQuerySchema,
    response: RegisterTableSchema,
  }),
  exportRegister: defineRoute({
    method: 'POST',
    path: '/api/registers/{register}/exports',
    function: 'api-case-documents',
    auth: 'user',
    summary: 'Xuất sổ ra XLSX (tạo tệp ngoài luồng yêu cầu) / Export a register as XLSX (built off the request path)',
    tags: ['cases'],
    params: z.object({ register: RegisterIdSchema }),
    body: RegisterQuerySchema,
    response: RegisterExportViewSchema,
    successStatus: 202,
  }),
  getRegisterExport: defineRoute({
    method: 'GET',
    path: '/api/registers/{register}/exports/{exportId}',
    function: 'api-case-documents',
    auth: 'user',
    summary: 'Bản xuất sổ và liên kết tải về khi đã tạo xong / A register export, with its download link once built',
    tags: ['cases'],
    params: z.object({ register: RegisterIdSchema, exportId: z.string().min(1).max(64) }),
    response: RegisterExportViewSchema,
  }),
} as const satisfies Record<string, RouteDefinition>;
