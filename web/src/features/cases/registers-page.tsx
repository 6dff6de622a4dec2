import { useEffect, useState } from 'preact/hooks';
import { REGISTER_IDS, type RegisterId } from '../../../../shared/documents/registers.ts';
import { CASE_DOCUMENT_ROUTES } from '../../../../shared/http/routes/case-documents.ts';
import { useApp } from '../../app-context.ts';
import { DataTable } from '../../components/data-table.tsx';
import { ErrorMessage, ResourceStatus } from '../../components/error-message.tsx';
import { Field } from '../../components/field.tsx';
import { PageHead } from '../../components/page-head.tsx';
import { calendarDateOf, formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMutation } from '../../use-mutation.ts';
import { useResource } from '../../use-resource.ts';
import { formatSize } from '../reporting/attachments.ts';

const POLL_MS = 1000;
const POLL_LIMIT = 120;

/** The registers for a range of receipt dates, on screen as the form lays them out, and as XLSX. */
export function RegistersPage() {
  const { api } = useApp();
  const { t, pick, language } = useI18n();
  const today = calendarDateOf(new Date());
  const [register, setRegister] = useState<RegisterId>('so-tiep-cong-dan');
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [range, setRange] = useState({ from, to });
  const table = useResource(() => api.call(CASE_DOCUMENT_ROUTES.getRegister, { params: { register }, query: range }), [api, register, range.from, range.to]);
  const exporting = useMutation();
  const [exported, setExported] = useState<{ exportId: string; status: string; filename?: string; size?: number; downloadUrl?: string } | null>(null);
  const [polls, setPolls] = useState(0);

  useEffect(() => {
    if (!exported || exported.status !== 'pending' || polls >= POLL_LIMIT) return;
    const timer = setTimeout(() => {
      void api.call(CASE_DOCUMENT_ROUTES.getRegisterExport, { params: { register, exportId: exported.exportId } }).then(setExported, () => undefined);
      setPolls((n) => n + 1);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [exported, polls]);

  const exportXlsx = () =>
    exporting.run(async () => {
      setPolls(0);
      setExported(await api.call(CASE_DOCUMENT_ROUTES.exportRegister, { params: { register }, body: range }));
    });

  return (
    <>
      <PageHead title={t('registers.title')} lead={t('registers.intro')} />
      <form
        class="panel filters"
        onSubmit={(event) => {
          event.preventDefault();
          setExported(null);
          setRange({ from, to });
        }}
      >
        <Field id="register-id" label={t('registers.register')}>
          <select id="register-id" value={register} onChange={(e) => { setExported(null); setRegister(e.currentTarget.value as RegisterId); }}>
            {REGISTER_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`registers.${id}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="register-from" label={t('registers.from')}>
          <input id="register-from" type="date" required value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </Field>
        <Field id="register-to" label={t('registers.to')}>
          <input id="register-to" type="date" required value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </Field>
        <div class="actions">
          <button type="submit" class="button">
            {t('registers.show')}
          </button>
        </div>
      </form>
      <ResourceStatus resource={table} />
      {table.state === 'ready' && (
        <>
          <p class="muted">
            {t('registers.form', { source: table.data.register.form.source })}
            {!table.data.register.form.verified && ` ${t('registers.unverified')}`}
          </p>
          <div class="actions">
            <button type="button" class="button button-secondary" disabled={exporting.busy || exported?.status === 'pending'} onClick={() => void exportXlsx()}>
              {exported?.status === 'pending' ? t('registers.exporting') : t('registers.export')}
            </button>
            {exported?.status === 'ready' && exported.downloadUrl && (
              <a class="button-link button-download" href={exported.downloadUrl} download={exported.filename}>
                {t('registers.download', { filename: exported.filename ?? '' })} <span class="muted">({formatSize(exported.size ?? 0, language)})</span>
              </a>
            )}
          </div>
          {exporting.error !== null && <ErrorMessage error={exporting.error} />}
          <DataTable
            class="register-table"
            caption={`${pick(table.data.register.label)} — ${t('registers.range', { from: formatDate(table.data.from), to: formatDate(table.data.to) })}`}
            count={t('registers.count', { count: table.data.totals.rows })}
            columns={table.data.columns.map((c) => (c.group ? `${c.group}: ${c.header}` : c.header))}
          >
            {table.data.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (j === 0 ? <th scope="row" key={j}>{cell}</th> : <td key={j}>{cell}</td>))}
              </tr>
            ))}
          </DataTable>
          {table.data.rows.length === 0 && <p class="empty-state">{t('registers.empty')}</p>}
        </>
      )}
    </>
  );
}
