import * as z from 'zod';
import { maySeeRecord } from '../access/case-access.ts';
import type { Actor } from '../access/policy.ts';
import type { CitizenCase } from '../cases/model.ts';
import { canSeeDenouncerIdentity } from '../cases/redaction.ts';
import { CivilDateSchema, type CivilDate } from '../deadlines/civil-date.ts';
import type { Directory } from '../organization/directory.ts';
import { CaseNoticeTemplateSchema, NOTICE_ADDRESSEES, NOTICE_STEPS, templateApplies, type CaseNoticeTemplate } from './case-notices.ts';
import { DocumentTypeSchema } from './register.ts';

/**
 * A document the office issued for a citizen's case: its number from the outgoing register, its words
 * as issued (the template filled with the case's facts on the issue date, kept, so the file built later
 * and any copy say the same), and where its file is once built. A correction is a new document with its
 * own number that names the one it replaces; the replaced one stays, marked.
 */
export const CaseNoticeTextSchema = z.object({
  templateId: z.string(),
  templateVersion: z.string(),
  layout: CaseNoticeTemplateSchema.shape.layout,
  typeName: z.string(),
  title: z.string(),
  addressee: z.string(),
  bases: z.array(z.string()),
  paragraphs: z.array(z.string()),
  recipients: z.array(z.string()),
});

const PartySchema = z.object({ name: z.string(), shortName: z.string(), parentBody: z.string().optional(), placeName: z.string() });

export const CaseDocumentSchema = z.object({
  agencyId: z.string(),
  caseId: z.string(),
  /** `<step>[-d<decision>]-<addressee>-<n>`: the n-th issue of that document for the case (n > 1: a correction). Issuing again gives the same document. */
  documentId: z.string(),
  step: CaseNoticeTemplateSchema.shape.step,
  addressee: CaseNoticeTemplateSchema.shape.addressee,
  /** For a decision's document: its index in the case's decisions. */
  decision: z.number().int().nonnegative().optional(),
  documentType: DocumentTypeSchema,
  /** The register's number of the year and the "số, ký hiệu" it makes ("15/TB-SKHCN"). */
  year: z.number().int(),
  number: z.number().int().min(1),
  symbol: z.string(),
  issuedOn: CivilDateSchema,
  issuedAt: z.iso.datetime({ offset: true }),
  issuedBy: z.string(),
  text: CaseNoticeTextSchema,
  issuer: PartySchema,
  signer: z.object({ authority: z.string(), position: z.string(), name: z.string() }),
  /** Where the law says the citizen is told and they gave an address: the file is e-mailed there, once. */
  mailTo: z.email().optional(),
  replaces: z.object({ documentId: z.string(), symbol: z.string(), issuedOn: CivilDateSchema, reason: z.string() }).optional(),
  status: z.enum(['pending', 'ready']),
  file: z.object({ key: z.string(), filename: z.string(), size: z.number().int().nonnegative() }).optional(),
});
export type CaseDocument = z.infer<typeof CaseDocumentSchema>;

/** A stored document with what the store knows of it besides: the correction that replaced it. */
export type StoredCaseDocument = CaseDocument & { replacedBy?: { documentId: string; symbol: string } };

/** Which document of a case: the step, for whom, and for a decision's document, which decision. */
export type NoticeKey = Pick<CaseNoticeTemplate, 'step' | 'addressee'> & { decision?: number | undefined };

/** The steps whose documents record one of the case's decisions, and the kind of that decision. */
export const DECISION_STEPS = { extension: 'extension', suspension: 'suspension', resumption: 'resumption' } as const;
const isDecisionStep = (step: NoticeKey['step']): step is keyof typeof DECISION_STEPS => step in DECISION_STEPS;

export const sameNotice = (a: NoticeKey, b: NoticeKey) => a.step === b.step && a.addressee === b.addressee && a.decision === b.decision;

/** What the alert log files a document's e-mail under, and the alert itself: one per document, so it is sent once. */
export const documentSubjectRef = (caseId: string, documentId: string) => `${caseId}/${documentId}`;
export const documentAlertId = (caseId: string, documentId: string) => `case-document:${caseId}:${documentId}`;

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const documentIdOf = (notice: NoticeKey, n: number) => `${notice.step}${notice.decision === undefined ? '' : `-d${notice.decision}`}-${notice.addressee}-${n}`;
const DOCUMENT_ID = new RegExp(`^(${NOTICE_STEPS.join('|')})(?:-d(\\d+))?-(${NOTICE_ADDRESSEES.join('|')})-(\\d+)$`);
export const noticeKeyOf = (documentId: string): (NoticeKey & { n: number }) | undefined => {
  const m = DOCUMENT_ID.exec(documentId);
  if (!m) return undefined;
  return { step: m[1] as NoticeKey['step'], addressee: m[3] as NoticeKey['addressee'], n: Number(m[4]), ...(m[2] === undefined ? {} : { decision: Number(m[2]) }) };
};

/**
 * The one answer to "may this person read this case document": who may see the case (recusal included),
 * and for a denunciation's document addressed to the denouncer, only who may know the denouncer (Luật
 * Tố cáo Điều 47). Every list, download and issue asks it.
 */
export function mayReadCaseDocument(actor: Actor, c: CitizenCase, doc: NoticeKey, directory: Directory): boolean {
  if (!maySeeRecord(actor, { kind: 'case', agencyId: c.agencyId, official: c.officialConcerned }, directory)) return false;
  if (c.type === 'to-cao' && doc.addressee === 'petitioner') return canSeeDenouncerIdentity(actor, c, { directory, audience: 'screen' });
  return true;
}

/** Why a notice cannot be issued for the case as it stands, in the clerk's words; undefined when it can. */
export function noticeRefusal(c: CitizenCase, notice: NoticeKey): { vi: string; en: string } | undefined {
  if (isDecisionStep(notice.step)) {
    const decision = notice.decision === undefined ? undefined : c.decisions[notice.decision];
    if (decision?.kind !== DECISION_STEPS[notice.step]) return { vi: 'Hồ sơ không có quyết định này.', en: 'The case has no such decision.' };
  } else if (notice.decision !== undefined) {
    return { vi: 'Văn bản này không gắn với một quyết định.', en: 'This document belongs to no decision.' };
  }
  if (notice.step === 'acceptance' && !c.acceptance) return { vi: 'Hồ sơ chưa được thụ lý.', en: 'The case has not been accepted.' };
  if (notice.step === 'not-accepted' && !c.notAccepted) return { vi: 'Hồ sơ chưa có quyết định không thụ lý.', en: 'The case was not refused acceptance.' };
  if (notice.step === 'transfer' && !c.transfer) return { vi: 'Hồ sơ chưa được chuyển đi.', en: 'The case has not been transferred.' };
  if (notice.step === 'resolution' && !c.resolution) return { vi: 'Hồ sơ chưa có kết quả giải quyết.', en: 'The case has no result yet.' };
  if (notice.step === 'refusal' && !c.refusal) return { vi: 'Hồ sơ chưa có quyết định từ chối cung cấp thông tin.', en: 'The request was not refused.' };
  if (notice.addressee === 'accused' && !(c.officialConcerned && 'name' in c.officialConcerned && c.officialConcerned.name)) {
    return { vi: 'Hồ sơ chưa xác định người bị tố cáo.', en: 'The case names no accused person.' };
  }
  if (notice.addressee === 'petitioner' && c.anonymous) return { vi: 'Đơn nặc danh: không có người nhận thông báo.', en: 'Anonymous petition: there is nobody to notify.' };
  return undefined;
}

/**
 * The documents the law prescribes for this case on `date`, as the templates in force then say: each
 * step's notice once, and a decision's document for each recorded decision of its kind.
 */
export function noticesFor(templates: readonly CaseNoticeTemplate[], c: Pick<CitizenCase, 'type' | 'decisions' | 'resolution'>, date: CivilDate): (NoticeKey & { template: CaseNoticeTemplate })[] {
  return templates
    .filter((t) => templateApplies(t, c, date))
    .flatMap((t): (NoticeKey & { template: CaseNoticeTemplate })[] => {
      if (!isDecisionStep(t.step)) return [{ step: t.step, addressee: t.addressee, template: t }];
      const kind = DECISION_STEPS[t.step];
      return c.decisions.flatMap((d, decision) => (d.kind === kind ? [{ step: t.step, addressee: t.addressee, decision, template: t }] : []));
    });
}

/** The trích yếu as a sentence: "THÔNG BÁO" + "Về việc thụ lý…" → "Thông báo về việc thụ lý…". */
export function documentSummary(text: Pick<CaseDocument['text'], 'typeName' | 'title'>): string {
  const lower = (s: string) => s.toLocaleLowerCase('vi-VN');
  return `${text.typeName.charAt(0)}${lower(text.typeName.slice(1))} ${lower(text.title.charAt(0))}${text.title.slice(1)}`;
}

/** The file's name: its number and its template, safe in every file system ("15-TB-SKHCN-thong-bao-thu-ly.docx"). */
export function documentFilename(doc: Pick<CaseDocument, 'symbol' | 'text'>): string {
  const what = doc.text.templateId.split('/').at(-1) ?? 'van-ban';
  return `${doc.symbol.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').replace(/đ/g, 'd').replace(/[^A-Za-z0-9]+/g, '-')}-${what}.docx`;
}
