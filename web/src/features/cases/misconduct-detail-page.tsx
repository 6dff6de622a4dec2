import { Fragment } from 'preact';
import { DISCIPLINE_FORM_LABELS, type DisciplineForm, type MisconductStatus } from '../../../../shared/cases/misconduct.ts';
import { limitationEnds } from './case-list.ts';
import { misconductCommandFields } from './commands.ts';
import { officialParts } from './official.ts';
import { useRecordDetail } from './use-record-detail.ts';
import { nameOf, useUsers } from '../../components/use-users.ts';
import { CommandPanel } from './command-panel.tsx';
import { Timeline } from './timeline.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { RecordFrame } from './record-frame.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { href } from '../../router.ts';
import { DaysLeftText } from './days-left.tsx';
import type { MisconductView } from '../../api/types.ts';
import type { BodyOf } from '../../api/client.ts';
import { CASE_ROUTES } from '../../../../shared/http/routes/cases.ts';
import { MisconductStatusBadge, officialPlace, useUnitNames } from './misconduct-parts.tsx';
import { Badge } from '../../components/badge.tsx';

export function MisconductDetailPage(props: { caseId: string }) {
  const { t } = useI18n();
  const { detail, data, send, reload } = useRecordDetail(
    {
      read: (api) => api.call(CASE_ROUTES.getMisconduct, { params: { caseId: props.caseId } }),
      command: (api, body) => api.call(CASE_ROUTES.commandMisconduct, { params: { caseId: props.caseId }, body: body as BodyOf<typeof CASE_ROUTES.commandMisconduct> }),
    },
    props.caseId,
  );
  return (
    <RecordFrame backTo="/misconduct" backLabel={t('misconduct.back')} detail={detail} data={data}>
      {(data) => (
        <MisconductBody
          mc={data.case}
          commands={data.availableCommands}
          send={send}
          reload={reload}
        />
      )}
    </RecordFrame>
  );
}

function MisconductBody(props: { mc: MisconductView; commands: readonly string[]; send: (command: Record<string, unknown> & { type: string }) => Promise<void>; reload: () => void }) {
  const { t, pick } = useI18n();
  const users = useUsers();
  const unitName = useUnitNames();
  const { mc } = props;
  const now = new Date();
  const handling = mc.deadlines.find((d) => d.step === 'handling');
  const ends = mc.violationOn ? limitationEnds(mc.violationOn) : null;
  const label = (command: string) => t(`misconduct.command.${command}` as MessageKey);
  const statusLabel = (status: MisconductStatus) => t(`misconduct.status.${status}`);

  return (
    <>
      <h1>
        {officialParts(mc.official).name || '—'}
        {mc.official.position && <span class="muted">, {mc.official.position}</span>}
      </h1>
      <p class="case-heading">
        <MisconductStatusBadge status={mc.status} />
        <span class="muted">
          {t('misconduct.inspector')}: {mc.inspectorUserId ? nameOf(users, mc.inspectorUserId) : t('misconduct.noInspector')}
        </span>
      </p>
      <div class="columns">
        <section class="panel" aria-labelledby="mc-overview">
          <h2 id="mc-overview">{t('case.header')}</h2>
          <dl class="facts">
            <dt>{t('case.id')}</dt>
            <dd>
              <code>{mc.id}</code>
            </dd>
            <dt>{t('misconduct.unit')}</dt>
            <dd>{officialPlace(mc.official, unitName)}</dd>
            <dt>{t('misconduct.origin')}</dt>
            <dd>
              {t(`misconduct.origin.${mc.origin.kind}`)}
              {mc.origin.kind === 'citizen-case' && (
                <>
                  {': '}
                  <a href={href(`/cases/${encodeURIComponent(mc.origin.caseId)}`)}>{mc.origin.caseId}</a>
                </>
              )}
              {mc.origin.kind === 'inspection' && `: ${mc.origin.reference}`}
              {mc.origin.kind === 'office' && `: ${mc.origin.note}`}
            </dd>
            <dt>{t('misconduct.discoveredOn')}</dt>
            <dd>{formatDate(mc.discoveredOn)}</dd>
            <dt>{t('misconduct.violationOn')}</dt>
            <dd>{mc.violationOn ? formatDate(mc.violationOn) : <span class="muted">—</span>}</dd>
            <dt>{t('misconduct.openedAt')}</dt>
            <dd>
              {formatDateTime(mc.openedAt)} · {nameOf(users, mc.openedBy)}
            </dd>
          </dl>
        </section>
        <section class="panel" aria-labelledby="mc-deadline">
          <h2 id="mc-deadline">{t('misconduct.handlingDue')}</h2>
          {handling?.due ? (
            <p>
              <strong class="big-date">{formatDate(handling.due)}</strong>{' '}
              {handling.status === 'open' && handling.dueInstant ? (
                <DaysLeftText dueInstant={handling.dueInstant} now={now} />
              ) : (
                <Badge tone="off">{t(`deadlines.status.${handling.status}`)}</Badge>
              )}
            </p>
          ) : (
            <p class="muted">—</p>
          )}
          {mc.complex && <p class="muted">{t('case.variant.complex')}</p>}
          <h3>{t('misconduct.limitation')}</h3>
          {mc.noLimitation ? (
            <p>{t('misconduct.limitationNone', { ground: mc.noLimitation.ground })}</p>
          ) : ends ? (
            <>
              <ul class="plain-list">
                <li>{t('misconduct.limitationReprimand', { date: formatDate(ends.reprimand) })}</li>
                <li>{t('misconduct.limitationOther', { date: formatDate(ends.other) })}</li>
              </ul>
              <p class="hint">{t('misconduct.limitationRoll')}</p>
            </>
          ) : (
            <p class="notice notice-warning">{t('misconduct.limitationUnknown')}</p>
          )}
        </section>
      </div>

      <h2>{t('misconduct.allegation')}</h2>
      <p class="narrative panel">{mc.allegation}</p>

      <CommandPanel
        commands={props.commands}
        label={label}
        fields={misconductCommandFields}
        optionLabel={(_field, value) => pick(DISCIPLINE_FORM_LABELS[value as DisciplineForm] ?? { vi: value, en: value })}
        users={users.filter((user) => user.roles.includes('inspector'))}
        send={props.send}
        reload={props.reload}
      />

      {(mc.findings.length > 0 || mc.conclusion || mc.reviewMeeting || mc.council || mc.decision || mc.closure) && (
        <section aria-labelledby="mc-results">
          <h2 id="mc-results">{t('misconduct.findings')}</h2>
          <dl class="facts">
            {mc.findings.map((finding, i) => (
              <Fragment key={i}>
                <dt>{formatDateTime(finding.at)}</dt>
                <dd>
                  {finding.text}
                  {finding.documentRef && <span class="muted"> ({finding.documentRef})</span>}
                </dd>
              </Fragment>
            ))}
            {mc.conclusion && (
              <>
                <dt>{t('misconduct.conclusion')}</dt>
                <dd>
                  <strong>{t(mc.conclusion.violation ? 'misconduct.conclusionViolation' : 'misconduct.conclusionNoViolation')}</strong> — {mc.conclusion.summary} ({mc.conclusion.documentRef},{' '}
                  {formatDate(mc.conclusion.on)})
                </dd>
              </>
            )}
            {mc.reviewMeeting && (
              <>
                <dt>{t('misconduct.reviewMeeting')}</dt>
                <dd>
                  {formatDate(mc.reviewMeeting.heldOn)} — {mc.reviewMeeting.minutesRef}
                </dd>
              </>
            )}
            {mc.council && (
              <>
                <dt>{t('misconduct.council')}</dt>
                <dd>
                  {formatDate(mc.council.convenedOn)} — {mc.council.documentRef}
                </dd>
              </>
            )}
            {mc.decision && (
              <>
                <dt>{t('misconduct.decision')}</dt>
                <dd>
                  <strong>{pick(DISCIPLINE_FORM_LABELS[mc.decision.form])}</strong> — {mc.decision.documentRef}, {formatDate(mc.decision.decidedOn)}
                </dd>
              </>
            )}
            {mc.closure && (
              <>
                <dt>{t('misconduct.closure')}</dt>
                <dd>
                  {formatDate(mc.closure.on)} — {mc.closure.reason}
                </dd>
              </>
            )}
          </dl>
        </section>
      )}

      <h2>{t('case.timeline')}</h2>
      <Timeline
        events={mc.timeline}
        commandLabel={label}
        statusLabel={statusLabel}
        nameOf={(id) => nameOf(users, id)}
        opening={{
          command: 'open',
          note: (
            <>
              {t('misconduct.origin')}: {t(`misconduct.origin.${mc.origin.kind}`)}
            </>
          ),
        }}
      />
    </>
  );
}
