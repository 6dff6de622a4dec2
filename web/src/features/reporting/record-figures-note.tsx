import type { SectionDefinition } from '../../../../shared/reporting/model.ts';
import type { RecordFigures } from '../../../../shared/reporting/views.ts';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** Beside a section whose numbers the records give: the records' figures for the period, per type of case. */
export function RecordFiguresNote(props: { section: SectionDefinition; records: RecordFigures }) {
  const { t, pick } = useI18n();
  const { records } = props;
  if (!records.available || !records.period || !props.section.metrics.some((m) => m.fromRecords)) return null;
  const rows = records.byType.filter((row) => row.received + row.resolved > 0);
  return (
    <details class="record-figures" data-testid="record-figures">
      <summary>{t('report.recordsTitle', { from: formatDate(records.period.from), to: formatDate(records.period.to) })}</summary>
      {rows.length === 0 ? (
        <p class="muted">{t('report.recordsNone')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('report.recordsType')}</th>
                <th scope="col">{t('report.recordsReceived')}</th>
                <th scope="col">{t('report.recordsResolved')}</th>
                <th scope="col">{t('report.recordsOnTime')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.type}>
                  <th scope="row">{pick({ vi: row.labelVi, en: row.labelEn })}</th>
                  <td>{row.received}</td>
                  <td>{row.resolved}</td>
                  <td>{row.resolvedOnTime}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
