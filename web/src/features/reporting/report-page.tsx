import { useState } from 'preact/hooks';
import type { SectionDefinition } from '../../../../shared/reporting/model.ts';
import { useApp } from '../../app-context.ts';
import { ResourceStatus } from '../../components/error-message.tsx';
import { ReportContentView } from './report-content.tsx';
import { DueText, StatusBadge } from './status-badge.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { obligationPaths } from './routes.ts';
import { href } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import { ReportForm } from './report-editor.tsx';
import type { ObligationDetailView, SubmissionView } from '../../api/types.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';
import type { RecordFigures } from '../../../../shared/reporting/views.ts';

function useReport(obligationId: string) {
  const { api } = useApp();
  return useResource(async () => {
    const [detail, plan, records] = await Promise.all([
      api.call(REPORTING_ROUTES.getObligation, { params: { obligationId } }),
      api.call(REPORTING_ROUTES.getReportingPlan),
      api.call(REPORTING_ROUTES.getRecordFigures, { params: { obligationId } }),
    ]);
    return { detail, sections: plan.sections, records };
  }, [api, obligationId]);
}

/** `#/obligations/{id}`: the facts, the e-mail route, the versions sent and, for the unit's reporter, the form. */
export function ReportPage(props: { obligationId: string }) {
  const { t } = useI18n();
  const report = useReport(props.obligationId);
  const [fresh, setFresh] = useState<ObligationDetailView | null>(null);

  return (
    <>
      <p class="breadcrumb">
        <a href={href(obligationPaths.list())}>← {t('obligations.back')}</a>
      </p>
      <ResourceStatus resource={report} />
      {report.state === 'ready' && <ReportBody detail={fresh ?? report.data.detail} sections={report.data.sections} records={report.data.records} onDetail={setFresh} />}
    </>
  );
}

function ReportBody(props: { detail: ObligationDetailView; sections: readonly SectionDefinition[]; records: RecordFigures; onDetail: (detail: ObligationDetailView) => void }) {
  const { me } = useApp();
  const { t, pick } = useI18n();
  const { detail, sections } = props;
  const { obligation, submissions } = detail;
  // Only the unit's own reporter writes; the office and leaders read (the server enforces the same).
  const canEdit = me.roles.includes('reporter') && me.user.unitId === obligation.unitId;
  const latest = [...submissions].sort((a, b) => b.version - a.version)[0];
  return (
    <>
      <h1>{pick({ vi: obligation.titleVi, en: obligation.titleEn })}</h1>
      <div class="columns">
        <section class="panel" aria-labelledby="report-facts">
          <h2 id="report-facts">{t('report.facts')}</h2>
          <dl class="facts">
            <dt>{t('obligations.unit')}</dt>
            <dd>{obligation.unitName}</dd>
            <dt>{t('obligations.status')}</dt>
            <dd>
              <StatusBadge status={obligation.status} />
            </dd>
            <dt>{t('obligations.due')}</dt>
            <dd>
              <DueText dueInstant={obligation.dueInstant} explain />
            </dd>
            <dt>{t('compliance.kind')}</dt>
            <dd>
              {t(`reporting.kind.${obligation.kind}`)}
              {obligation.periodFrom && obligation.periodTo && (
                <span class="cell-note">{t('reporting.period', { from: formatDate(obligation.periodFrom), to: formatDate(obligation.periodTo) })}</span>
              )}
            </dd>
            <dt>{t('report.code')}</dt>
            <dd>
              <code>{obligation.code}</code>
            </dd>
          </dl>
        </section>
        <section class="panel" aria-labelledby="report-email">
          <h2 id="report-email">{t('report.byEmail')}</h2>
          <p>{t('report.byEmailIntro')}</p>
          <dl class="facts">
            <dt>{t('report.emailAddress')}</dt>
            <dd>
              <a href={`mailto:${obligation.emailAddress}?subject=${encodeURIComponent(`[${obligation.code}] ${obligation.titleVi}`)}`} class="email-address">
                {obligation.emailAddress}
              </a>
            </dd>
            <dt>{t('report.emailSubject')}</dt>
            <dd>
              <code data-testid="email-subject-code">[{obligation.code}]</code>
            </dd>
          </dl>
        </section>
      </div>

      <VersionHistory obligationId={obligation.obligationId} submissions={submissions} />

      {canEdit ? (
        <ReportForm detail={detail} sections={sections} records={props.records} onDetail={props.onDetail} />
      ) : (
        <>
          <p class="notice notice-spaced">{t('report.readOnly')}</p>
          {latest ? (
            <>
              <h2>{t('report.latestSubmitted', { version: latest.version })}</h2>
              <ReportContentView sections={sections} content={latest.content} attachments={latest.attachments} filed={{ obligationId: obligation.obligationId, version: latest.version }} records={props.records} />
            </>
          ) : (
            <p class="empty-state">{t('report.nothingSubmitted')}</p>
          )}
        </>
      )}
    </>
  );
}

function VersionHistory(props: { obligationId: string; submissions: readonly SubmissionView[] }) {
  const { t } = useI18n();
  const versions = [...props.submissions].sort((a, b) => b.version - a.version);
  return (
    <section aria-labelledby="report-history">
      <h2 id="report-history">{t('report.history')}</h2>
      {versions.length === 0 ? (
        <p class="muted">{t('report.historyEmpty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('report.version')}</th>
                <th scope="col">{t('report.submittedAt')}</th>
                <th scope="col">{t('report.channel')}</th>
                <th scope="col">{t('report.receiptNumber')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('report.view')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((submission) => (
                <tr key={submission.version}>
                  <th scope="row">{t('reporting.versionN', { version: submission.version })}</th>
                  <td class="nowrap">{formatDateTime(submission.submittedAt)}</td>
                  <td>{t(`reporting.channel.${submission.channel}`)}</td>
                  <td class="nowrap">
                    <code>{submission.receiptNumber}</code>
                  </td>
                  <td class="row-actions">
                    <a href={href(obligationPaths.version(props.obligationId, submission.version))}>{t('report.view')}</a>
                    <a href={href(obligationPaths.receipt(props.obligationId, submission.version))}>{t('report.receipt')}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** `#/obligations/{id}/versions/{n}`: one submitted version, read-only. */
export function ReportVersionPage(props: { obligationId: string; version: number }) {
  const { t } = useI18n();
  const report = useReport(props.obligationId);
  return (
    <>
      <p class="breadcrumb">
        <a href={href(obligationPaths.detail(props.obligationId))}>← {t('report.backToReport')}</a>
      </p>
      <ResourceStatus resource={report} />
      {report.state === 'ready' && <VersionBody detail={report.data.detail} sections={report.data.sections} records={report.data.records} version={props.version} />}
    </>
  );
}

function VersionBody(props: { detail: ObligationDetailView; sections: readonly SectionDefinition[]; records: RecordFigures; version: number }) {
  const { t, pick } = useI18n();
  const { obligation, submissions } = props.detail;
  const submission = submissions.find((candidate) => candidate.version === props.version);
  const title = pick({ vi: obligation.titleVi, en: obligation.titleEn });
  if (!submission) return <p class="notice notice-error">{t('report.versionMissing', { version: props.version })}</p>;
  return (
    <>
      <h1>{t('report.versionTitle', { title, version: submission.version })}</h1>
      <p class="notice">{t('report.versionReadOnly')}</p>
      <dl class="facts facts-compact">
        <dt>{t('obligations.unit')}</dt>
        <dd>{obligation.unitName}</dd>
        <dt>{t('report.submittedAt')}</dt>
        <dd>{formatDateTime(submission.submittedAt)}</dd>
        <dt>{t('report.channel')}</dt>
        <dd>{t(`reporting.channel.${submission.channel}`)}</dd>
        <dt>{t('report.receiptNumber')}</dt>
        <dd>
          <a href={href(obligationPaths.receipt(obligation.obligationId, submission.version))}>{submission.receiptNumber}</a>
        </dd>
      </dl>
      <ReportContentView sections={props.sections} content={submission.content} attachments={submission.attachments} filed={{ obligationId: obligation.obligationId, version: submission.version }} records={props.records} />
    </>
  );
}
