import { UnitsSchema } from '../api/schemas.ts';
import { useApp } from '../app-context.ts';
import { ErrorMessage, Loading } from '../components/error-message.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useResource } from '../use-resource.ts';

export function UnitsPage() {
  const { api, me } = useApp();
  const { t, language } = useI18n();
  const units = useResource(() => api.get('/units', UnitsSchema), [api]);

  return (
    <>
      <h1>{t('units.title')}</h1>
      {units.state === 'loading' && <Loading />}
      {units.state === 'failed' && <ErrorMessage error={units.error} onRetry={units.retry} />}
      {units.state === 'ready' &&
        (units.data.items.length === 0 ? (
          <p>{t('units.empty')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption>
                {t('units.caption', { agency: me.agency.name })}
                <span class="caption-count">{t('units.count', { count: units.data.items.length })}</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('units.name')}</th>
                  <th scope="col">{t('units.kind')}</th>
                  <th scope="col">{t('units.reportingEmails')}</th>
                  <th scope="col">{t('units.status')}</th>
                </tr>
              </thead>
              <tbody>
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
                          <span class={unit.active ? 'status status-on' : 'status status-off'}>
                            {t(unit.active ? 'units.active' : 'units.inactive')}
                          </span>
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
