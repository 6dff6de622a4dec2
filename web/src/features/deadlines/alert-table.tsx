import { useApp } from '../../app-context.ts';
import { alertLink, stageLabel } from '../cases/alerts.ts';
import { nameOf, useUsers } from '../../components/use-users.ts';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { href } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import { ResourceStatus } from '../../components/error-message.tsx';
import { Badge } from '../../components/badge.tsx';
import type { AlertView } from '../../api/types.ts';
import { DEADLINE_ROUTES } from '../../../../shared/http/routes/deadlines.ts';

/** Alerts as a table: when, to whom, about what (linked), at which stage, and how the sending went. */
export function AlertTable(props: { items: readonly AlertView[]; showItem: boolean; caption?: string }) {
  const { t, pick } = useI18n();
  const users = useUsers();
  return (
    <div class="table-wrap">
      <table class="alert-table">
        {props.caption && <caption>{props.caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('alerts.sentAt')}</th>
            <th scope="col">{t('alerts.recipient')}</th>
            {props.showItem && <th scope="col">{t('alerts.item')}</th>}
            <th scope="col">{t('alerts.stage')}</th>
            <th scope="col">{t('alerts.status')}</th>
            <th scope="col">{t('alerts.attempts')}</th>
            <th scope="col">{t('alerts.lastError')}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((alert) => {
            const link = alertLink(alert);
            return (
              <tr key={alert.alertId}>
                <td class="nowrap">{alert.sentAt ? formatDateTime(alert.sentAt) : <span class="muted">{t('alerts.notSent', { at: formatDateTime(alert.createdAt) })}</span>}</td>
                <td>{nameOf(users, alert.recipientUserId)}</td>
                {props.showItem && <td>{link ? <a href={href(link)}>{alert.subjectTitle}</a> : alert.subjectTitle}</td>}
                <td>
                  {pick(stageLabel(alert.stage))}
                  {alert.urgent && <Badge tone="warning">{t('alerts.urgentYes')}</Badge>}
                </td>
                <td>
                  <Badge tone={alert.status === 'sent' ? 'success' : 'off'}>{t(`alerts.status.${alert.status}`)}</Badge>
                </td>
                <td class="num">{alert.attempts}</td>
                <td class="alert-error">{alert.lastError ?? <span class="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "Lịch sử cảnh báo" of one tracked deadline, for its detail page. */
export function AlertHistory(props: { deadlineId: string }) {
  const { api } = useApp();
  const { t } = useI18n();
  const alerts = useResource(() => api.call(DEADLINE_ROUTES.getDeadlineAlerts, { params: { deadlineId: props.deadlineId } }), [api, props.deadlineId]);
  return (
    <section aria-labelledby="alert-history-title">
      <h2 id="alert-history-title">{t('alerts.history')}</h2>
      <ResourceStatus resource={alerts} />
      {alerts.state === 'ready' &&
        (alerts.data.items.length === 0 ? (
          <p class="muted">{t('alerts.historyEmpty')}</p>
        ) : (
          <AlertTable items={[...alerts.data.items].sort((a, b) => (b.sentAt ?? b.createdAt).localeCompare(a.sentAt ?? a.createdAt))} showItem={false} />
        ))}
    </section>
  );
}
