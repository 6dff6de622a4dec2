import * as z from 'zod';
import { CHANNEL_LABELS, REFUSAL_REASON_LABELS } from '../cases/labels.ts';
import { CASE_TYPE_LABELS, CaseTypeSchema, NOT_ACCEPTED_REASON_LABELS, OUTCOME_LABELS, OutcomeSchema, resolutionDueOf, type CitizenCase } from '../cases/model.ts';
import { CivilDateSchema, formatVi, type CivilDate } from '../deadlines/civil-date.ts';
import { localDate } from '../time-zone.ts';
import { DocumentTypeSchema } from './register.ts';

export const NOTICE_STEPS = ['proposal', 'acceptance', 'not-accepted', 'transfer', 'resolution', 'refusal', 'extension', 'suspension', 'resumption'] as const;
export const NOTICE_ADDRESSEES = ['petitioner', 'accused', 'parties', 'receiving-body', 'leader'] as const;

/** A notice about one step of a case, as data an administrator may adjust; the wording holds `{fact}` placeholders. */
export const CaseNoticeTemplateSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  validFrom: CivilDateSchema,
  validUntil: CivilDateSchema.nullable(),
  caseTypes: z.array(CaseTypeSchema).min(1),
  /**
   * The step the document belongs to: the handler's proposal to the leader (phiếu đề xuất), thụ lý or its refusal, the transfer, the result, an information
   * request's refusal, once per case; an extension, a suspension or a resumption, once per recorded
   * decision of that kind.
   */
  step: z.enum(NOTICE_STEPS),
  /**
   * Whom the document is for. A denunciation's documents name who denounced only to the denouncer (Luật
   * Tố cáo Điều 29, 47): the facts of one to the accused, to the parties or to the body it is transferred
   * to do not include the petitioner's at all. `leader` is an internal document to the agency's head.
   */
  addressee: z.enum(NOTICE_ADDRESSEES),
  /** For a result: the outcomes it records (a withdrawn complaint's decision ends the resolution instead). */
  outcomes: z.array(OutcomeSchema).min(1).optional(),
  /** A notice says "Kính gửi" to its addressee; a decision has "QUYẾT ĐỊNH:" and its articles. */
  layout: z.enum(['notice', 'decision']),
  /** What the case page calls it ("Thông báo thụ lý"). */
  label: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
  /** Where the form comes from, and whether its text was read there. */
  form: z.object({ source: z.string().min(1), verified: z.boolean() }),
  documentType: DocumentTypeSchema,
  typeName: z.string().min(1),
  title: z.string().min(1),
  bases: z.array(z.string().min(1)),
  paragraphs: z.array(z.string().min(1)).min(1),
  recipients: z.array(z.string().min(1)),
});
export type CaseNoticeTemplate = z.infer<typeof CaseNoticeTemplateSchema>;

/** The facts a notice may name, each from the case record (never from what someone typed into the template). */
export const CASE_NOTICE_FACTS = [
  'agencyName',
  'petitionerName',
  'petitionerAddress',
  'accusedName',
  'subject',
  'receivedDate',
  'acceptedDate',
  'resolutionDue',
  'notAcceptedReason',
  'notAcceptedText',
  /** Of the decision the document records (an extension, a suspension, a resumption). */
  'decisionDate',
  'decisionReason',
  'extensionDays',
  'decisionOrdinal',
  /** Of the proposal: whence the letter came, what kind it is, who sent it (a denunciation's never named), what is proposed. */
  'channel',
  'caseTypeName',
  'sender',
  'proposal',
  /** Of the transfer: to whom, why, when. */
  'transferTo',
  'transferReason',
  'transferDate',
  /** Of the result: the outcome in words ("đúng một phần"), its date; of an information request's refusal, its ground and the office's words. */
  'outcome',
  'resolutionDate',
  'refusalReason',
  'refusalText',
] as const;
export type CaseNoticeFact = (typeof CASE_NOTICE_FACTS)[number];

/** The facts that say who filed the case: a notice to the accused has none of them. */
export const PETITIONER_FACTS: ReadonlySet<CaseNoticeFact> = new Set(['petitionerName', 'petitionerAddress']);

/** The placeholders a text names: `"Ngày {receivedDate}…"` → `['receivedDate']`. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

/** Whether the template is for this case on `date`: its type, the version in force, and for a result, its outcome. */
export const templateApplies = (t: CaseNoticeTemplate, c: Pick<CitizenCase, 'type' | 'resolution'>, date: CivilDate) =>
  t.caseTypes.includes(c.type) && t.validFrom <= date && (t.validUntil === null || date <= t.validUntil) && (t.outcomes === undefined || (c.resolution !== undefined && t.outcomes.includes(c.resolution.outcome)));

/** The template of `step` for a case of this type, to `addressee`, on `date`: the version in force then. */
export function noticeTemplate(
  templates: readonly CaseNoticeTemplate[],
  c: Pick<CitizenCase, 'type' | 'resolution'>,
  step: CaseNoticeTemplate['step'],
  addressee: CaseNoticeTemplate['addressee'],
  date: CivilDate,
): CaseNoticeTemplate {
  const found = templates.find((t) => t.step === step && t.addressee === addressee && templateApplies(t, c, date));
  if (!found) throw new Error(`No notice template for ${c.type} / ${step} / ${addressee} on ${date}`);
  return found;
}

/** The notice's words, the facts filled in: what the DOCX prints, and what the tests read. */
export interface CaseNoticeText {
  templateId: string;
  templateVersion: string;
  layout: CaseNoticeTemplate['layout'];
  typeName: string;
  title: string;
  addressee: string;
  bases: string[];
  paragraphs: string[];
  recipients: string[];
}

const spoken = (name: string | undefined) => (name ? `Ông (Bà) ${name}` : 'Ông (Bà)');

/**
 * Whether a document to `addressee` may name who filed the case: a denunciation's only to the denouncer
 * (Luật Tố cáo Điều 47); any other case's to all but an accused (a complaint's decision names the
 * complainant, Luật Khiếu nại Điều 31; a transfer slip says whose letter it passes on).
 */
export const mayNamePetitioner = (c: Pick<CitizenCase, 'type'>, addressee: CaseNoticeTemplate['addressee']) =>
  addressee === 'petitioner' || (c.type !== 'to-cao' && addressee !== 'accused');

/**
 * The facts of `c` a notice to `addressee` may name, dates as dd/mm/yyyy. Where the petitioner may not
 * be named their facts are absent, so no template, however edited, can print them.
 */
export function noticeFacts(c: CitizenCase, agencyName: string, addressee: CaseNoticeTemplate['addressee'], decisionIndex?: number): Partial<Record<CaseNoticeFact, string>> {
  const resolutionDue = resolutionDueOf(c);
  const accused = c.officialConcerned && 'name' in c.officialConcerned && c.officialConcerned.name ? c.officialConcerned.name : undefined;
  const petitioner = mayNamePetitioner(c, addressee) ? { petitionerName: spoken(c.petitioner.name), petitionerAddress: c.petitioner.address ?? 'không ghi' } : {};
  return {
    agencyName,
    ...petitioner,
    accusedName: spoken(accused),
    subject: c.subject,
    receivedDate: formatVi(localDate(c.receivedAt)),
    acceptedDate: c.acceptance ? formatVi(c.acceptance.acceptedOn) : '',
    resolutionDue: resolutionDue ? formatVi(resolutionDue) : '',
    notAcceptedReason: c.notAccepted ? NOT_ACCEPTED_REASON_LABELS[c.notAccepted.reason].vi.toLocaleLowerCase('vi-VN') : '',
    notAcceptedText: c.notAccepted?.text ?? '',
    transferTo: c.transfer?.to ?? '',
    transferReason: c.transfer?.reason ?? '',
    transferDate: c.transfer ? formatVi(c.transfer.transferredOn) : '',
    outcome: c.resolution ? OUTCOME_LABELS[c.resolution.outcome].vi.toLocaleLowerCase('vi-VN') : '',
    resolutionDate: c.resolution ? formatVi(c.resolution.decidedOn) : '',
    refusalReason: c.refusal ? REFUSAL_REASON_LABELS[c.refusal.reason].vi.toLocaleLowerCase('vi-VN') : '',
    refusalText: c.refusal?.text ?? '',
    channel: CHANNEL_LABELS[c.channel].vi.toLocaleLowerCase('vi-VN'),
    caseTypeName: CASE_TYPE_LABELS[c.type].vi.toLocaleLowerCase('vi-VN'),
    sender: c.anonymous ? 'đơn không ghi rõ họ tên, địa chỉ người gửi' : petitioner.petitionerName ? `${petitioner.petitionerName}, địa chỉ: ${petitioner.petitionerAddress}` : 'người tố cáo (thông tin về người tố cáo được giữ bí mật)',
    proposal: proposalOf(c),
    ...decisionFacts(c, decisionIndex),
  };
}

/** What the handler proposes, as the case went: its path once taken, a blank for the handler to fill before. */
function proposalOf(c: CitizenCase): string {
  if (c.acceptance) return c.type === 'yeu-cau-thong-tin' ? 'Giải quyết yêu cầu cung cấp thông tin theo thẩm quyền.' : 'Thụ lý giải quyết theo thẩm quyền.';
  if (c.transfer) return c.type.startsWith('khieu-nai') ? `Hướng dẫn người khiếu nại gửi đơn đến ${c.transfer.to} (${c.transfer.reason}).` : `Chuyển đơn đến ${c.transfer.to} để giải quyết theo thẩm quyền (${c.transfer.reason}).`;
  if (c.notAccepted) return `Không thụ lý: ${NOT_ACCEPTED_REASON_LABELS[c.notAccepted.reason].vi.toLocaleLowerCase('vi-VN')} (${c.notAccepted.text}).`;
  if (c.status === 'lead') return 'Không xử lý như đơn tố cáo; sử dụng làm nguồn thông tin để thanh tra, kiểm tra theo quy định của Luật Tố cáo.';
  return '[…Đề xuất hướng xử lý: thụ lý, chuyển đơn, hướng dẫn, trả lại đơn hoặc lưu đơn…].';
}

/** The decision's date, reason, days and its ordinal among the decisions of its kind ("lần 2"). */
function decisionFacts(c: CitizenCase, index: number | undefined): Partial<Record<CaseNoticeFact, string>> {
  const decision = index === undefined ? undefined : c.decisions[index];
  if (!decision) return {};
  const ordinal = c.decisions.slice(0, (index ?? 0) + 1).filter((d) => d.kind === decision.kind).length;
  return {
    // The end date as the decision set it, so a document issued after a later extension still says its own.
    ...(decision.dueAfter ? { resolutionDue: formatVi(decision.dueAfter) } : {}),
    decisionDate: formatVi(decision.decidedOn),
    decisionReason: decision.reason,
    extensionDays: decision.days !== undefined ? String(decision.days).padStart(2, '0') : '',
    decisionOrdinal: String(ordinal),
  };
}

/**
 * Fills the template with the case's facts; a placeholder that names no fact, or a fact this addressee
 * may not be told, is an error, never printed.
 */
export function caseNoticeText(template: CaseNoticeTemplate, facts: Partial<Record<CaseNoticeFact, string>>): CaseNoticeText {
  const fill = (text: string) =>
    text
      .replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = facts[name as CaseNoticeFact];
        if (value === undefined) throw new Error(`Template ${template.id}: {${name}} is not a fact its addressee may be told`);
        return value;
      })
      .replace(/\s+/g, ' ')
      .trim();
  return {
    templateId: template.id,
    templateVersion: template.version,
    layout: template.layout,
    typeName: template.typeName,
    title: fill(template.title),
    addressee: { petitioner: facts.petitionerName, accused: facts.accusedName, parties: '', 'receiving-body': facts.transferTo, leader: `Lãnh đạo ${facts.agencyName ?? ''}` }[template.addressee] ?? '',
    bases: template.bases.map(fill),
    paragraphs: template.paragraphs.map(fill),
    recipients: template.recipients.map(fill),
  };
}
