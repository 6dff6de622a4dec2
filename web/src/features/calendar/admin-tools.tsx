import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { draftOf, nextYearToAdd } from './draft.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { calendarDateOf } from '../../format.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { downloadBlob } from '../reporting/download.ts';
import { type Editing } from './parts.tsx';
import type { StoredCalendarYearView } from '../../api/types.ts';
import { DEADLINE_ROUTES } from '../../../../shared/http/routes/deadlines.ts';
import { useMutation } from '../../use-mutation.ts';

export function AdminTools(props: { years: StoredCalendarYearView[]; onPropose: (editing: Editing) => void; onImported: (years: number[]) => void }) {
  const { api } = useApp();
  const { t } = useI18n();
  const stored = props.years.map((y) => y.data.year);
  const [year, setYear] = useState(() => String(nextYearToAdd(stored, calendarDateOf(new Date()))));
  const { doing: busy, error, run: send, setError } = useMutation<'propose' | 'export' | 'import'>();
  const [importOpen, setImportOpen] = useState(false);
  const [ics, setIcs] = useState<{ name: string; text: string } | null>(null);
  const [reason, setReason] = useState('');
  const [importProblem, setImportProblem] = useState<MessageKey | null>(null);

  const run = (kind: 'propose' | 'export' | 'import', action: () => Promise<void>) => send(action, { as: kind });

  const propose = (event: Event) => {
    event.preventDefault();
    const wanted = Number(year);
    if (!Number.isInteger(wanted) || wanted < 2000 || wanted > 2100) {
      setError(null);
      setImportProblem('calendar.problem.year');
      return;
    }
    setImportProblem(null);
    return run('propose', async () => {
      const proposal = await api.call(DEADLINE_ROUTES.proposeCalendarYear, { params: { year: wanted } });
      const existing = props.years.find((y) => y.data.year === wanted);
      props.onPropose({ draft: draftOf(proposal), version: existing?.version ?? null, proposal: true });
    });
  };

  const exportIcs = () =>
    run('export', async () => {
      const file = await api.call(DEADLINE_ROUTES.exportCalendar);
      downloadBlob(file.filename, new Blob([file.content], { type: `${file.contentType};charset=utf-8` }));
    });

  const importIcs = (event: Event) => {
    event.preventDefault();
    if (!ics) return setImportProblem('calendar.problem.file');
    if (reason.trim().length < 5) return setImportProblem('calendar.problem.reason');
    setImportProblem(null);
    return run('import', async () => {
      const result = await api.call(DEADLINE_ROUTES.importCalendar, { body: { ics: ics.text, reason: reason.trim() } });
      setImportOpen(false);
      props.onImported(result.years.map((y) => y.data.year).sort());
    });
  };

  return (
    <section class="panel admin-tools" aria-labelledby="admin-tools-title">
      <h2 id="admin-tools-title">{t('calendar.adminTools')}</h2>
      <div class="tool-row">
        <form class="inline-form" onSubmit={propose} noValidate>
          <label for="propose-year">{t('calendar.proposeYear')}</label>
          <input id="propose-year" type="number" min={2000} max={2100} value={year} onInput={(event) => setYear(event.currentTarget.value)} />
          <button type="submit" class="button" disabled={busy !== null}>
            {busy === 'propose' ? t('calendar.working') : t('calendar.propose')}
          </button>
        </form>
        <button type="button" class="button button-secondary" onClick={exportIcs} disabled={busy !== null}>
          {busy === 'export' ? t('calendar.working') : t('calendar.export')}
        </button>
        <button type="button" class="button button-secondary" aria-expanded={importOpen} onClick={() => setImportOpen((v) => !v)}>
          {t('calendar.import')}
        </button>
      </div>
      <p class="hint">{t('calendar.proposeHint')}</p>
      {importOpen && (
        <form class="import-form" onSubmit={importIcs} noValidate>
          <div class="field">
            <label for="import-file">{t('calendar.importFile')}</label>
            <input
              id="import-file"
              type="file"
              accept=".ics,text/calendar"
              onChange={async (event) => {
                const file = event.currentTarget.files?.[0];
                setIcs(file ? { name: file.name, text: await file.text() } : null);
              }}
            />
          </div>
          <div class="field">
            <label for="import-reason">{t('calendar.reason')}</label>
            <input id="import-reason" type="text" value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
          </div>
          <p class="hint">{t('calendar.importHint')}</p>
          <button type="submit" class="button" disabled={busy !== null}>
            {busy === 'import' ? t('calendar.working') : t('calendar.importSubmit')}
          </button>
        </form>
      )}
      {importProblem && (
        <p class="notice notice-error" role="alert">
          {t(importProblem)}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}
