import { useState } from 'preact/hooks';
import type { Attachment, ReportContent, SectionDefinition } from '../../../../shared/reporting/model.ts';
import { useApp } from '../../app-context.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatSize } from './attachments.ts';
import { CLOSING_FIELDS } from './report-form.ts';
import { RecordFiguresNote } from './record-figures-note.tsx';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';
import { recordDifferences, type RecordFigures } from '../../../../shared/reporting/views.ts';

const CLOSING_LABELS = { difficulties: 'report.difficulties', proposals: 'report.proposals', nextDirection: 'report.nextDirection' } as const;

/**
 * A submitted version, read-only: each section's text and numbers, the closing parts and the
 * attachments, each downloadable as it was filed.
 */
export function ReportContentView(props: { sections: readonly SectionDefinition[]; content: ReportContent; attachments: readonly Attachment[]; filed: { obligationId: string; version: number }; records: RecordFigures }) {
  const { t, pick, language } = useI18n();
  const { api } = useApp();
  const [failed, setFailed] = useState(false);
  const download = async (index: number) => {
    setFailed(false);
    try {
      const { obligationId, version } = props.filed;
      const link = await api.call(REPORTING_ROUTES.getSubmittedAttachment, { params: { obligationId, version, index } });
      window.location.assign(link.url);
    } catch {
      setFailed(true);
    }
  };
  const { content, records } = props;
  const differences = records.available ? recordDifferences(props.sections, content, records.totals) : [];
  const differs = (sectionId: string, metricId: string) => differences.find((d) => d.sectionId === sectionId && d.metricId === metricId);
  return (
    <div class="report-view">
      {differences.length > 0 && (
        <p class="notice notice-warning" role="note" data-testid="record-differences">
          {t('report.recordDifferences', { count: differences.length })}
        </p>
      )}
      {props.sections.map((section) => {
        const saved = content.sections[section.id];
        return (
          <section key={section.id} class="report-section" aria-labelledby={`view-${section.id}`}>
            <h3 id={`view-${section.id}`}>{pick({ vi: section.titleVi, en: section.titleEn })}</h3>
            <p class="narrative">{saved?.narrative ? saved.narrative : <span class="muted">{t('report.noNarrative')}</span>}</p>
            <RecordFiguresNote section={section} records={records} />
            {section.metrics.length > 0 && (
              <dl class="metric-values">
                {section.metrics.map((metric) => (
                  <div key={metric.id}>
                    <dt>{pick({ vi: metric.labelVi, en: metric.labelEn })}</dt>
                    <dd>
                      {saved?.metrics[metric.id] ?? '—'}
                      {metric.fromRecords && records.available && (
                        <span class={differs(section.id, metric.id) ? 'cell-note record-diff' : 'cell-note'}>
                          {t(differs(section.id, metric.id) ? 'report.recordsDiffer' : 'report.recordsAgree', { count: records.totals[metric.fromRecords] })}
                        </span>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
      {CLOSING_FIELDS.map((field) => (
        <section key={field} class="report-section" aria-labelledby={`view-${field}`}>
          <h3 id={`view-${field}`}>{t(CLOSING_LABELS[field])}</h3>
          <p class="narrative">{content[field] ? content[field] : <span class="muted">{t('report.empty')}</span>}</p>
        </section>
      ))}
      <h3>{t('attachments.label')}</h3>
      {props.attachments.length === 0 ? (
        <p class="muted">{t('attachments.none')}</p>
      ) : (
        <ul class="attachment-list">
          {props.attachments.map((attachment, index) => (
            <li key={attachment.key} class="attachment">
              <span class="attachment-name">{attachment.filename}</span>
              <span class="attachment-meta">{formatSize(attachment.size, language)}</span>
              <button type="button" class="button-link button-download" onClick={() => void download(index)}>
                {t('attachments.download')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {failed && (
        <p class="notice notice-error" role="alert">
          {t('attachments.downloadFailed')}
        </p>
      )}
    </div>
  );
}
