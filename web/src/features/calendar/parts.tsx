import type { YearDraft } from './draft.ts';
import { WEEKDAY_KEYS } from '../deadlines/trace-view.tsx';
import { formatDate, weekdayOf } from '../../format.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { CalendarYearView } from '../../api/types.ts';

/** What the calendar page and its parts share: day-off kind labels, weekdays, the edit in progress. */
export const KIND: Record<CalendarYearView['daysOff'][number]['kind'], MessageKey> = {
  holiday: 'calendar.kind.holiday',
  tet: 'calendar.kind.tet',
  compensatory: 'calendar.kind.compensatory',
  bridge: 'calendar.kind.bridge',
};

/** An edit in progress: of a stored year (`version` read), or of a new one (`version: null`, e.g. a proposal). */
export interface Editing {
  draft: YearDraft;
  version: number | null;
  proposal: boolean;
}

export const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

export function Weekday(props: { date: string }) {
  const { t } = useI18n();
  return <>{isDate(props.date) ? t(WEEKDAY_KEYS[weekdayOf(props.date)]!) : ''}</>;
}

/** Under a date input, whose display follows the browser's locale: the date as this app writes it, with its weekday. */
export function DateEcho(props: { date: string }) {
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

/** A day's first cells in a table row: its date (the row's header) and its weekday. */
export function DayCells(props: { date: string }) {
  return (
    <>
      <th scope="row" class="nowrap">
        {formatDate(props.date)}
      </th>
      <td class="nowrap">
        <Weekday date={props.date} />
      </td>
    </>
  );
}
