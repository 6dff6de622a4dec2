import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ObligationKindSchema, type ObligationKind } from '../../../../shared/reporting/model.ts';
import { bodyPath, fieldErrorsOf } from '../../api/field-errors.ts';
import { Field } from '../../components/field.tsx';
import { useMutation } from '../../use-mutation.ts';
import { useApp } from '../../app-context.ts';
import { AppForm } from '../../components/app-form.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { ErrorMessage, ResourceStatus } from '../../components/error-message.tsx';
import { DueText } from './status-badge.tsx';
import { SubmitActions } from '../../components/submit-actions.tsx';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useResource } from '../../use-resource.ts';
import { localInstant } from '../../../../shared/time-zone.ts';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';

export function kindLabel(kind: string, t: ReturnType<typeof useI18n>['t']): string {
  const parsed = ObligationKindSchema.safeParse(kind);
  return parsed.success ? t(`reporting.kind.${parsed.data}`) : kind;
}

/** The state of an office tool's form: a change sent once at a time, then the message `action` returns, or its error. */
function useSubmission() {
  const { busy, error, run: send } = useMutation();
  const [done, setDone] = useState<string | null>(null);
  const run = async (action: () => Promise<string>) => {
    setDone(null);
    const message = await send(action);
    if (message !== undefined) setDone(message);
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
  const errors = fieldErrorsOf(error, language, (path) => bodyPath(path)?.[0]);

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
        <Field id="adhoc-title-vi" label={t('compliance.adHocTitleVi')} errors={errors.fields.titleVi}>
          <input id="adhoc-title-vi" type="text" value={titleVi} required onInput={(e) => setTitleVi(e.currentTarget.value)} />
        </Field>
        <Field id="adhoc-title-en" label={t('compliance.adHocTitleEn')} errors={errors.fields.titleEn}>
          <input id="adhoc-title-en" type="text" lang="en" value={titleEn} onInput={(e) => setTitleEn(e.currentTarget.value)} />
        </Field>
        <Field id="adhoc-due" label={t('compliance.adHocDue')} errors={errors.fields.dueDate} hint={dueDate ? formatDate(dueDate) : undefined}>
          <input id="adhoc-due" type="date" value={dueDate} required onInput={(e) => setDueDate(e.currentTarget.value)} />
        </Field>
        <fieldset class="field">
          <legend>{t('compliance.adHocUnits')}</legend>
          {errors.fields.unitIds && <p class="field-error">{errors.fields.unitIds.join(' ')}</p>}
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
  const errors = fieldErrorsOf(error, language, (path) => bodyPath(path)?.[0]);

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
          <Field id="period-id" label={t('compliance.periodId')} errors={errors.fields.templateId}>
            <input id="period-id" type="text" value={templateId} pattern="[a-z0-9-]+" placeholder="bao-cao-nam-2027" onInput={(e) => setTemplateId(e.currentTarget.value)} />
          </Field>
        </div>
        <Field id="period-title-vi" label={t('compliance.periodTitleVi')} errors={errors.fields.titleVi}>
          <input id="period-title-vi" type="text" value={titleVi} onInput={(e) => setTitleVi(e.currentTarget.value)} />
        </Field>
        <Field id="period-title-en" label={t('compliance.periodTitleEn')} errors={errors.fields.titleEn}>
          <input id="period-title-en" type="text" lang="en" value={titleEn} onInput={(e) => setTitleEn(e.currentTarget.value)} />
        </Field>
        <div class="field-row">
          <Field id="period-due" label={t('compliance.periodDue')} errors={errors.fields.dueInstant} hint={t('compliance.periodDueHint')}>
            <input id="period-due" type="date" value={before} onInput={(e) => setBefore(e.currentTarget.value)} />
          </Field>
          <Field id="period-from" label={t('compliance.periodFrom')} errors={errors.fields.periodFrom}>
            <input id="period-from" type="date" value={periodFrom} onInput={(e) => setPeriodFrom(e.currentTarget.value)} />
          </Field>
          <Field id="period-to" label={t('compliance.periodTo')} errors={errors.fields.periodTo}>
            <input id="period-to" type="date" value={periodTo} onInput={(e) => setPeriodTo(e.currentTarget.value)} />
          </Field>
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
