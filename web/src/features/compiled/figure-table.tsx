import type { ComponentChildren } from 'preact';
import { csvRows, type FigureTable } from './dashboard-tables.ts';
import { csvBlob } from './csv.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { downloadBlob } from '../reporting/download.ts';

/** A {@link FigureTable} as an HTML table; `cell` may replace a cell's text (a link, say). */
export function FigureTableView(props: { table: FigureTable; caption: string; id: string; cell?: (rowKey: string, column: number, text: ComponentChildren) => ComponentChildren }) {
  const { table } = props;
  return (
    <div class="table-wrap">
      <table class="figures" data-table={props.id}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.label} scope="col" class={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              {row.cells.map((value, index) => {
                const text = props.cell ? props.cell(row.key, index, value ?? '') : (value ?? '');
                return index === 0 ? (
                  <th key={index} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={index} class={table.columns[index]?.numeric ? 'num' : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Saves a table as CSV (UTF-8 with BOM, for Excel). */
export function CsvButton(props: { table: FigureTable; filename: string; label: string }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      class="button button-secondary"
      aria-label={t('dashboard.csvOf', { table: props.label })}
      onClick={() => downloadBlob(props.filename, csvBlob(csvRows(props.table)))}
    >
      {t('dashboard.csv')}
    </button>
  );
}
