import { useState } from 'preact/hooks';
import { ApiError } from '../api/errors.ts';
import {
  CalendarExportSchema,
  CalendarHistorySchema,
  CalendarImportSchema,
  CalendarProposalSchema,
  CalendarSchema,
  StoredCalendarYearSchema,
  type CalendarYearView,
  type PutCalendarYearBody,
  type StoredCalendarYearView,
} from '../api/deadline-schemas.ts';
import { UsersSchema } from '../api/schemas.ts';
import { useApp } from '../app-context.ts';
import { checkDraft, DAY_OFF_KINDS, draftOf, emptyDayOff, emptyMakeUpDay, nextYearToAdd, summarizeEdit, yearOfDraft, type DraftProblem, type YearDraft } from '../calendar/draft.ts';
import { MonthGrid } from '../calendar/month-grid.tsx';
import { DataTable } from '../components/data-table.tsx';
import { ErrorMessage, ResourceStatus } from '../components/error-message.tsx';
import { SubmitActions } from '../components/submit-actions.tsx';
import { WEEKDAY_KEYS } from '../components/trace-view.tsx';
import { calendarDateOf, formatDate, formatDateTime, weekdayOf } from '../format.ts';
import type { MessageKey } from '../i18n/dictionaries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { mayManageCalendar, mayUse, NAV } from '../nav.ts';
import { downloadBlob } from '../reporting/download.ts';
import { href, navigate, useQuery } from '../router.ts';
import { useResource } from '../use-resource.ts';

const KIND: Record<CalendarYearView['daysOff'][number]['kind'], MessageKey> = {
  holiday: 'calendar.kind.holiday',
  tet: 'calendar.kind.tet',
  compensatory: 'calendar.kind.compensatory',
  bridge: 'calendar.kind.bridge',
};

/** An edit in progress: of a stored year (`version` read), or of a new one (`version: null`, e.g. a proposal). */
interface Editing {
  draft: YearDraft;
  version: number | null;
  proposal: boolean;
}

const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

function Weekday(props: { date: string }) {
  const { t } = useI18n();
  return <>{isDate(props.date) ? t(WEEKDAY_KEYS[weekdayOf(props.date)]!) : ''}</>;
}

/** Under a date input, whose display follows the browser's locale: the date as this app writes it, with its weekday. */
function DateEcho(props: { date: string }) {
  return (
    <span class="cell-note">
      {isDate(props.date) && (
        <>
          <Weekday date={props.date} /> {formatDate(props.date)}
        </>
      )}
    </span>
  );
}

export function CalendarPage() {
  const { api, me } = useApp();
  const { t } = useI18n();
  const manage = mayManageCalendar(me.roles);
  const [reloads, setReloads] = useState(0);
  const calendar = useResource(() => api.get('/calendar', CalendarSchema), [api, reloads]);
  const query = new URLSearchParams(useQuery());
  // Who saved a year is stored as a user id: show the name to those who may read the user list.
  const mayReadUsers = NAV.some((entry) => entry.id === 'users' && mayUse(entry, me.roles));
  const users = useResource(
    async () => (mayReadUsers ? new Map((await api.get('/users', UsersSchema)).items.map((user) => [user.userId, user.fullName])) : new Map<string, string>()),
    [api, mayReadUsers],
  );
  const nameOf = (userId: string): string => (users.state === 'ready' ? users.data.get(userId) : undefined) ?? userId;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = () => {
    setEditing(null);
    setReloads((n) => n + 1);
  };

  if (calendar.state !== 'ready') return <ResourceStatus resource={calendar} />;

  const years = [...calendar.data.years].sort((a, b) => a.data.year - b.data.year);
  const thisYear = Number(calendarDateOf(new Date()).slice(0, 4));
  const wanted = Number(query.get('year')) || thisYear;
  const selected = years.find((y) => y.data.year === wanted) ?? years.find((y) => y.data.year === thisYear) ?? years.at(-1);

  return (
    <>
      <h1>{t('calendar.title')}</h1>
      <p class="lead">{t('calendar.intro')}</p>
      {notice && (
        <p class="notice notice-ok" role="status">
          {notice}
        </p>
      )}
      {manage && !editing && (
        <AdminTools
          years={years}
          onPropose={(editingYear) => {
            setNotice(null);
            setEditing(editingYear);
          }}
          onImported={(imported) => {
            setNotice(t('calendar.imported', { years: imported.join(', ') }));
            reload();
          }}
        />
      )}
      {editing ? (
        <YearEditor
          key={editing.draft.year}
          editing={editing}
          onCancel={() => setEditing(null)}
          onReload={reload}
          onSaved={(saved) => {
            setNotice(t('calendar.saved', { year: saved.data.year, version: saved.version }));
            navigate('/calendar', { year: String(saved.data.year) });
            reload();
          }}
        />
      ) : years.length === 0 ? (
        <p class="empty-state">{t('calendar.empty')}</p>
      ) : (
        <>
          <nav class="year-tabs" aria-label={t('calendar.years')}>
            <ul>
              {years.map((y) => (
                <li key={y.data.year}>
                  <a href={href('/calendar', { year: String(y.data.year) })} aria-current={y === selected ? 'page' : undefined}>
                    <span class="year-tab-year">{y.data.year}</span>
                    <span class={`year-tab-status ${y.data.status === 'official' ? 'is-official' : 'is-proposal'}`}>
                      {t(y.data.status === 'official' ? 'calendar.status.official' : 'calendar.status.proposal')}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {selected && (
            <YearView
              key={selected.data.year}
              stored={selected}
              manage={manage}
              nameOf={nameOf}
              onEdit={() => {
                setNotice(null);
                setEditing({ draft: draftOf(selected.data), version: selected.version, proposal: false });
              }}
            />
          )}
        </>
      )}
    </>
  );
}

function YearView(props: { stored: StoredCalendarYearView; manage: boolean; nameOf: (userId: string) => string; onEdit: () => void }) {
  const { t, language } = useI18n();
  const { data } = props.stored;
  const [showHistory, setShowHistory] = useState(false);
  const name = (day: { nameVi: string; nameEn: string }) => (language === 'vi' ? day.nameVi : day.nameEn);
  return (
    <section class="panel year" aria-labelledby="year-title">
      <div class="year-head">
        <h2 id="year-title">{t('calendar.yearTitle', { year: data.year })}</h2>
        <span class={`badge ${data.status === 'official' ? 'badge-ok' : 'badge-warn'}`}>
          {t(data.status === 'official' ? 'calendar.status.official' : 'calendar.status.proposal')}
        </span>
        <span class={`badge ${data.verified ? 'badge-ok' : 'badge-warn'}`}>{t(data.verified ? 'calendar.verified' : 'calendar.unverified')}</span>
        {props.manage && (
          <span class="year-actions">
            <button type="button" class="button" onClick={props.onEdit}>
              {t('calendar.edit', { year: data.year })}
            </button>
            <button type="button" class="button button-secondary" aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)}>
              {t('calendar.history')}
            </button>
          </span>
        )}
      </div>
      <dl class="facts">
        <dt>{t('calendar.source')}</dt>
        <dd>{data.source}</dd>
        {data.note && (
          <>
            <dt>{t('calendar.note')}</dt>
            <dd>{data.note}</dd>
          </>
        )}
        <dt>{t('calendar.updated')}</dt>
        <dd>{t('calendar.updatedValue', { at: formatDateTime(props.stored.updatedAt), by: props.nameOf(props.stored.updatedBy), version: props.stored.version })}</dd>
      </dl>
      {data.status === 'proposal' && <p class="notice notice-warning">{t('calendar.proposalNotice')}</p>}
      {showHistory && <YearHistory year={data.year} nameOf={props.nameOf} />}

      <MonthGrid year={data} />
      <p class="legend">
        <span class="day day-off">1</span> {t('calendar.legend.off')} <span class="day make-up">1</span> {t('calendar.legend.makeUp')}{' '}
        <span class="day weekend">1</span> {t('calendar.legend.weekend')}
      </p>

      <DataTable caption={t('calendar.daysOff')} count={t('calendar.daysOffCount', { count: data.daysOff.length })} columns={[t('calendar.date'), t('calendar.weekday'), t('calendar.name'), t('calendar.kind'), t('calendar.confidence')]}>
        {[...data.daysOff]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((day) => (
            <tr key={day.date} class={day.confidence === 'weak' ? 'row-weak' : undefined}>
              <th scope="row" class="nowrap">
                {formatDate(day.date)}
              </th>
              <td class="nowrap">
                <Weekday date={day.date} />
              </td>
              <td>
                {name(day)}
                {day.note && <span class="cell-note">{day.note}</span>}
              </td>
              <td>{t(KIND[day.kind])}</td>
              <td>
                {day.confidence === 'weak' ? (
                  <span class="badge badge-warn">{t('calendar.weak')}</span>
                ) : (
                  <span class="muted">{t('calendar.strong')}</span>
                )}
              </td>
            </tr>
          ))}
      </DataTable>

      <div class="table-wrap">
        <table>
          <caption>
            {t('calendar.makeUpDays')}
            <span class="caption-count">{t('calendar.makeUpHint')}</span>
          </caption>
          {data.makeUpDays.length === 0 ? (
            <tbody>
              <tr>
                <td class="muted">{t('calendar.noMakeUpDays')}</td>
              </tr>
            </tbody>
          ) : (
            <>
              <thead>
                <tr>
                  <th scope="col">{t('calendar.date')}</th>
                  <th scope="col">{t('calendar.weekday')}</th>
                  <th scope="col">{t('calendar.name')}</th>
                  <th scope="col">{t('calendar.replaces')}</th>
                </tr>
              </thead>
              <tbody>
                {[...data.makeUpDays]
                  .sort((a, b) => a.date.localeCompare(b.date))
                  .map((day) => (
                    <tr key={day.date} class="row-make-up">
                      <th scope="row" class="nowrap">
                        {formatDate(day.date)}
                      </th>
                      <td class="nowrap">
                        <Weekday date={day.date} />
                      </td>
                      <td>{name(day)}</td>
                      <td class="nowrap">{day.replaces ? formatDate(day.replaces) : <span class="muted">{t('common.none')}</span>}</td>
                    </tr>
                  ))}
              </tbody>
            </>
          )}
        </table>
      </div>
    </section>
  );
}

function dates(list: string[]): string {
  const shown = list.slice(0, 6).map((date) => formatDate(date).slice(0, 5));
  return list.length > 6 ? `${shown.join(', ')}, …` : shown.join(', ');
}

function YearHistory(props: { year: number; nameOf: (userId: string) => string }) {
  const { api } = useApp();
  const { t } = useI18n();
  const history = useResource(async () => ({ edits: (await api.get(`/calendar/${props.year}/history`, CalendarHistorySchema)).items }), [api, props.year]);
  return (
    <section class="history" aria-labelledby="history-title">
      <h3 id="history-title">{t('calendar.historyTitle', { year: props.year })}</h3>
      <ResourceStatus resource={history} />
      {history.state === 'ready' &&
        (history.data.edits.length === 0 ? (
          <p class="muted">{t('calendar.noHistory')}</p>
        ) : (
          <ol class="history-list">
            {[...history.data.edits]
              .sort((a, b) => b.at.localeCompare(a.at))
              .map((edit) => {
                const summary = summarizeEdit(edit.before, edit.after);
                const parts = [
                  edit.before === null ? t('calendar.change.created') : '',
                  summary.added.length ? t('calendar.change.added', { count: summary.added.length, dates: dates(summary.added) }) : '',
                  summary.removed.length ? t('calendar.change.removed', { count: summary.removed.length, dates: dates(summary.removed) }) : '',
                  summary.renamed.length ? t('calendar.change.renamed', { count: summary.renamed.length, dates: dates(summary.renamed) }) : '',
                  summary.makeUpAdded.length ? t('calendar.change.makeUpAdded', { dates: dates(summary.makeUpAdded) }) : '',
                  summary.makeUpRemoved.length ? t('calendar.change.makeUpRemoved', { dates: dates(summary.makeUpRemoved) }) : '',
                  summary.fields.length ? t('calendar.change.fields', { fields: summary.fields.map((f) => t(`calendar.field.${f}`)).join(', ') }) : '',
                ].filter(Boolean);
                return (
                  <li key={edit.editId}>
                    <p class="history-head">
                      <strong>{formatDateTime(edit.at)}</strong> · {props.nameOf(edit.by)}
                    </p>
                    <p class="history-reason">{t('calendar.reasonQuoted', { reason: edit.reason })}</p>
                    {parts.length > 0 && <p class="muted">{parts.join(' · ')}</p>}
                  </li>
                );
              })}
          </ol>
        ))}
    </section>
  );
}

/** The last cell of an editor's row: removes the row from the draft. */
function RemoveCell(props: { onRemove: () => void }) {
  const { t } = useI18n();
  return (
    <td>
      <button type="button" class="button-link" onClick={props.onRemove}>
        {t('calendar.remove')}
      </button>
    </td>
  );
}

function AdminTools(props: { years: StoredCalendarYearView[]; onPropose: (editing: Editing) => void; onImported: (years: number[]) => void }) {
  const { api } = useApp();
  const { t } = useI18n();
  const stored = props.years.map((y) => y.data.year);
  const [year, setYear] = useState(() => String(nextYearToAdd(stored, calendarDateOf(new Date()))));
  const [busy, setBusy] = useState<'propose' | 'export' | 'import' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [ics, setIcs] = useState<{ name: string; text: string } | null>(null);
  const [reason, setReason] = useState('');
  const [importProblem, setImportProblem] = useState<MessageKey | null>(null);

  async function run(kind: 'propose' | 'export' | 'import', action: () => Promise<void>) {
    setBusy(kind);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

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
      const proposal = await api.get(`/calendar/${wanted}/proposal`, CalendarProposalSchema);
      const existing = props.years.find((y) => y.data.year === wanted);
      props.onPropose({ draft: draftOf(proposal), version: existing?.version ?? null, proposal: true });
    });
  };

  const exportIcs = () =>
    run('export', async () => {
      const file = await api.get('/calendar/export', CalendarExportSchema);
      downloadBlob(file.filename, new Blob([file.content], { type: `${file.contentType};charset=utf-8` }));
    });

  const importIcs = (event: Event) => {
    event.preventDefault();
    if (!ics) return setImportProblem('calendar.problem.file');
    if (reason.trim().length < 5) return setImportProblem('calendar.problem.reason');
    setImportProblem(null);
    return run('import', async () => {
      const result = await api.post('/calendar/import', { ics: ics.text, reason: reason.trim() }, CalendarImportSchema);
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

function YearEditor(props: { editing: Editing; onCancel: () => void; onReload: () => void; onSaved: (saved: StoredCalendarYearView) => void }) {
  const { api } = useApp();
  const { t } = useI18n();
  const [draft, setDraft] = useState<YearDraft>(props.editing.draft);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { version, proposal } = props.editing;
  // `version-conflict` (someone saved since it was read) or `already-exists` (someone created the year meanwhile).
  const conflict = error instanceof ApiError && error.status === 409;

  const set = (change: Partial<YearDraft>) => setDraft((current) => ({ ...current, ...change }));
  const setOff = (key: string, change: Partial<YearDraft['daysOff'][number]>) =>
    setDraft((current) => ({ ...current, daysOff: current.daysOff.map((row) => (row.key === key ? { ...row, ...change } : row)) }));
  const setMakeUp = (key: string, change: Partial<YearDraft['makeUpDays'][number]>) =>
    setDraft((current) => ({ ...current, makeUpDays: current.makeUpDays.map((row) => (row.key === key ? { ...row, ...change } : row)) }));

  async function save(event: Event) {
    event.preventDefault();
    const found = checkDraft(draft, reason);
    setProblems(found);
    setError(null);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const body: PutCalendarYearBody = { version, data: yearOfDraft(draft), reason: reason.trim() };
      props.onSaved(await api.put(`/calendar/${draft.year}`, body, StoredCalendarYearSchema));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <form class="panel editor" onSubmit={save} noValidate aria-labelledby="editor-title">
      <h2 id="editor-title">{t(proposal ? 'calendar.editor.proposalTitle' : 'calendar.editor.title', { year: draft.year })}</h2>
      {proposal && <p class="notice notice-warning">{t(version === null ? 'calendar.editor.proposalNotice' : 'calendar.editor.replaceNotice')}</p>}

      <div class="field-row">
        <div class="field">
          <label for="edit-status">{t('calendar.statusLabel')}</label>
          <select id="edit-status" value={draft.status} onChange={(event) => set({ status: event.currentTarget.value as YearDraft['status'] })}>
            <option value="official">{t('calendar.status.official')}</option>
            <option value="proposal">{t('calendar.status.proposal')}</option>
          </select>
        </div>
        <label class="check field">
          <input type="checkbox" checked={draft.verified} onChange={(event) => set({ verified: event.currentTarget.checked })} />
          <span>{t('calendar.verifiedLabel')}</span>
        </label>
      </div>
      <div class="field">
        <label for="edit-source">{t('calendar.source')}</label>
        <textarea id="edit-source" rows={2} value={draft.source} onInput={(event) => set({ source: event.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="edit-note">{t('calendar.note')}</label>
        <input id="edit-note" type="text" value={draft.note} onInput={(event) => set({ note: event.currentTarget.value })} />
      </div>

      <h3>{t('calendar.preview')}</h3>
      <MonthGrid year={yearOfDraft(draft)} />

      <h3>{t('calendar.daysOff')}</h3>
      <div class="table-wrap">
        <table class="edit-table">
          <thead>
            <tr>
              <th scope="col" class="col-date">{t('calendar.date')}</th>
              <th scope="col">{t('calendar.nameVi')}</th>
              <th scope="col">{t('calendar.nameEn')}</th>
              <th scope="col" class="col-kind">{t('calendar.kind')}</th>
              <th scope="col" class="col-confidence">{t('calendar.confidence')}</th>
              <th scope="col" class="col-note">{t('calendar.note')}</th>
              <th scope="col" class="col-remove">
                <span class="visually-hidden">{t('calendar.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.daysOff.map((row, i) => (
              <tr key={row.key} class={row.confidence === 'weak' ? 'row-weak' : undefined}>
                <td>
                  <input type="date" aria-label={t('calendar.rowDate', { n: i + 1 })} value={row.date} onInput={(event) => setOff(row.key, { date: event.currentTarget.value })} />
                  <DateEcho date={row.date} />
                </td>
                <td>
                  <input type="text" aria-label={t('calendar.nameVi')} value={row.nameVi} onInput={(event) => setOff(row.key, { nameVi: event.currentTarget.value })} />
                </td>
                <td>
                  <input type="text" aria-label={t('calendar.nameEn')} value={row.nameEn} onInput={(event) => setOff(row.key, { nameEn: event.currentTarget.value })} />
                </td>
                <td>
                  <select aria-label={t('calendar.kind')} value={row.kind} onChange={(event) => setOff(row.key, { kind: event.currentTarget.value as typeof row.kind })}>
                    {DAY_OFF_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(KIND[kind])}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={t('calendar.confidence')}
                    value={row.confidence}
                    onChange={(event) => setOff(row.key, { confidence: event.currentTarget.value as typeof row.confidence })}
                  >
                    <option value="strong">{t('calendar.strong')}</option>
                    <option value="weak">{t('calendar.weak')}</option>
                  </select>
                </td>
                <td>
                  <input type="text" aria-label={t('calendar.note')} value={row.note} onInput={(event) => setOff(row.key, { note: event.currentTarget.value })} />
                </td>
                <RemoveCell onRemove={() => set({ daysOff: draft.daysOff.filter((other) => other.key !== row.key) })} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" class="button button-secondary" onClick={() => set({ daysOff: [...draft.daysOff, emptyDayOff()] })}>
        {t('calendar.addDayOff')}
      </button>

      <h3>{t('calendar.makeUpDays')}</h3>
      <div class="table-wrap">
        <table class="edit-table">
          <thead>
            <tr>
              <th scope="col" class="col-date">{t('calendar.date')}</th>
              <th scope="col">{t('calendar.nameVi')}</th>
              <th scope="col">{t('calendar.nameEn')}</th>
              <th scope="col" class="col-date">{t('calendar.replaces')}</th>
              <th scope="col" class="col-remove">
                <span class="visually-hidden">{t('calendar.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.makeUpDays.length === 0 && (
              <tr>
                <td colSpan={5} class="muted">
                  {t('calendar.noMakeUpDays')}
                </td>
              </tr>
            )}
            {draft.makeUpDays.map((row, i) => (
              <tr key={row.key}>
                <td>
                  <input type="date" aria-label={t('calendar.rowMakeUpDate', { n: i + 1 })} value={row.date} onInput={(event) => setMakeUp(row.key, { date: event.currentTarget.value })} />
                  <DateEcho date={row.date} />
                </td>
                <td>
                  <input type="text" aria-label={t('calendar.nameVi')} value={row.nameVi} onInput={(event) => setMakeUp(row.key, { nameVi: event.currentTarget.value })} />
                </td>
                <td>
                  <input type="text" aria-label={t('calendar.nameEn')} value={row.nameEn} onInput={(event) => setMakeUp(row.key, { nameEn: event.currentTarget.value })} />
                </td>
                <td>
                  <input type="date" aria-label={t('calendar.replaces')} value={row.replaces} onInput={(event) => setMakeUp(row.key, { replaces: event.currentTarget.value })} />
                </td>
                <RemoveCell onRemove={() => set({ makeUpDays: draft.makeUpDays.filter((other) => other.key !== row.key) })} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" class="button button-secondary" onClick={() => set({ makeUpDays: [...draft.makeUpDays, emptyMakeUpDay()] })}>
        {t('calendar.addMakeUpDay')}
      </button>

      <div class="field reason">
        <label for="edit-reason">{t('calendar.reason')}</label>
        <textarea id="edit-reason" rows={2} required value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
        <p class="hint">{t('calendar.reasonHint')}</p>
      </div>

      {problems.length > 0 && (
        <div class="notice notice-error" role="alert">
          <p class="notice-title">{t('calendar.problems')}</p>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>{t(problem.key, problem.params)}</li>
            ))}
          </ul>
        </div>
      )}
      {conflict ? (
        <div class="notice notice-error" role="alert">
          <p class="notice-title">{t('calendar.conflict')}</p>
          <button type="button" class="button button-secondary" onClick={props.onReload}>
            {t('calendar.reload')}
          </button>
        </div>
      ) : (
        error !== null && <ErrorMessage error={error} />
      )}

      <SubmitActions busy={busy} label={t(version === null ? 'calendar.saveNew' : 'calendar.save')} busyLabel={t('calendar.saving')}>
        <button type="button" class="button button-secondary" onClick={props.onCancel} disabled={busy}>
          {t('calendar.cancel')}
        </button>
      </SubmitActions>
    </form>
  );
}
