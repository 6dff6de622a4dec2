import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Attachment, SectionDefinition } from '../../../../shared/reporting/model.ts';
import { Field } from '../../components/field.tsx';
import { ApiError } from '../../api/errors.ts';
import type { FormErrors } from '../../api/field-errors.ts';
import { useApp } from '../../app-context.ts';
import { AppForm } from '../../components/app-form.tsx';
import { AttachmentsField } from './attachments-field.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { attachmentRefs } from './attachments.ts';
import { newIdempotencyKey } from './due.ts';
import { CLOSING_FIELDS, completeness, contentFromForm, fieldElementId, reportErrors, fieldPath, formFieldPaths, formFromContent, type ClosingField, type ReportFormState } from './report-form.ts';
import { obligationPaths } from './routes.ts';
import { RecordFiguresNote } from './record-figures-note.tsx';
import { href } from '../../router.ts';
import type { ObligationDetailView, SubmissionView } from '../../api/types.ts';
import type { RecordFigures } from '../../../../shared/reporting/views.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';

const CLOSING_LABELS = { difficulties: 'report.difficulties', proposals: 'report.proposals', nextDirection: 'report.nextDirection' } as const;

const NO_ERRORS: FormErrors = { fields: {}, general: [] };

const AUTOSAVE_MS = 15_000;

type Busy = 'save' | 'submit' | null;

/** The unit reporter's form: save drafts (optimistic locking), submit versions (idempotent), see field errors. */
export function ReportForm(props: { detail: ObligationDetailView; sections: readonly SectionDefinition[]; records: RecordFigures; onDetail: (detail: ObligationDetailView) => void }) {
  const { api } = useApp();
  const { t, pick, language } = useI18n();
  const { detail, sections, onDetail } = props;
  const { obligation } = detail;
  const latest = [...detail.submissions].sort((a, b) => b.version - a.version)[0];
  const start = detail.draft ?? latest ?? null;

  const [form, setForm] = useState<ReportFormState>(() => formFromContent(sections, start?.content, props.records));
  const [attachments, setAttachments] = useState<Attachment[]>(() => [...(start?.attachments ?? [])]);
  const [draftVersion, setDraftVersion] = useState<number | null>(detail.draft?.version ?? null);
  const [savedAt, setSavedAt] = useState<string | null>(detail.draft?.savedAt ?? null);
  const [justSaved, setJustSaved] = useState<'manual' | 'auto' | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [uncertain, setUncertain] = useState(false);
  const [submitted, setSubmitted] = useState<SubmissionView | null>(null);
  /** The current submit intent: its key is reused while the same content is retried. */
  const intent = useRef<{ key: string; body: string } | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const conflictNotice = useRef<HTMLDivElement>(null);
  /** Bumped on every edit, so a save that raced with typing leaves the form marked unsaved. */
  const revision = useRef(0);
  const known = formFieldPaths(sections);
  const errorCount = Object.values(errors.fields).reduce((n, list) => n + (list?.length ?? 0), 0) + errors.general.length;

  // The buttons sit at the bottom of a long form: bring the outcome of a submit into view.
  useEffect(() => {
    if (errorCount > 0) summary.current?.focus();
  }, [errors]);
  useEffect(() => {
    if (submitted || uncertain) outcome.current?.focus();
  }, [submitted, uncertain]);
  useEffect(() => {
    if (conflict) conflictNotice.current?.focus();
  }, [conflict]);

  const edit = (path: string, change: (state: ReportFormState) => ReportFormState) => {
    setForm(change);
    revision.current++;
    setDirty(true);
    setJustSaved(null);
    if (errors.fields[path]) {
      setErrors((current) => {
        const fields = { ...current.fields };
        delete fields[path];
        return { ...current, fields };
      });
    }
  };
  const setNarrative = (sectionId: string, value: string) =>
    edit(fieldPath.narrative(sectionId), (state) => ({
      ...state,
      sections: { ...state.sections, [sectionId]: { ...state.sections[sectionId]!, narrative: value } },
    }));
  const setMetric = (sectionId: string, metricId: string, value: string) =>
    edit(fieldPath.metric(sectionId, metricId), (state) => {
      const section = state.sections[sectionId]!;
      return { ...state, sections: { ...state.sections, [sectionId]: { ...section, metrics: { ...section.metrics, [metricId]: value } } } };
    });
  const setClosing = (field: ClosingField, value: string) => edit(field, (state) => ({ ...state, [field]: value }));
  const changeAttachments = useCallback((next: Attachment[]) => {
    setAttachments(next);
    revision.current++;
    setDirty(true);
    setJustSaved(null);
  }, []);

  const body = () => ({ content: contentFromForm(sections, form), attachments: attachmentRefs(attachments) });

  const refresh = async () => {
    const next = await api.call(REPORTING_ROUTES.getObligation, { params: { obligationId: obligation.obligationId } });
    onDetail(next);
    return next;
  };

  const save = async (version: number | null = draftVersion, mode: 'manual' | 'auto' = 'manual') => {
    setBusy('save');
    setFailure(null);
    setConflict(false);
    const saving = revision.current;
    try {
      const draft = await api.call(REPORTING_ROUTES.saveDraft, { params: { obligationId: obligation.obligationId }, body: { version, ...body() } });
      setDraftVersion(draft.version);
      setSavedAt(draft.savedAt);
      setDirty(revision.current !== saving);
      setJustSaved(mode);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setConflict(true);
      else setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  // Autosave: a quiet pause in typing saves the draft; never during a submit, an upload or a conflict.
  useEffect(() => {
    if (!dirty || busy !== null || uploading || conflict) return;
    const timer = setTimeout(() => void save(draftVersion, 'auto'), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [form, attachments, dirty, busy, uploading, conflict]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const resolveConflict = async (choice: 'reload' | 'overwrite') => {
    setBusy('save');
    try {
      const next = await refresh();
      setConflict(false);
      if (choice === 'overwrite') {
        setBusy(null);
        await save(next.draft?.version ?? null);
        return;
      }
      setForm(formFromContent(sections, next.draft?.content));
      setAttachments([...(next.draft?.attachments ?? [])]);
      setDraftVersion(next.draft?.version ?? null);
      setSavedAt(next.draft?.savedAt ?? null);
      setDirty(false);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    if (busy || uploading) return;
    const payload = body();
    const text = JSON.stringify(payload);
    if (!intent.current || intent.current.body !== text) intent.current = { key: newIdempotencyKey(), body: text };
    setBusy('submit');
    setFailure(null);
    setErrors(NO_ERRORS);
    setSubmitted(null);
    try {
      const submission = await api.call(REPORTING_ROUTES.submitReport, {
        params: { obligationId: obligation.obligationId },
        body: payload,
        headers: { 'Idempotency-Key': intent.current.key },
      });
      intent.current = null;
      setUncertain(false);
      setSubmitted(submission);
      setDirty(false);
      const next = await refresh().catch(() => null);
      if (next) {
        setDraftVersion(next.draft?.version ?? null);
        setSavedAt(next.draft?.savedAt ?? null);
      }
    } catch (error) {
      // A definite refusal ends this intent; a lost or failed answer keeps its key for the retry.
      const definite = error instanceof ApiError && error.status < 500;
      if (definite) intent.current = null;
      setUncertain(!definite);
      if (error instanceof ApiError && error.details.length > 0) setErrors(reportErrors(error, known, language));
      else setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  const fieldErrors = (path: string) => errors.fields[path] ?? [];
  const described = (path: string, hint?: string) => {
    const ids = [hint, fieldErrors(path).length > 0 ? `${fieldElementId(path)}-error` : undefined].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : undefined;
  };
  const progress = completeness(sections, form);
  const nextVersion = obligation.latestVersion + 1;

  return (
    <section class="report-form-section" aria-labelledby="report-form-title">
      <h2 id="report-form-title">{obligation.latestVersion > 0 ? t('report.formTitleResubmit', { version: nextVersion }) : t('report.formTitle')}</h2>
      {obligation.latestVersion > 0 && <p class="notice">{t('report.resubmitNotice', { version: obligation.latestVersion })}</p>}
      <p class="hint-block">{t('report.formIntro')}</p>

      {submitted && (
        <div class="notice notice-ok" role="status" data-testid="submitted" tabIndex={-1} ref={outcome}>
          <p class="notice-title">{t('report.submitted', { receipt: submitted.receiptNumber, version: submitted.version })}</p>
          <a href={href(obligationPaths.receipt(obligation.obligationId, submitted.version))}>{t('report.openReceipt')}</a>
        </div>
      )}
      {errorCount > 0 && (
        <div class="notice notice-error error-summary" role="alert" tabIndex={-1} ref={summary}>
          <p class="notice-title">{t('report.invalid', { count: errorCount })}</p>
          <ul>
            {sections.map((section) => {
              const paths = [fieldPath.narrative(section.id), ...section.metrics.map((metric) => fieldPath.metric(section.id, metric.id))].filter(
                (path) => fieldErrors(path).length > 0,
              );
              if (paths.length === 0) return null;
              return (
                <li key={section.id}>
                  <a href={`#${fieldElementId(paths[0]!)}`} onClick={(event) => jumpTo(event, paths[0]!)}>
                    {t('report.sectionErrors', { section: pick({ vi: section.titleVi, en: section.titleEn }), count: paths.length })}
                  </a>
                </li>
              );
            })}
            {[...CLOSING_FIELDS, 'attachments' as const]
              .filter((path) => fieldErrors(path).length > 0)
              .map((path) => (
                <li key={path}>
                  <a href={`#${fieldElementId(path)}`} onClick={(event) => jumpTo(event, path)}>
                    {t(path === 'attachments' ? 'attachments.label' : CLOSING_LABELS[path])}: {fieldErrors(path).join(' ')}
                  </a>
                </li>
              ))}
            {errors.general.map((message, i) => (
              <li key={`general-${i}`}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {failure !== null && <ErrorMessage error={failure} />}
      {uncertain && (
        <div class="notice notice-warning" role="alert" tabIndex={-1} ref={outcome}>
          {t('report.retryNotice')}
        </div>
      )}
      {conflict && (
        <div class="notice notice-warning" role="alert" tabIndex={-1} ref={conflictNotice}>
          <p class="notice-title">{t('report.conflict')}</p>
          <div class="form-actions">
            <button type="button" class="button button-secondary" disabled={busy !== null} onClick={() => void resolveConflict('reload')}>
              {t('report.conflictReload')}
            </button>
            <button type="button" class="button" disabled={busy !== null} onClick={() => void resolveConflict('overwrite')}>
              {t('report.conflictOverwrite')}
            </button>
          </div>
        </div>
      )}

      <AppForm class="report-form" onSubmit={submit}>
        {sections.map((section) => {
          const state = form.sections[section.id]!;
          const narrativePath = fieldPath.narrative(section.id);
          return (
            <fieldset key={section.id} class="report-section" data-section={section.id}>
              <legend>{pick({ vi: section.titleVi, en: section.titleEn })}</legend>
              <Field id={fieldElementId(narrativePath)} label={t('report.narrative')} errors={fieldErrors(narrativePath)}>
                <textarea
                  id={fieldElementId(narrativePath)}
                  rows={4}
                  value={state.narrative}
                  aria-invalid={fieldErrors(narrativePath).length > 0 || undefined}
                  aria-describedby={described(narrativePath)}
                  onInput={(event) => setNarrative(section.id, event.currentTarget.value)}
                />
              </Field>
              <RecordFiguresNote section={section} records={props.records} />
              {section.metrics.length > 0 && (
                <div class="metric-grid" role="group" aria-label={`${t('report.metrics')}: ${pick({ vi: section.titleVi, en: section.titleEn })}`}>
                  {section.metrics.map((metric) => {
                    const path = fieldPath.metric(section.id, metric.id);
                    const fromRecords = metric.fromRecords && props.records.available ? t('report.fromRecords', { count: props.records.totals[metric.fromRecords] }) : undefined;
                    return (
                      <Field key={metric.id} id={fieldElementId(path)} label={pick({ vi: metric.labelVi, en: metric.labelEn })} errors={fieldErrors(path)} hint={fromRecords}>
                        <input
                          id={fieldElementId(path)}
                          type="number"
                          inputMode="numeric"
                          min={0}
                          step={1}
                          value={state.metrics[metric.id]}
                          aria-invalid={fieldErrors(path).length > 0 || undefined}
                          aria-describedby={described(path, fromRecords ? `${fieldElementId(path)}-hint` : undefined)}
                          onInput={(event) => setMetric(section.id, metric.id, event.currentTarget.value)}
                        />
                      </Field>
                    );
                  })}
                </div>
              )}
            </fieldset>
          );
        })}
        <fieldset class="report-section">
          <legend>{t('report.closing')}</legend>
          {CLOSING_FIELDS.map((field) => (
            <Field key={field} id={fieldElementId(field)} label={t(CLOSING_LABELS[field])} errors={fieldErrors(field)}>
              <textarea
                id={fieldElementId(field)}
                rows={3}
                value={form[field]}
                aria-invalid={fieldErrors(field).length > 0 || undefined}
                aria-describedby={described(field)}
                onInput={(event) => setClosing(field, event.currentTarget.value)}
              />
            </Field>
          ))}
        </fieldset>
        <fieldset class="report-section">
          <legend>{t('attachments.label')}</legend>
          <AttachmentsField
            id={fieldElementId('attachments')}
            attachments={attachments}
            onChange={changeAttachments}
            onBusy={setUploading}
            disabled={busy === 'submit'}
            errors={fieldErrors('attachments')}
          />
        </fieldset>

        <div class="form-actions form-actions-sticky">
          <button type="button" class="button button-secondary" disabled={busy !== null || uploading} onClick={() => void save()}>
            {busy === 'save' ? t('report.saving') : t('report.saveDraft')}
          </button>
          <button type="submit" class="button" disabled={busy !== null || uploading} aria-busy={busy === 'submit' || undefined}>
            {busy === 'submit' ? t('report.submitting') : obligation.latestVersion > 0 ? t('report.resubmit') : t('report.submit')}
          </button>
          <span class="form-status" role="status">
            {t('report.progress', progress)}
            {justSaved && savedAt ? ` · ${t(justSaved === 'auto' ? 'report.draftAutoSaved' : 'report.draftSaved', { time: formatDateTime(savedAt) })}` : ''}
            {!justSaved && dirty ? ` · ${t('report.unsaved')}` : ''}
            {!justSaved && !dirty && savedAt ? ` · ${t('report.draftFrom', { time: formatDateTime(savedAt) })}` : ''}
          </span>
        </div>
      </AppForm>
    </section>
  );
}

function jumpTo(event: Event, path: string): void {
  const target = document.getElementById(fieldElementId(path));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}
