import { useState } from 'preact/hooks';
import { useDirectorySave } from './use-save.ts';
import { useDirectoryPage } from './use-directory-page.ts';
import { ChangeForm, DirectoryPageHead, EditButton } from './directory-fields.tsx';
import { LanguageSchema, ROLES } from '../../../../shared/organization/model.ts';
import { useApp } from '../../app-context.ts';
import { DataTable } from '../../components/data-table.tsx';
import { DirectoryHistory } from './directory-history.tsx';
import { CheckField, EditPanel } from './directory-fields.tsx';
import { ResourceStatus } from '../../components/error-message.tsx';
import { Field } from '../../components/field.tsx';
import { Badge } from '../../components/badge.tsx';
import { newUserOf, personLabel, userChangesOf, userDraftOf, type UserDraft } from './forms.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LANGUAGE_NAMES } from '../../i18n/translate.ts';
import type { UnitView, UserView } from '../../api/types.ts';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';

/**
 * `#/users`: the agency's users. An administrator also creates them, changes their details, roles, unit
 * and declared conflicts of interest, deactivates them, and reads the history of these changes.
 */
export function UsersPage() {
  const { me } = useApp();
  const { t, language } = useI18n();
  const page = useDirectoryPage<{ userId: string | null }>(true);
  const { admin, data, names, editing } = page;
  const editedUser = editing?.userId ? data?.users.find((user) => user.userId === editing.userId) : undefined;

  return (
    <>
      <DirectoryPageHead title={t('users.title')} lead={admin ? t('users.adminIntro') : null} status={!data && <ResourceStatus resource={page.resource} />} saved={page.saved} />
      {admin && data && !editing && (
        <p>
          <button
            type="button"
            class="button"
            onClick={() => page.edit({ userId: null })}
          >
            {t('userForm.create')}
          </button>
        </p>
      )}
      {admin && data && editing && (editing.userId === null || editedUser) && (
        <UserForm key={editing.userId ?? 'new'} user={editedUser ?? null} users={data.users} units={data.units} onSaved={page.onSaved} onStale={page.reload} onCancel={page.close} />
      )}
      {data &&
        (data.users.length === 0 ? (
          <p>{t('users.empty')}</p>
        ) : (
          <DataTable
            caption={t('users.caption', { agency: me.agency.name })}
            count={t('users.count', { count: data.users.length })}
            columns={[t('users.fullName'), t('users.jobTitle'), t('users.email'), t('users.roles'), t('users.unit'), t('users.status'), ...(admin ? [t('users.actions')] : [])]}
          >
            {[...data.users]
              .sort((a, b) => a.fullName.localeCompare(b.fullName, language))
              .map((user) => (
                <tr key={user.userId}>
                  <th scope="row" class="nowrap">
                    {user.fullName}
                  </th>
                  <td>{user.title ?? <span class="muted">{t('common.none')}</span>}</td>
                  <td class="email">{user.email}</td>
                  <td>{user.roles.map((role) => t(`role.${role}`)).join(', ')}</td>
                  <td>{user.unitId ? names.unit(user.unitId) : <span class="muted">{t('common.none')}</span>}</td>
                  <td>
                    <Badge tone={user.active ? 'success' : 'off'}>{t(user.active ? 'users.active' : 'users.inactive')}</Badge>
                  </td>
                  {admin && (
                    <td>
                      <EditButton name={user.fullName} onClick={() => page.edit({ userId: user.userId })} />
                    </td>
                  )}
                </tr>
              ))}
          </DataTable>
        ))}
      {admin && data && <DirectoryHistory kinds={['user']} names={names} reloadKey={page.reloads} intro={t('history.introUsers')} />}
    </>
  );
}

/** Creates a user (`user` null) or changes one, with their declared conflicts of interest and whether they are active. */
function UserForm(props: {
  user: UserView | null;
  users: readonly UserView[];
  units: readonly UnitView[];
  onSaved: (message: string) => void;
  onStale: () => void;
  onCancel: () => void;
}) {
  const { api } = useApp();
  const { t, language } = useI18n();
  const { user } = props;
  const [draft, setDraft] = useState<UserDraft>(() => userDraftOf(user ?? undefined));
  const { saveRecord, errors, form } = useDirectorySave('user', props.onStale);
  const set = <K extends keyof UserDraft>(key: K, value: UserDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const toggle = (list: readonly string[], value: string, on: boolean) => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));
  const units = props.units.filter((unit) => unit.active || unit.unitId === user?.unitId).sort((a, b) => a.name.localeCompare(b.name, language));
  const others = props.users.filter((other) => other.userId !== user?.userId).sort((a, b) => a.fullName.localeCompare(b.fullName, language));
  const unitName = (unitId: string | undefined) => props.units.find((unit) => unit.unitId === unitId)?.name;

  const submit = () =>
    saveRecord(
      user ? userChangesOf(user, draft) : null,
      async (changes, reason) => {
        const next = await api.call(ORGANIZATION_ROUTES.updateUser, { params: { userId: user!.userId }, body: { version: user!.version, changes, reason } });
        props.onSaved(t('userForm.saved', { name: next.fullName }));
      },
      async (reason) => {
        const next = await api.call(ORGANIZATION_ROUTES.createUser, { body: { user: newUserOf(draft), reason } });
        props.onSaved(t('userForm.created', { name: next.fullName }));
      },
    );


  return (
    <EditPanel id="user-form-title" title={user ? t('userForm.editTitle', { name: user.fullName }) : t('userForm.createTitle')}>
      <ChangeForm
        id="user"
        {...form}
        submitLabel={user ? t('directory.save') : t('userForm.createSubmit')}
        onSubmit={submit}
        onCancel={props.onCancel}
      >
        <div class="field-row">
          <Field id="user-full-name" label={t('users.fullName')} errors={errors.fullName}>
            <input id="user-full-name" type="text" maxLength={120} autocomplete="off" value={draft.fullName} onInput={(e) => set('fullName', e.currentTarget.value)} />
          </Field>
          <Field id="user-title" label={t('users.jobTitle')} errors={errors.title}>
            <input id="user-title" type="text" maxLength={120} autocomplete="off" value={draft.title} onInput={(e) => set('title', e.currentTarget.value)} />
          </Field>
        </div>
        <Field id="user-email" label={t('users.email')} errors={errors.email} hint={t('userForm.emailHint')}>
          <input id="user-email" type="text" inputMode="email" maxLength={200} autocomplete="off" spellcheck={false} value={draft.email} onInput={(e) => set('email', e.currentTarget.value)} />
        </Field>
        <fieldset class={errors.roles ? 'field has-error' : 'field'}>
          <legend>{t('users.roles')}</legend>
          {errors.roles && <p class="field-error">{errors.roles.join(' ')}</p>}
          {ROLES.map((role) => (
            <label key={role} class="check">
              <input type="checkbox" checked={draft.roles.includes(role)} onChange={(e) => set('roles', ROLES.filter((r) => (r === role ? e.currentTarget.checked : draft.roles.includes(r))))} />
              {t(`role.${role}`)}
            </label>
          ))}
        </fieldset>
        <div class="field-row">
          <Field id="user-unit" label={t('users.unit')} errors={errors.unitId}>
            <select id="user-unit" value={draft.unitId} onChange={(e) => set('unitId', e.currentTarget.value)}>
              <option value="">{t('userForm.noUnit')}</option>
              {units.map((unit) => (
                <option key={unit.unitId} value={unit.unitId}>
                  {unit.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="user-language" label={t('userForm.language')} errors={errors.language}>
            <select id="user-language" value={draft.language} onChange={(e) => set('language', LanguageSchema.parse(e.currentTarget.value))}>
              {LanguageSchema.options.map((option) => (
                <option key={option} value={option} lang={option}>
                  {LANGUAGE_NAMES[option]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {user && (
          <fieldset class={errors.conflictedUserIds ? 'field has-error' : 'field'}>
            <legend>{t('userForm.conflicts')}</legend>
            {errors.conflictedUserIds && <p class="field-error">{errors.conflictedUserIds.join(' ')}</p>}
            <span class="hint">{t('userForm.conflictsHint')}</span>
            <div class="choice-list">
              {others.map((other) => (
                <label key={other.userId} class="check">
                  <input
                    type="checkbox"
                    checked={draft.conflictedUserIds.includes(other.userId)}
                    onChange={(e) => set('conflictedUserIds', toggle(draft.conflictedUserIds, other.userId, e.currentTarget.checked))}
                  />
                  <span>
                    {personLabel(other)}
                    {unitName(other.unitId) && <span class="muted"> · {unitName(other.unitId)}</span>}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {user && <CheckField id="user-active" label={t('userForm.active')} checked={draft.active} errors={errors.active} hint={t('userForm.activeHint')} onChange={(value) => set('active', value)} />}
      </ChangeForm>
    </EditPanel>
  );
}
