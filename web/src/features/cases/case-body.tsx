import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { CASE_TYPE_LABELS, NOT_ACCEPTED_REASON_LABELS, OUTCOME_LABELS, type CaseStatus, type CaseType, type NotAcceptedReason, type Outcome } from '../../../../shared/cases/model.ts';
import { useApp } from '../../app-context.ts';
import { caseCommandFields } from './commands.ts';
import { deadlineRows } from './case-list.ts';
import { nameOf, useUsers } from '../../components/use-users.ts';
import { CaseDocuments } from './case-documents.tsx';
import { CommandPanel } from './command-panel.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { ResourceStatus } from '../../components/error-message.tsx';
import { OfficialView } from './official-view.tsx';
import { Badge } from '../../components/badge.tsx';
import { Timeline } from './timeline.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { DaysLeftText } from './days-left.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { href } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import { CaseStatusBadge, DueCell } from './case-parts.tsx';
import type { CaseDetail } from '../../api/types.ts';
import { CASE_ROUTES } from '../../../../shared/http/routes/cases.ts';

const DEADLINE_STATUS: Record<'open' | 'met' | 'cancelled', MessageKey> = {
  open: 'deadlines.status.open',
  met: 'deadlines.status.met',
  cancelled: 'deadlines.status.cancelled',
};

export function CaseBody(props: { detail: CaseDetail; send: (command: Record<string, unknown> & { type: string }) => Promise<void>; reload: () => void }) {
  const { me } = useApp();
  const { t, pick } = useI18n();
  const users = useUsers();
  const c = props.detail.case;
  const now = new Date();
  const rows = deadlineRows(c.deadlines, props.detail.deadlineIds, now);
  const hidden = c.redacted.includes('petitioner');
  const protectedRecord = c.type === 'to-cao';
  const mayReadAccessLog = protectedRecord && me.roles.some((role) => role === 'office' || role === 'leader');
  const commandLabel = (command: string) => t(`case.command.${command}` as MessageKey);
  const statusLabel = (status: CaseStatus) => t(`case.status.${status}`);
  const optionLabel = (field: string, value: string) => {
    if (field === 'outcome') return pick(OUTCOME_LABELS[value as Outcome]);
    if (c.type === 'yeu-cau-thong-tin' && field === 'reason' && c.status !== 'received') return t(`case.refusal.${value}` as MessageKey);
    return pick(NOT_ACCEPTED_REASON_LABELS[value as NotAcceptedReason] ?? { vi: value, en: value });
  };

  return (
    <>
      <h1>{c.subject}</h1>
      <p class="case-heading">
        <span class="case-type">{pick(CASE_TYPE_LABELS[c.type as CaseType])}</span>
        <CaseStatusBadge status={c.status} />
        <span class="muted">{t('case.handler')}: {c.handlerUserId ? nameOf(users, c.handlerUserId) : t('case.noHandler')}</span>
      </p>
      {protectedRecord && <p class="notice">{t('case.protectedNote')}</p>}

      <div class="columns">
        <section class="panel" aria-labelledby="case-overview">
          <h2 id="case-overview">{t('case.header')}</h2>
          <dl class="facts">
            <dt>{t('case.id')}</dt>
            <dd>
              <code>{c.id}</code>
            </dd>
            <dt>{t('case.receivedAt')}</dt>
            <dd>{formatDateTime(c.receivedAt)}</dd>
            <dt>{t('case.channel')}</dt>
            <dd>{t(`case.channel.${c.channel}`)}</dd>
            {c.forwardedBy && (
              <>
                <dt>{t('case.forwardedBy')}</dt>
                <dd>
                  {c.forwardedBy.name}
                  {c.forwardedBy.documentRef && ` (${c.forwardedBy.documentRef})`}
                </dd>
              </>
            )}
            <dt>{t('case.source')}</dt>
            <dd>{t(`case.source.${c.source}`)}</dd>
            <dt>{t('case.registeredBy')}</dt>
            <dd>{nameOf(users, c.registeredBy)}</dd>
            {c.variants.length > 0 && (
              <>
                <dt>{t('case.variants')}</dt>
                <dd>{c.variants.map((v) => t(`case.variant.${v}`)).join(', ')}</dd>
              </>
            )}
            {c.unitConcerned && (
              <>
                <dt>{t('case.unitConcerned')}</dt>
                <dd>{c.unitConcerned.name ?? c.unitConcerned.unitId}</dd>
              </>
            )}
          </dl>
        </section>
        <section class="panel" aria-labelledby="case-petitioner">
          <h2 id="case-petitioner">{t('case.petitionerTitle')}</h2>
          {hidden ? (
            <p class="redacted" data-testid="petitioner-redacted">
              {t('cases.redacted')}
            </p>
          ) : c.anonymous || Object.keys(c.petitioner).length === 0 ? (
            <p class="muted">{t('cases.anonymous')}</p>
          ) : (
            <dl class="facts">
              {(['name', 'address', 'phone', 'email', 'idNumber'] as const).map((key) =>
                c.petitioner[key] ? (
                  <Fragment key={key}>
                    <dt>{t(`case.${key}`)}</dt>
                    <dd>{c.petitioner[key]}</dd>
                  </Fragment>
                ) : null,
              )}
            </dl>
          )}
          {(c.officialConcerned || c.redacted.includes('official')) && (
            <>
              <h3>{t('case.officialTitle')}</h3>
              {c.officialConcerned ? (
                <OfficialView official={c.officialConcerned} />
              ) : (
                <p class="redacted">{t('cases.redacted')}</p>
              )}
            </>
          )}
        </section>
      </div>

      <h2>{t('case.content')}</h2>
      <p class="narrative panel">{c.content}</p>

      <CommandPanel
        commands={props.detail.availableCommands}
        label={commandLabel}
        fields={(command) => caseCommandFields(command, c.type)}
        optionLabel={optionLabel}
        users={users.filter((u) => u.active && u.roles.some((role) => role === 'office' || role === 'inspector'))}
        send={props.send}
        reload={props.reload}
      />

      <h2>{t('case.deadlines')}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('case.noDeadlines')}</p>
      ) : (
        <DataTable class="case-deadlines" columns={[t('case.deadlineStep'), t('case.deadlineDue'), t('case.deadlineLeft'), t('case.deadlineStatus'), t('case.deadlineTrace')]}>
          {rows.map((row) => (
            <tr key={row.step} data-step={row.step}>
              <th scope="row">{t(`case.step.${row.step}`)}</th>
              <td class="nowrap">{row.due ? <DueCell due={row.due} /> : <Badge tone="off">{t('deadlines.suspended')}</Badge>}</td>
              <td class="nowrap">{row.status === 'open' && row.dueInstant ? <DaysLeftText dueInstant={row.dueInstant} now={now} /> : <span class="muted">—</span>}</td>
              <td>
                <Badge tone={row.status === 'open' ? 'success' : 'off'}>{t(DEADLINE_STATUS[row.status])}</Badge>
              </td>
              <td>{row.deadlineId ? <a href={href(`/deadlines/${encodeURIComponent(row.deadlineId)}`)}>{t('case.deadlineTraceLink')}</a> : <span class="muted">—</span>}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <h2>{t('case.timeline')}</h2>
      <Timeline
        events={c.timeline}
        commandLabel={commandLabel}
        statusLabel={statusLabel}
        nameOf={(id) => nameOf(users, id)}
        opening={{
          command: 'register',
          note: (
            <>
              {t('case.source')}: {t(`case.source.${c.source}`)}
            </>
          ),
        }}
      />

      {c.decisions.length > 0 && (
        <>
          <h2>{t('case.decisions')}</h2>
          <DataTable columns={[t('case.decisionOn'), t('case.decisionKind'), t('case.deadlineStep'), t('case.eventReason'), t('case.eventDocuments')]}>
            {c.decisions.map((decision, i) => (
              <tr key={i}>
                <td class="nowrap">{formatDate(decision.decidedOn)}</td>
                <td>{t(`case.decision.${decision.kind}`, { days: decision.days ?? 0 })}</td>
                <td>{t(`case.step.${decision.step}`)}</td>
                <td>{decision.reason}</td>
                <td>{decision.documentRef}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}

      {c.resolution && (
        <>
          <h2>{t('case.resolution')}</h2>
          <p>
            <strong>{pick(OUTCOME_LABELS[c.resolution.outcome])}</strong> — {c.resolution.documentRef ? `${c.resolution.documentRef}, ` : ''}{formatDate(c.resolution.decidedOn)}
          </p>
        </>
      )}

      <h2>{t('case.publicDecisions')}</h2>
      {c.publicDecisions.length === 0 ? (
        <p class="muted">{t('case.noPublicDecisions')}</p>
      ) : (
        <ul class="decision-list">
          {c.publicDecisions.map((decision, i) => (
            <li key={i}>
              <span class="nowrap">{formatDate(decision.decidedOn)}</span>: {decision.summary}
            </li>
          ))}
        </ul>
      )}

      {c.documents.length > 0 && (
        <>
          <h2>{t('case.documents')}</h2>
          <ul>
            {c.documents.map((document) => (
              <li key={document.ref}>
                {document.ref}
                {document.title && ` — ${document.title}`} <span class="muted">({formatDateTime(document.addedAt)})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <CaseDocuments caseId={c.id} caseVersion={c.version} mayIssue={me.roles.some((role) => role === 'office' || role === 'inspector')} />

      {mayReadAccessLog && <AccessLog caseId={c.id} />}
    </>
  );
}

function AccessLog(props: { caseId: string }) {
  const { api } = useApp();
  const { t } = useI18n();
  const users = useUsers();
  const [shown, setShown] = useState(false);
  return (
    <section aria-labelledby="access-log-title">
      <h2 id="access-log-title">{t('case.accessLog')}</h2>
      {shown ? (
        <AccessLogTable load={() => api.call(CASE_ROUTES.getCaseAccessLog, { params: { caseId: props.caseId } })} nameOf={(id) => nameOf(users, id)} />
      ) : (
        <button type="button" class="button button-secondary" onClick={() => setShown(true)}>
          {t('case.accessLogShow')}
        </button>
      )}
    </section>
  );
}

function AccessLogTable(props: { load: () => Promise<{ items: { at: string; userId: string; action: string; recordId: string }[] }>; nameOf: (id: string) => string }) {
  const { t } = useI18n();
  const log = useResource(props.load, []);
  if (log.state !== 'ready') return <ResourceStatus resource={log} />;
  if (log.data.items.length === 0) return <p class="muted">{t('case.accessLogEmpty')}</p>;
  return (
    <DataTable columns={[t('case.accessLogAt'), t('case.accessLogUser'), t('case.accessLogAction')]}>
      {[...log.data.items]
        .sort((a, b) => b.at.localeCompare(a.at))
        .map((entry, i) => (
          <tr key={i}>
            <td class="nowrap">{formatDateTime(entry.at)}</td>
            <td>{props.nameOf(entry.userId)}</td>
            <td>
              <code>{entry.action}</code>
            </td>
          </tr>
        ))}
    </DataTable>
  );
}
