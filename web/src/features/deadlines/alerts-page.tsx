import { useApp } from '../../app-context.ts';
import { filterAlerts, readAlertFilters, stageLabel, stagesOf, type AlertFilters } from '../cases/alerts.ts';
import { AlertTable } from './alert-table.tsx';
import { ResourceStatus } from '../../components/error-message.tsx';
import { FilterBar, FilterSelect } from '../../components/filter-bar.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate, useQuery } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import { DEADLINE_ROUTES } from '../../../../shared/http/routes/deadlines.ts';

/** `#/alerts`: every alert recorded, sent or waiting, with who got it, when, why and how the sending went. */
export function AlertsPage() {
  const { api } = useApp();
  const { t, pick } = useI18n();
  const filters = readAlertFilters(useQuery());
  const list = useResource(() => api.call(DEADLINE_ROUTES.listAlerts), [api]);
  const setFilter = (key: keyof AlertFilters, value: string) => navigate('/alerts', { ...filters, [key]: value });
  const all = list.state === 'ready' ? list.data.items : [];
  const items = filterAlerts(all, filters);
  return (
    <>
      <h1>{t('alerts.title')}</h1>
      <p class="lead">{t('alerts.intro')}</p>
      <FilterBar label={t('alerts.filters')}>
        <FilterSelect
          id="alert-status"
          label={t('alerts.status')}
          value={filters.status}
          allLabel={t('alerts.all')}
          options={[{ value: 'sent', label: t('alerts.status.sent') }, { value: 'pending', label: t('alerts.status.pending') }]}
          onChange={(value) => setFilter('status', value)}
        />
        <FilterSelect
          id="alert-stage"
          label={t('alerts.stage')}
          value={filters.stage}
          allLabel={t('alerts.all')}
          options={[...new Set([...stagesOf(all), ...(filters.stage ? [filters.stage] : [])])].map((stage) => ({ value: stage, label: pick(stageLabel(stage)) }))}
          onChange={(value) => setFilter('stage', value)}
        />
      </FilterBar>
      <ResourceStatus resource={list} />
      {list.state === 'ready' &&
        (items.length === 0 ? (
          <p class="empty-state">{all.length === 0 ? t('alerts.empty') : t('alerts.noMatch')}</p>
        ) : (
          <AlertTable items={items} showItem caption={t('alerts.count', { shown: items.length, count: all.length })} />
        ))}
    </>
  );
}
