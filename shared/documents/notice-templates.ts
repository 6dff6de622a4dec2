import * as z from 'zod';
import { CivilDateSchema, type CivilDate } from '../deadlines/civil-date.ts';
import { CASE_NOTICE_FACTS, CaseNoticeTemplateSchema, mayNamePetitioner, PETITIONER_FACTS, placeholdersOf, type CaseNoticeFact, type CaseNoticeTemplate } from './case-notices.ts';

/*
 * An agency's own wording of the case documents. The platform ships the templates as data
 * (`data/case-notices-vn.ts`); an administrator adjusts a template's words from a date on, and that
 * version is the one in force from then: documents already issued keep the words they were issued with.
 * What a template is for (its step, addressee, case types, layout, register type) is not theirs to change,
 * nor may the words name a fact the case does not hold or one its addressee may not be told.
 */

const text = (max: number) => z.string().trim().min(1, { message: 'Không được để trống / Must not be empty' }).max(max);
export const TemplateWordingSchema = z.object({
  validFrom: CivilDateSchema,
  label: z.object({ vi: text(120), en: text(120) }),
  title: text(300),
  bases: z.array(text(600)).max(12),
  paragraphs: z.array(text(3000)).min(1).max(30),
  recipients: z.array(text(200)).max(12),
  /** Why the wording changed: kept with the version. */
  reason: text(500),
});
export type TemplateWording = z.infer<typeof TemplateWordingSchema>;

/** An agency's version of a template, as stored: the whole template, who changed it, when and why. */
export const AgencyTemplateVersionSchema = z.object({
  agencyId: z.string(),
  template: CaseNoticeTemplateSchema,
  /** Versions from the same day are told apart by their order. */
  seq: z.number().int().nonnegative(),
  editedBy: z.string(),
  editedAt: z.string(),
  reason: z.string(),
});
export type AgencyTemplateVersion = z.infer<typeof AgencyTemplateVersionSchema>;

export interface NoticeTemplateStore {
  list(agencyId: string): Promise<AgencyTemplateVersion[]>;
  /** False when a version with this template, date and order exists already. */
  create(version: AgencyTemplateVersion): Promise<boolean>;
}

const order = (t: CaseNoticeTemplate, seq: number) => `${t.validFrom}#${String(seq).padStart(6, '0')}`;

/**
 * The templates in force on `date`: for each template, the latest version (the shipped one or the
 * agency's) whose validity holds that day; a template none of whose versions holds it is left out.
 */
export function templatesInForce(shipped: readonly CaseNoticeTemplate[], agency: readonly AgencyTemplateVersion[], date: CivilDate): CaseNoticeTemplate[] {
  return shipped.flatMap((base) => {
    const candidates = [{ template: base, key: order(base, 0) }, ...agency.filter((v) => v.template.id === base.id).map((v) => ({ template: v.template, key: order(v.template, v.seq + 1) }))];
    const holding = candidates.filter(({ template: t }) => t.validFrom <= date && (t.validUntil === null || date <= t.validUntil)).sort((a, b) => a.key.localeCompare(b.key));
    const latest = holding.at(-1);
    return latest ? [latest.template] : [];
  });
}

export interface WordingProblem {
  path: string;
  vi: string;
  en: string;
}

/** What is wrong with new words for `base`: a placeholder that names no fact, or a fact its addressee may not be told. */
export function wordingProblems(base: CaseNoticeTemplate, wording: TemplateWording): WordingProblem[] {
  const problems: WordingProblem[] = [];
  const parts: [string, string[]][] = [['title', [wording.title]], ['bases', wording.bases], ['paragraphs', wording.paragraphs], ['recipients', wording.recipients]];
  // A denunciation's document to anyone but the denouncer may not name them (Luật Tố cáo Điều 47).
  const secret = base.caseTypes.some((type) => !mayNamePetitioner({ type }, base.addressee));
  for (const [field, texts] of parts) {
    texts.forEach((value, i) => {
      const path = field === 'title' ? 'body.title' : `body.${field}.${i}`;
      for (const name of placeholdersOf(value)) {
        if (!(CASE_NOTICE_FACTS as readonly string[]).includes(name)) problems.push({ path, vi: `Chỗ điền {${name}} không phải là thông tin của hồ sơ.`, en: `{${name}} is not a fact of the case.` });
        else if (secret && PETITIONER_FACTS.has(name as CaseNoticeFact)) problems.push({ path, vi: `Văn bản này không được nêu thông tin người tố cáo ({${name}}).`, en: `This document may not name the denouncer ({${name}}).` });
      }
      if (/[{}]/.test(value.replace(/\{\w+\}/g, ''))) problems.push({ path, vi: 'Dấu ngoặc { } chỉ dùng để ghi tên một thông tin của hồ sơ, ví dụ {receivedDate}.', en: 'Braces { } only name a fact of the case, e.g. {receivedDate}.' });
    });
  }
  if (wording.validFrom < base.validFrom || (base.validUntil !== null && wording.validFrom > base.validUntil)) {
    problems.push({ path: 'body.validFrom', vi: 'Ngày áp dụng phải nằm trong thời gian áp dụng của mẫu gốc.', en: 'The date must fall within the shipped template’s validity.' });
  }
  return problems;
}

/** The template as the new words make it: the same document, its words replaced, in force from `validFrom` until the shipped version ends. */
export function withWording(base: CaseNoticeTemplate, wording: TemplateWording, version: string): CaseNoticeTemplate {
  return { ...base, version, validFrom: wording.validFrom, label: wording.label, title: wording.title, bases: wording.bases, paragraphs: wording.paragraphs, recipients: wording.recipients };
}

/** One template as the administrator's page shows it: in force today, as shipped, and the agency's versions. */
export const TemplateEntrySchema = z.object({
  template: CaseNoticeTemplateSchema,
  shipped: CaseNoticeTemplateSchema,
  inForce: z.boolean(),
  versions: z.array(z.object({ version: z.string(), validFrom: z.string(), editedByName: z.string(), editedAt: z.string(), reason: z.string() })),
});
export const TemplateListSchema = z.object({ items: z.array(TemplateEntrySchema), facts: z.array(z.string()) });
