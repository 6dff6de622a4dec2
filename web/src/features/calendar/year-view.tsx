import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { summarizeEdit } from './draft.ts';
import { MonthGrid } from './month-grid.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { ResourceStatus } from '../../components/error-message.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useResource } from '../../use-resource.ts';
import { DayCells, KIND } from './parts.tsx';
import type { StoredCalendarYearView } from '../../api/types.ts';
import { DEADLINE_ROUTES } from '../../../../shared/http/routes/deadlines.ts';
import { Badge } from '../../components/badge.tsx';

export function YearView(props: { stored: StoredCalendarYearView; manage: boolean; nameOf: (userId: string) => string; onEdit: () => void }) {
  const { t, language } = useI18n();
  const { data } = props.stored;
  const [showHistory, setShowHistory] = useState(false);
  const name = (day: { nameVi: string; nameEn: string }) => (language === 'vi' ? day.nameVi : day.nameEn);
  return (
    <section class="panel year" aria-labelledby="year-title">
      <div class="year-head">
        <h2 id="year-title">{t('calendar.yearTitle', { year: data.year })}</h2>
        <Badge tone={data.status === 'official' ? 'success' : 'warning'}>{t(data.status === 'official' ? 'calendar.status.official' : 'calendar.status.proposal')}</Badge>
        <Badge tone={data.verified ? 'success' : 'warning'}>{t(data.verified ? 'calendar.verified' : 'calendar.unverified')}</Badge>
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
              <DayCells date={day.date} />
              <td>
                {name(day)}
                {day.note && <span class="cell-note">{day.note}</span>}
              </td>
              <td>{t(KIND[day.kind])}</td>
              <td>
                {day.confidence === 'weak' ? (
                  <Badge tone="warning">{t('calendar.weak')}</Badge>
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
                      <DayCells date={day.date} />
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
  const history = useResource(async () => ({ edits: (await api.call(DEADLINE_ROUTES.getCalendarHistory, { params: { year: props.year } })).items }), [api, props.year]);
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
