import { UnitsSchema } from '../api/schemas.ts';
import { useApp } from '../app-context.ts';
import { DataTable } from '../components/data-table.tsx';
import { ResourceStatus } from '../components/error-message.tsx';
import { StatusPill } from '../components/status-pill.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useResource } from '../use-resource.ts';

export function UnitsPage() {
  const { api, me } = useApp();
  const { t, language } = useI18n();
  const units = useResource(() => api.get('/units', UnitsSchema), [api]);

  return (
    <>
      <h1>{t('units.title')}</h1>
      <ResourceStatus resource={units} />
      {units.state === 'ready' &&
        (units.data.items.length === 0 ? (
          <p>{t('units.empty')}</p>
        ) : (
          <DataTable caption={t('units.caption', { agency: me.agency.name })} count={t('units.count', { count: units.data.items.length })} columns={[t('units.name'), t('units.kind'), t('units.reportingEmails'), t('units.status')]}>
            {[...units.data.items]
              .sort((a, b) => a.name.localeCompare(b.name, language))
              .map((unit) => {
                const own = unit.unitId === me.user.unitId;
                return (
                  <tr key={unit.unitId} class={own ? 'row-own' : undefined}>
                    <th scope="row">
                      {unit.name}
                      {own && <span class="badge badge-own">{t('units.yours')}</span>}
                    </th>
                    <td>{t(`unitKind.${unit.kind}`)}</td>
                    <td>
                      {unit.reportingEmails.length === 0 ? (
                        <span class="muted">{t('common.none')}</span>
                      ) : (
                        unit.reportingEmails.map((email) => (
                          <span key={email} class="email">
                            {email}
                          </span>
                        ))
                      )}
                    </td>
                    <td>
                      <StatusPill on={unit.active}>
                        {t(unit.active ? 'units.active' : 'units.inactive')}
                      </StatusPill>
                    </td>
                  </tr>
                );
              })}
          </DataTable>
        ))}
    </>
  );
}
