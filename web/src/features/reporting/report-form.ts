import type { ReportContent, SectionDefinition } from '../../../../shared/reporting/model.ts';
import type { RecordFigures } from '../../../../shared/reporting/views.ts';
import type { Language } from '../../../../shared/organization/model.ts';
import { fieldErrorsOf, type FormErrors } from '../../api/field-errors.ts';

/** What the inputs hold: numbers stay text until they are sent, so a half-typed value is never lost. */
export interface ReportFormState {
  sections: Record<string, { narrative: string; metrics: Record<string, string> }>;
  difficulties: string;
  proposals: string;
  nextDirection: string;
}

export const CLOSING_FIELDS = ['difficulties', 'proposals', 'nextDirection'] as const;
export type ClosingField = (typeof CLOSING_FIELDS)[number];

/**
 * The form for `sections`, filled from `content` (a draft or a submitted version) where it has values;
 * a first report, with neither, starts its numbers drawn from the records at the records' figures.
 */
export function formFromContent(sections: readonly SectionDefinition[], content?: ReportContent | null, records?: RecordFigures | null): ReportFormState {
  const form: ReportFormState = {
    sections: {},
    difficulties: content?.difficulties ?? '',
    proposals: content?.proposals ?? '',
    nextDirection: content?.nextDirection ?? '',
  };
  for (const section of sections) {
    const saved = content?.sections[section.id];
    const metrics: Record<string, string> = {};
    for (const metric of section.metrics) {
      const value = content ? saved?.metrics[metric.id] : metric.fromRecords && records?.available ? records.totals[metric.fromRecords] : undefined;
      metrics[metric.id] = value === undefined ? '' : String(value);
    }
    form.sections[section.id] = { narrative: saved?.narrative ?? '', metrics };
  }
  return form;
}

/** `'12'` → 12; blank, negative, fractional or non-numeric text → undefined (left out, as not yet filled). */
export function parseCount(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,8}$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/**
 * The content to save or submit. Every section of the plan is present; a metric not (validly) filled
 * is left out, so a draft may be partial and the server names what a submission still lacks.
 */
export function contentFromForm(sections: readonly SectionDefinition[], form: ReportFormState): ReportContent {
  const content: ReportContent = {
    sections: {},
    difficulties: form.difficulties.trim(),
    proposals: form.proposals.trim(),
    nextDirection: form.nextDirection.trim(),
  };
  for (const section of sections) {
    const state = form.sections[section.id];
    const metrics: Record<string, number> = {};
    for (const metric of section.metrics) {
      const value = parseCount(state?.metrics[metric.id] ?? '');
      if (value !== undefined) metrics[metric.id] = value;
    }
    content.sections[section.id] = { narrative: (state?.narrative ?? '').trim(), metrics };
  }
  return content;
}

/** Form paths of the fields, as used for error messages and element ids. */
export const fieldPath = {
  narrative: (sectionId: string) => `sections.${sectionId}.narrative`,
  metric: (sectionId: string, metricId: string) => `sections.${sectionId}.metrics.${metricId}`,
};

/** `sections.quan-triet.narrative` → `f-sections-quan-triet-narrative`: a valid, stable element id. */
export function fieldElementId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9-]+/g, '-')}`;
}

/**
 * The API's refusal of a report spread over the form: `body.content.sections.x.narrative` goes beside
 * that textarea, `body.attachments.0` beside the attachments; anything else is shown above the form.
 */
export function reportErrors(error: unknown, known: ReadonlySet<string>, language: Language): FormErrors {
  return fieldErrorsOf(error, language, (path) => {
    const inBody = path.replace(/^body\./, '').replace(/^content\./, '');
    const field = inBody.startsWith('attachments') ? 'attachments' : inBody;
    return known.has(field) ? field : null;
  });
}

/** Every field path of the form for `sections`, to match error details against. */
export function formFieldPaths(sections: readonly SectionDefinition[]): Set<string> {
  const paths = new Set<string>([...CLOSING_FIELDS, 'attachments']);
  for (const section of sections) {
    paths.add(fieldPath.narrative(section.id));
    for (const metric of section.metrics) paths.add(fieldPath.metric(section.id, metric.id));
  }
  return paths;
}

/** How far the form is filled: sections with a narrative and every number, out of all sections. */
export function completeness(sections: readonly SectionDefinition[], form: ReportFormState): { complete: number; total: number } {
  let complete = 0;
  for (const section of sections) {
    const state = form.sections[section.id];
    if (!state || state.narrative.trim() === '') continue;
    if (section.metrics.every((metric) => parseCount(state.metrics[metric.id] ?? '') !== undefined)) complete++;
  }
  return { complete, total: sections.length };
}
