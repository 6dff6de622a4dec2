import { useState } from 'preact/hooks';
import { ApiError } from '../../api/errors.ts';
import { useApp } from '../../app-context.ts';
import { checkDraft, DAY_OFF_KINDS, emptyDayOff, emptyMakeUpDay, yearOfDraft, type DraftProblem, type YearDraft } from './draft.ts';
import { MonthGrid } from './month-grid.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { SubmitActions } from '../../components/submit-actions.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { DateEcho, KIND, type Editing } from './parts.tsx';
import type { StoredCalendarYearView } from '../../api/types.ts';
import { DEADLINE_ROUTES } from '../../../../shared/http/routes/deadlines.ts';
import { useMutation } from '../../use-mutation.ts';

/** A cell of an editor's row holding one input; a date shows, under the browser's own control, the date as this app writes it. */
function InputCell(props: { type: 'text' | 'date'; label: string; value: string; onValue: (value: string) => void; echo?: boolean }) {
  const onInput = (event: { currentTarget: HTMLInputElement }) => props.onValue(event.currentTarget.value);
  return (
    <td>
      {props.type === 'date' ? (
        <input type="date" aria-label={props.label} value={props.value} onInput={onInput} />
      ) : (
        <input type="text" aria-label={props.label} value={props.value} onInput={onInput} />
      )}
      {props.echo && <DateEcho date={props.value} />}
    </td>
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

export function YearEditor(props: { editing: Editing; onCancel: () => void; onReload: () => void; onSaved: (saved: StoredCalendarYearView) => void }) {
  const { api } = useApp();
  const { t } = useI18n();
  const [draft, setDraft] = useState<YearDraft>(props.editing.draft);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const { busy, error, run, setError } = useMutation();
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
    await run(async () => {
      const body = { version, data: yearOfDraft(draft), reason: reason.trim() };
      props.onSaved(await api.call(DEADLINE_ROUTES.putCalendarYear, { params: { year: draft.year }, body }));
    }, { keepBusy: true });
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
          <EditTableHead columns={[
            ['col-kind', t('calendar.kind')],
            ['col-confidence', t('calendar.confidence')],
            ['col-note', t('calendar.note')],
          ]} />
          <tbody>
            {draft.daysOff.map((row, i) => (
              <tr key={row.key} class={row.confidence === 'weak' ? 'row-weak' : undefined}>
                <InputCell type="date" echo label={t('calendar.rowDate', { n: i + 1 })} value={row.date} onValue={(value) => setOff(row.key, { date: value })} />
                <InputCell type="text" label={t('calendar.nameVi')} value={row.nameVi} onValue={(value) => setOff(row.key, { nameVi: value })} />
                <InputCell type="text" label={t('calendar.nameEn')} value={row.nameEn} onValue={(value) => setOff(row.key, { nameEn: value })} />
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
                <InputCell type="text" label={t('calendar.note')} value={row.note} onValue={(value) => setOff(row.key, { note: value })} />
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
          <EditTableHead columns={[['col-date', t('calendar.replaces')]]} />
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
                <InputCell type="date" echo label={t('calendar.rowMakeUpDate', { n: i + 1 })} value={row.date} onValue={(value) => setMakeUp(row.key, { date: value })} />
                <InputCell type="text" label={t('calendar.nameVi')} value={row.nameVi} onValue={(value) => setMakeUp(row.key, { nameVi: value })} />
                <InputCell type="text" label={t('calendar.nameEn')} value={row.nameEn} onValue={(value) => setMakeUp(row.key, { nameEn: value })} />
                <InputCell type="date" label={t('calendar.replaces')} value={row.replaces} onValue={(value) => setMakeUp(row.key, { replaces: value })} />
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

/** The head of an editing table of days: the date and both names, then `columns` ([class, label]), then the remove buttons' column. */
function EditTableHead(props: { columns: ReadonlyArray<readonly [string, string]> }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col" class="col-date">
          {t('calendar.date')}
        </th>
        <th scope="col">{t('calendar.nameVi')}</th>
        <th scope="col">{t('calendar.nameEn')}</th>
        {props.columns.map(([column, label]) => (
          <th key={column + label} scope="col" class={column}>
            {label}
          </th>
        ))}
        <th scope="col" class="col-remove">
          <span class="visually-hidden">{t('calendar.remove')}</span>
        </th>
      </tr>
    </thead>
  );
}
