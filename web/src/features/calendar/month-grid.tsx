import { calendarDateOf, formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { CalendarYearView } from '../../api/types.ts';

const MONTHS = Array.from({ length: 12 }, (_, i) => i);
const EN_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Twelve small months, Monday first as Vietnamese calendars print them: days off, weekends and make-up days. */
export function MonthGrid(props: { year: CalendarYearView }) {
  const { t, language } = useI18n();
  const { year } = props;
  const off = new Map(year.daysOff.map((day) => [day.date, day]));
  const makeUp = new Map(year.makeUpDays.map((day) => [day.date, day]));
  const today = calendarDateOf(new Date());
  const heads = [t('weekdayShort.1'), t('weekdayShort.2'), t('weekdayShort.3'), t('weekdayShort.4'), t('weekdayShort.5'), t('weekdayShort.6'), t('weekdayShort.0')];
  return (
    <div class="month-grid" aria-hidden="true">
      {MONTHS.map((month) => {
        const first = new Date(Date.UTC(year.year, month, 1));
        const length = new Date(Date.UTC(year.year, month + 1, 0)).getUTCDate();
        const lead = (first.getUTCDay() + 6) % 7;
        return (
          <div key={month} class="month">
            <p class="month-name">{language === 'vi' ? t('calendar.month', { month: month + 1 }) : EN_MONTH.format(first)}</p>
            <div class="month-days">
              {heads.map((head) => (
                <span key={head} class="month-head">
                  {head}
                </span>
              ))}
              {Array.from({ length: lead }, (_, i) => (
                <span key={`lead-${i}`} />
              ))}
              {Array.from({ length }, (_, i) => {
                const date = `${year.year}-${pad(month + 1)}-${pad(i + 1)}`;
                const weekday = (lead + i) % 7;
                const dayOff = off.get(date);
                const worked = makeUp.get(date);
                const kind = dayOff ? `day-off day-${dayOff.kind}` : worked ? 'make-up' : weekday >= 5 ? 'weekend' : '';
                const name = dayOff ? (language === 'vi' ? dayOff.nameVi : dayOff.nameEn) : worked ? (language === 'vi' ? worked.nameVi : worked.nameEn) : '';
                return (
                  <span key={date} class={`day ${kind}${date === today ? ' today' : ''}`} title={name ? `${formatDate(date)}: ${name}` : formatDate(date)}>
                    {i + 1}
                  </span>
                );
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}
