import { AlertsSchema } from '../api/case-schemas.ts';
import { useApp } from '../app-context.ts';
import { filterAlerts, readAlertFilters, stageLabel, stagesOf, type AlertFilters } from '../cases/alerts.ts';
import { AlertTable } from '../components/alert-table.tsx';
import { ErrorMessage, Loading } from '../components/error-message.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { navigate, useQuery } from '../router.ts';
import { useResource } from '../use-resource.ts';

/** `#/alerts`: every alert recorded, sent or waiting, with who got it, when, why and how the sending went. */
export function AlertsPage() {
  const { api } = useApp();
  const { t, pick } = useI18n();
  const filters = readAlertFilters(useQuery());
  const list = useResource(() => api.get('/alerts', AlertsSchema), [api]);
  const setFilter = (key: keyof AlertFilters, value: string) => navigate('/alerts', { ...filters, [key]: value });
  const all = list.state === 'ready' ? list.data.items : [];
  const items = filterAlerts(all, filters);
  return (
    <>
      <h1>{t('alerts.title')}</h1>
      <p class="lead">{t('alerts.intro')}</p>
      <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label={t('alerts.filters')}>
        <div class="field">
          <label for="alert-status">{t('alerts.status')}</label>
          <select id="alert-status" value={filters.status} onChange={(e) => setFilter('status', e.currentTarget.value)}>
            <option value="">{t('alerts.all')}</option>
            <option value="sent">{t('alerts.status.sent')}</option>
            <option value="pending">{t('alerts.status.pending')}</option>
          </select>
        </div>
        <div class="field">
          <label for="alert-stage">{t('alerts.stage')}</label>
          <select id="alert-stage" value={filters.stage} onChange={(e) => setFilter('stage', e.currentTarget.value)}>
            <option value="">{t('alerts.all')}</option>
            {[...new Set([...stagesOf(all), ...(filters.stage ? [filters.stage] : [])])].map((stage) => (
              <option key={stage} value={stage}>
                {pick(stageLabel(stage))}
              </option>
            ))}
          </select>
        </div>
      </form>
      {list.state === 'loading' && <Loading />}
      {list.state === 'failed' && <ErrorMessage error={list.error} onRetry={list.retry} />}
      {list.state === 'ready' &&
        (items.length === 0 ? (
          <p class="empty-state">{all.length === 0 ? t('alerts.empty') : t('alerts.noMatch')}</p>
        ) : (
          <AlertTable items={items} showItem caption={t('alerts.count', { shown: items.length, count: all.length })} />
        ))}
    </>
  );
}
