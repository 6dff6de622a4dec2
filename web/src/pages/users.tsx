import { UnitsSchema, UsersSchema } from '../api/schemas.ts';
import { useApp } from '../app-context.ts';
import { DataTable } from '../components/data-table.tsx';
import { ResourceStatus } from '../components/error-message.tsx';
import { StatusPill } from '../components/status-pill.tsx';
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
      <ResourceStatus resource={data} />
      {data.state === 'ready' &&
        (data.data.users.length === 0 ? (
          <p>{t('users.empty')}</p>
        ) : (
          <DataTable caption={t('users.caption', { agency: me.agency.name })} count={t('users.count', { count: data.data.users.length })} columns={[t('users.fullName'), t('users.jobTitle'), t('users.email'), t('users.roles'), t('users.unit'), t('users.status')]}>
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
                    <StatusPill on={user.active}>
                      {t(user.active ? 'users.active' : 'users.inactive')}
                    </StatusPill>
                  </td>
                </tr>
              ))}
          </DataTable>
        ))}
    </>
  );
}
