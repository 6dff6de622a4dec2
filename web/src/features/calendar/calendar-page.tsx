import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { draftOf } from './draft.ts';
import { ResourceStatus } from '../../components/error-message.tsx';
import { calendarDateOf } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { mayManageCalendar, mayUse, NAV } from '../../nav.ts';
import { href, navigate, useQuery } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import type { Editing } from './parts.tsx';
import { YearView } from './year-view.tsx';
import { AdminTools } from './admin-tools.tsx';
import { YearEditor } from './year-editor.tsx';
import { DEADLINE_ROUTES } from '../../../../shared/http/routes/deadlines.ts';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';

export function CalendarPage() {
  const { api, me } = useApp();
  const { t } = useI18n();
  const manage = mayManageCalendar(me.roles);
  const [reloads, setReloads] = useState(0);
  const calendar = useResource(() => api.call(DEADLINE_ROUTES.getCalendar), [api, reloads]);
  const query = new URLSearchParams(useQuery());
  // Who saved a year is stored as a user id: show the name to those who may read the user list.
  const mayReadUsers = NAV.some((entry) => entry.id === 'users' && mayUse(entry, me.roles));
  const users = useResource(
    async () => (mayReadUsers ? new Map((await api.call(ORGANIZATION_ROUTES.listUsers)).items.map((user) => [user.userId, user.fullName])) : new Map<string, string>()),
    [api, mayReadUsers],
  );
  const nameOf = (userId: string): string => (users.state === 'ready' ? users.data.get(userId) : undefined) ?? userId;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = () => {
    setEditing(null);
    setReloads((n) => n + 1);
  };

  if (calendar.state !== 'ready') return <ResourceStatus resource={calendar} />;

  const years = [...calendar.data.years].sort((a, b) => a.data.year - b.data.year);
  const thisYear = Number(calendarDateOf(new Date()).slice(0, 4));
  const wanted = Number(query.get('year')) || thisYear;
  const selected = years.find((y) => y.data.year === wanted) ?? years.find((y) => y.data.year === thisYear) ?? years.at(-1);

  return (
    <>
      <h1>{t('calendar.title')}</h1>
      <p class="lead">{t('calendar.intro')}</p>
      {notice && (
        <p class="notice notice-ok" role="status">
          {notice}
        </p>
      )}
      {manage && !editing && (
        <AdminTools
          years={years}
          onPropose={(editingYear) => {
            setNotice(null);
            setEditing(editingYear);
          }}
          onImported={(imported) => {
            setNotice(t('calendar.imported', { years: imported.join(', ') }));
            reload();
          }}
        />
      )}
      {editing ? (
        <YearEditor
          key={editing.draft.year}
          editing={editing}
          onCancel={() => setEditing(null)}
          onReload={reload}
          onSaved={(saved) => {
            setNotice(t('calendar.saved', { year: saved.data.year, version: saved.version }));
            navigate('/calendar', { year: String(saved.data.year) });
            reload();
          }}
        />
      ) : years.length === 0 ? (
        <p class="empty-state">{t('calendar.empty')}</p>
      ) : (
        <>
          <nav class="year-tabs" aria-label={t('calendar.years')}>
            <ul>
              {years.map((y) => (
                <li key={y.data.year}>
                  <a href={href('/calendar', { year: String(y.data.year) })} aria-current={y === selected ? 'page' : undefined}>
                    <span class="year-tab-year">{y.data.year}</span>
                    <span class={`year-tab-status ${y.data.status === 'official' ? 'is-official' : 'is-proposal'}`}>
                      {t(y.data.status === 'official' ? 'calendar.status.official' : 'calendar.status.proposal')}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {selected && (
            <YearView
              key={selected.data.year}
              stored={selected}
              manage={manage}
              nameOf={nameOf}
              onEdit={() => {
                setNotice(null);
                setEditing({ draft: draftOf(selected.data), version: selected.version, proposal: false });
              }}
            />
          )}
        </>
      )}
    </>
  );
}
