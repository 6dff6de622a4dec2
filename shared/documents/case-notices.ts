import * as z from 'zod';
import { CaseTypeSchema, NOT_ACCEPTED_REASON_LABELS, type CitizenCase } from '../cases/model.ts';
import { CivilDateSchema, formatVi, type CivilDate } from '../deadlines/civil-date.ts';
import { localDate } from '../time-zone.ts';
import { DocumentTypeSchema } from './register.ts';

/** A notice about one step of a case, as data an administrator may adjust; the wording holds `{fact}` placeholders. */
export const CaseNoticeTemplateSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  validFrom: CivilDateSchema,
  validUntil: CivilDateSchema.nullable(),
  caseTypes: z.array(CaseTypeSchema).min(1),
  step: z.enum(['acceptance', 'not-accepted']),
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
  'subject',
  'receivedDate',
  'acceptedDate',
  'resolutionDue',
  'notAcceptedReason',
  'notAcceptedText',
] as const;
export type CaseNoticeFact = (typeof CASE_NOTICE_FACTS)[number];

/** The placeholders a text names: `"Ngày {receivedDate}…"` → `['receivedDate']`. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

/** The template of `step` for a case of this type on `date`, the version in force then. */
export function noticeTemplate(templates: readonly CaseNoticeTemplate[], c: Pick<CitizenCase, 'type'>, step: CaseNoticeTemplate['step'], date: CivilDate): CaseNoticeTemplate {
  const found = templates.find((t) => t.step === step && t.caseTypes.includes(c.type) && t.validFrom <= date && (t.validUntil === null || date <= t.validUntil));
  if (!found) throw new Error(`No notice template for ${c.type} / ${step} on ${date}`);
  return found;
}

/** The notice's words, the facts filled in: what the DOCX prints, and what the tests read. */
export interface CaseNoticeText {
  templateId: string;
  templateVersion: string;
  typeName: string;
  title: string;
  addressee: string;
  bases: string[];
  paragraphs: string[];
  recipients: string[];
}

const spoken = (name: string | undefined) => (name ? `Ông (Bà) ${name}` : 'Ông (Bà)');

/** The facts of `c` that a notice to its petitioner names; dates as dd/mm/yyyy. */
export function noticeFacts(c: CitizenCase, agencyName: string): Record<CaseNoticeFact, string> {
  const resolution = c.deadlines.find((d) => d.step === 'resolution' && d.due);
  return {
    agencyName,
    petitionerName: spoken(c.petitioner.name),
    petitionerAddress: c.petitioner.address ?? 'không ghi',
    subject: c.subject,
    receivedDate: formatVi(localDate(c.receivedAt)),
    acceptedDate: c.acceptance ? formatVi(c.acceptance.acceptedOn) : '',
    resolutionDue: resolution?.due ? formatVi(resolution.due) : '',
    notAcceptedReason: c.notAccepted ? NOT_ACCEPTED_REASON_LABELS[c.notAccepted.reason].vi.toLocaleLowerCase('vi-VN') : '',
    notAcceptedText: c.notAccepted?.text ?? '',
  };
}

/** Fills the template with the case's facts; a placeholder that names no fact is an error, never printed as is. */
export function caseNoticeText(template: CaseNoticeTemplate, facts: Record<CaseNoticeFact, string>): CaseNoticeText {
  const fill = (text: string) =>
    text
      .replace(/\{(\w+)\}/g, (_, name: string) => {
        if (!(CASE_NOTICE_FACTS as readonly string[]).includes(name)) throw new Error(`Template ${template.id}: unknown fact {${name}}`);
        return facts[name as CaseNoticeFact];
      })
      .replace(/\s+/g, ' ')
      .trim();
  return {
    templateId: template.id,
    templateVersion: template.version,
    typeName: template.typeName,
    title: fill(template.title),
    addressee: facts.petitionerName,
    bases: template.bases.map(fill),
    paragraphs: template.paragraphs.map(fill),
    recipients: template.recipients.map(fill),
  };
}
