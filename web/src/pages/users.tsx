import { UnitsSchema, UsersSchema } from '../api/schemas.ts';
import { useApp } from '../app-context.ts';
import { ErrorMessage, Loading } from '../components/error-message.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useResource } from '../use-resource.ts';

export function UsersPage() {
  const { api, me } = useApp();
  const { t, language } = useI18n();
  const data = useResource(async () => {
    const [users, units] = await Promise.all([api.get('/users', UsersSchema), api.get('/units', UnitsSchema)]);
    return { users: users.items, unitNames: new Map(units.items.map((unit) => [unit.unitId, unit.name])) };
  }, [api]);

  return (
    <>
      <h1>{t('users.title')}</h1>
      {data.state === 'loading' && <Loading />}
      {data.state === 'failed' && <ErrorMessage error={data.error} onRetry={data.retry} />}
      {data.state === 'ready' &&
        (data.data.users.length === 0 ? (
          <p>{t('users.empty')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption>
                {t('users.caption', { agency: me.agency.name })}
                <span class="caption-count">{t('users.count', { count: data.data.users.length })}</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.fullName')}</th>
                  <th scope="col">{t('users.jobTitle')}</th>
                  <th scope="col">{t('users.email')}</th>
                  <th scope="col">{t('users.roles')}</th>
                  <th scope="col">{t('users.unit')}</th>
                  <th scope="col">{t('users.status')}</th>
                </tr>
              </thead>
              <tbody>
                {[...data.data.users]
                  .sort((a, b) => a.fullName.localeCompare(b.fullName, language))
                  .map((user) => (
                    <tr key={user.userId}>
                      <th scope="row" class="nowrap">{user.fullName}</th>
                      <td>{user.title ?? <span class="muted">{t('common.none')}</span>}</td>
                      <td class="email">{user.email}</td>
                      <td>{user.roles.map((role) => t(`role.${role}`)).join(', ')}</td>
                      <td>
                        {user.unitId ? (data.data.unitNames.get(user.unitId) ?? user.unitId) : <span class="muted">{t('common.none')}</span>}
                      </td>
                      <td>
                        <span class={user.active ? 'status status-on' : 'status status-off'}>
                          {t(user.active ? 'users.active' : 'users.inactive')}
                        </span>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
