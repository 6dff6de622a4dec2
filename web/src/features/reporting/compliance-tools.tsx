import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ObligationKindSchema, type ObligationKind } from '../../../../shared/reporting/model.ts';
import { ApiError } from '../../api/errors.ts';
import { useApp } from '../../app-context.ts';
import { AppForm } from '../../components/app-form.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { ErrorMessage, ResourceStatus } from '../../components/error-message.tsx';
import { DueText } from './status-badge.tsx';
import { SubmitActions } from '../../components/submit-actions.tsx';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { detailMessage } from './report-form.ts';
import { useResource } from '../../use-resource.ts';
import { localInstant } from '../../../../shared/time-zone.ts';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';

export function kindLabel(kind: string, t: ReturnType<typeof useI18n>['t']): string {
  const parsed = ObligationKindSchema.safeParse(kind);
  return parsed.success ? t(`reporting.kind.${parsed.data}`) : kind;
}

/** Field errors of a 400, by the last segment of their path (`body.titleVi` → `titleVi`). */
function errorsByField(error: unknown, language: 'vi' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const detail of error.details) {
      const field = detail.path.replace(/^body\./, '').split('.')[0]!;
      const message = detailMessage(detail.message, language);
      out[field] = out[field] ? `${out[field]}, ${message}` : message;
    }
  }
  return out;
}

function FieldError(props: { id: string; message: string | undefined }) {
  return props.message ? (
    <p class="field-error" id={props.id}>
      {props.message}
    </p>
  ) : null;
}

/** The state of an office tool's form: busy while `run` waits, then the message `action` returns, or its error. */
function useSubmission() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await action());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, done, run };
}

/** An office tool's form, with what its last submission did or why it failed above it. */
function ToolForm(props: { done: string | null; error: unknown; busy: boolean; submitLabel: string; onSubmit: () => Promise<void>; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <>
      {props.done && (
        <p class="notice notice-ok" role="status">
          {props.done}
        </p>
      )}
      {props.error !== null && <ErrorMessage error={props.error} />}
      <AppForm onSubmit={props.onSubmit}>
        {props.children}
        <SubmitActions busy={props.busy} label={props.submitLabel} busyLabel={t('compliance.working')} />
      </AppForm>
    </>
  );
}

export function AdHocForm(props: { onCreated: () => void }) {
  const { api } = useApp();
  const { t, language } = useI18n();
  const units = useResource(() => api.call(ORGANIZATION_ROUTES.listUnits), [api]);
  const [titleVi, setTitleVi] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { busy, error, done, run } = useSubmission();
  const fieldErrors = errorsByField(error, language);

  const submit = () =>
    run(async () => {
      const created = await api.call(REPORTING_ROUTES.createObligation, {
        body: { titleVi: titleVi.trim(), ...(titleEn.trim() ? { titleEn: titleEn.trim() } : {}), dueDate, unitIds: [...selected] },
      });
      setTitleVi('');
      setTitleEn('');
      setDueDate('');
      setSelected(new Set());
      props.onCreated();
      return t('compliance.adHocDone', { title: titleVi.trim(), count: created.items.length });
    });

  const active = units.state === 'ready' ? units.data.items.filter((unit) => unit.active).sort((a, b) => a.name.localeCompare(b.name, language)) : [];
  return (
    <section class="panel reporting-tools" aria-labelledby="adhoc-title">
      <h2 id="adhoc-title">{t('compliance.adHocTitle')}</h2>
      <p class="muted">{t('compliance.adHocIntro')}</p>
      <ToolForm done={done} error={error} busy={busy} submitLabel={t('compliance.adHocSubmit')} onSubmit={submit}>
        <div class="field">
          <label for="adhoc-title-vi">{t('compliance.adHocTitleVi')}</label>
          <FieldError id="adhoc-title-vi-error" message={fieldErrors.titleVi} />
          <input id="adhoc-title-vi" type="text" value={titleVi} required onInput={(e) => setTitleVi(e.currentTarget.value)} aria-invalid={!!fieldErrors.titleVi || undefined} />
        </div>
        <div class="field">
          <label for="adhoc-title-en">{t('compliance.adHocTitleEn')}</label>
          <FieldError id="adhoc-title-en-error" message={fieldErrors.titleEn} />
          <input id="adhoc-title-en" type="text" lang="en" value={titleEn} onInput={(e) => setTitleEn(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="adhoc-due">{t('compliance.adHocDue')}</label>
          <FieldError id="adhoc-due-error" message={fieldErrors.dueDate} />
          <input id="adhoc-due" type="date" value={dueDate} required onInput={(e) => setDueDate(e.currentTarget.value)} aria-invalid={!!fieldErrors.dueDate || undefined} />
          {dueDate && <span class="hint">{formatDate(dueDate)}</span>}
        </div>
        <fieldset class="field">
          <legend>{t('compliance.adHocUnits')}</legend>
          <FieldError id="adhoc-units-error" message={fieldErrors.unitIds} />
          <ResourceStatus resource={units} />
          {units.state === 'ready' && (
            <>
              <div class="tool-row">
                <button type="button" class="button-link button-plain" onClick={() => setSelected(new Set(active.map((unit) => unit.unitId)))}>
                  {t('compliance.selectAll')}
                </button>
                <button type="button" class="button-link button-plain" onClick={() => setSelected(new Set())}>
                  {t('compliance.selectNone')}
                </button>
              </div>
              <div class="check-columns">
                {active.map((unit) => (
                    <label key={unit.unitId} class="check">
                      <input
                        type="checkbox"
                        checked={selected.has(unit.unitId)}
                        onChange={(e) => {
                          const next = new Set(selected);
                          if (e.currentTarget.checked) next.add(unit.unitId);
                          else next.delete(unit.unitId);
                          setSelected(next);
                        }}
                      />
                      {unit.name}
                    </label>
                  ))}
              </div>
            </>
          )}
        </fieldset>
      </ToolForm>
    </section>
  );
}

const PERIOD_KINDS: readonly ObligationKind[] = ObligationKindSchema.options;

export function PeriodAdmin(props: { onAdded: () => void }) {
  const { api } = useApp();
  const { t, pick, language } = useI18n();
  const [reloads, setReloads] = useState(0);
  const plan = useResource(() => api.call(REPORTING_ROUTES.getReportingPlan), [api, reloads]);
  const [templateId, setTemplateId] = useState('');
  const [kind, setKind] = useState<ObligationKind>('annual');
  const [titleVi, setTitleVi] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [before, setBefore] = useState('');
  const [periodFrom, setPeriodFrom] = useState('');
  const [periodTo, setPeriodTo] = useState('');
  const { busy, error, done, run } = useSubmission();
  const fieldErrors = errorsByField(error, language);

  const submit = () =>
    run(async () => {
      const result = await api.call(REPORTING_ROUTES.addReportingPeriod, {
        body: {
          templateId: templateId.trim(),
          kind,
          titleVi: titleVi.trim(),
          titleEn: titleEn.trim(),
          // "Gửi trước ngày D": late from 00:00 on D, Vietnam time.
          dueInstant: localInstant(before),
          ...(periodFrom ? { periodFrom } : {}),
          ...(periodTo ? { periodTo } : {}),
        },
      });
      setTemplateId('');
      setTitleVi('');
      setTitleEn('');
      setBefore('');
      setPeriodFrom('');
      setPeriodTo('');
      setReloads((n) => n + 1);
      props.onAdded();
      return t('compliance.periodDone', { title: titleVi.trim(), count: result.created });
    });

  return (
    <section class="panel reporting-tools" aria-labelledby="period-title">
      <h2 id="period-title">{t('compliance.periodTitle')}</h2>
      <p class="muted">{t('compliance.periodIntro')}</p>
      <ToolForm done={done} error={error} busy={busy} submitLabel={t('compliance.periodSubmit')} onSubmit={submit}>
        <div class="field-row">
          <div class="field">
            <label for="period-kind">{t('compliance.periodKind')}</label>
            <select id="period-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as ObligationKind)}>
              {PERIOD_KINDS.map((option) => (
                <option key={option} value={option}>
                  {t(`reporting.kind.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="period-id">{t('compliance.periodId')}</label>
            <FieldError id="period-id-error" message={fieldErrors.templateId} />
            <input id="period-id" type="text" value={templateId} pattern="[a-z0-9-]+" placeholder="bao-cao-nam-2027" onInput={(e) => setTemplateId(e.currentTarget.value)} />
          </div>
        </div>
        <div class="field">
          <label for="period-title-vi">{t('compliance.periodTitleVi')}</label>
          <FieldError id="period-title-vi-error" message={fieldErrors.titleVi} />
          <input id="period-title-vi" type="text" value={titleVi} onInput={(e) => setTitleVi(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="period-title-en">{t('compliance.periodTitleEn')}</label>
          <FieldError id="period-title-en-error" message={fieldErrors.titleEn} />
          <input id="period-title-en" type="text" lang="en" value={titleEn} onInput={(e) => setTitleEn(e.currentTarget.value)} />
        </div>
        <div class="field-row">
          <div class="field">
            <label for="period-due">{t('compliance.periodDue')}</label>
            <FieldError id="period-due-error" message={fieldErrors.dueInstant} />
            <input id="period-due" type="date" value={before} onInput={(e) => setBefore(e.currentTarget.value)} aria-describedby="period-due-hint" />
            <span class="hint" id="period-due-hint">
              {t('compliance.periodDueHint')}
            </span>
          </div>
          <div class="field">
            <label for="period-from">{t('compliance.periodFrom')}</label>
            <FieldError id="period-from-error" message={fieldErrors.periodFrom} />
            <input id="period-from" type="date" value={periodFrom} onInput={(e) => setPeriodFrom(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="period-to">{t('compliance.periodTo')}</label>
            <FieldError id="period-to-error" message={fieldErrors.periodTo} />
            <input id="period-to" type="date" value={periodTo} onInput={(e) => setPeriodTo(e.currentTarget.value)} />
          </div>
        </div>
      </ToolForm>

      <h3>{t('compliance.periods')}</h3>
      <ResourceStatus resource={plan} />
      {plan.state === 'ready' && (
        <DataTable columns={[t('obligations.report'), t('compliance.periodKind'), t('compliance.periodDueCol')]}>
          {[...plan.data.templates]
            .sort((a, b) => b.dueInstant.localeCompare(a.dueInstant))
            .map((template) => (
              <tr key={template.templateId}>
                <th scope="row">
                  {pick({ vi: template.titleVi, en: template.titleEn })}
                  <span class="cell-note">
                    <code>{template.templateId}</code>
                    {template.periodFrom && template.periodTo && ` · ${t('reporting.period', { from: formatDate(template.periodFrom), to: formatDate(template.periodTo) })}`}
                  </span>
                </th>
                <td>{t(`reporting.kind.${template.kind}`)}</td>
                <td>
                  <DueText dueInstant={template.dueInstant} />
                </td>
              </tr>
            ))}
        </DataTable>
      )}
    </section>
  );
}
