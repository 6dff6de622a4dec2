import { useState } from 'preact/hooks';
import { useDirectorySave } from './use-save.ts';
import { useDirectoryPage } from './use-directory-page.ts';
import { ChangeForm, DirectoryPageHead, EditButton, PersonSelect } from './directory-fields.tsx';
import { useApp } from '../../app-context.ts';
import { DataTable } from '../../components/data-table.tsx';
import { DirectoryHistory } from './directory-history.tsx';
import { CheckField, EditPanel, UnitKindSelect } from './directory-fields.tsx';
import { ReorganisationForm } from './reorganisation-form.tsx';
import { ResourceStatus } from '../../components/error-message.tsx';
import { Field } from '../../components/field.tsx';
import { Badge } from '../../components/badge.tsx';
import { agencyHeadCandidates, headCandidates, newUnitOf, personLabel, unitChangesOf, unitDraftOf, type UnitDraft } from './forms.ts';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { mayListUsers } from '../../nav.ts';
import { useResource } from '../../use-resource.ts';
import type { AgencyView, UnitView, UserView } from '../../api/types.ts';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';

/**
 * `#/units`: the agency's units. An administrator also adds and changes them (name, kind, head, report
 * addresses, active), sets the head of the agency and reads the history of these changes.
 */
export function UnitsPage() {
  const { me } = useApp();
  const { t, language } = useI18n();
  const readsUsers = mayListUsers(me.roles);
  /** The form open: a unit's (`unitId`, null for a new one) or the reorganisation's. */
  const page = useDirectoryPage<{ unitId: string | null } | 'reorganisation'>(readsUsers);
  const { admin, data, names, editing } = page;
  const editedUnitId = editing !== null && editing !== 'reorganisation' ? editing.unitId : null;
  const editedUnit = editedUnitId ? data?.units.find((unit) => unit.unitId === editedUnitId) : undefined;

  return (
    <>
      <DirectoryPageHead title={t('units.title')} lead={admin ? t('units.adminIntro') : null} status={!data && <ResourceStatus resource={page.resource} />} saved={page.saved} />
      {admin && data && !editing && (
        <p>
          <button
            type="button"
            class="button"
            onClick={() => page.edit({ unitId: null })}
          >
            {t('unitForm.create')}
          </button>{' '}
          <button
            type="button"
            class="button button-secondary"
            onClick={() => page.edit('reorganisation')}
          >
            {t('reorg.open')}
          </button>
        </p>
      )}
      {admin && data && editing !== null && editing !== 'reorganisation' && (editing.unitId === null || editedUnit) && (
        <UnitForm key={editing.unitId ?? 'new'} unit={editedUnit ?? null} users={data.users} onSaved={page.onSaved} onStale={page.reload} onCancel={page.close} />
      )}
      {admin && data && editing === 'reorganisation' && <ReorganisationForm units={data.units} users={data.users} onSaved={page.onSaved} onStale={page.reload} onCancel={page.close} />}
      {data &&
        (data.units.length === 0 ? (
          <p>{t('units.empty')}</p>
        ) : (
          <DataTable
            caption={t('units.caption', { agency: me.agency.name })}
            count={t('units.count', { count: data.units.length })}
            columns={[t('units.name'), t('units.kind'), ...(readsUsers ? [t('units.head')] : []), t('units.reportingEmails'), t('units.status'), ...(admin ? [t('units.actions')] : [])]}
          >
            {[...data.units]
              .sort((a, b) => a.name.localeCompare(b.name, language))
              .map((unit) => {
                const own = unit.unitId === me.user.unitId;
                return (
                  <tr key={unit.unitId} class={own ? 'row-own' : undefined}>
                    <th scope="row">
                      {unit.name}
                      {own && <Badge tone="own">{t('units.yours')}</Badge>}
                      {(unit.formerNames ?? []).length > 0 && (
                        <span class="cell-note">
                          {t('history.field.formerNames')}: {(unit.formerNames ?? []).map((former) => t('history.field.formerNameUntil', { name: former.name, date: formatDate(former.until) })).join('; ')}
                        </span>
                      )}
                    </th>
                    <td>{t(`unitKind.${unit.kind}`)}</td>
                    {readsUsers && <td>{unit.headUserId ? names.user(unit.headUserId) : <span class="muted">{t('common.none')}</span>}</td>}
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
                      <Badge tone={unit.active ? 'success' : 'off'}>{t(unit.active ? 'units.active' : 'units.inactive')}</Badge>
                      {unit.endedOn && (
                        <span class="cell-note">{t('compliance.ended', { date: formatDate(unit.endedOn), successors: (unit.successorUnitIds ?? []).map((id) => names.unit(id)).join(', ') })}</span>
                      )}
                    </td>
                    {admin && (
                      <td>
                        <EditButton name={unit.name} onClick={() => page.edit({ unitId: unit.unitId })} />
                      </td>
                    )}
                  </tr>
                );
              })}
          </DataTable>
        ))}
      {admin && data && <AgencyHeadPanel users={data.users} onSaved={page.onSaved} />}
      {admin && data && <DirectoryHistory kinds={['agency', 'unit']} names={names} reloadKey={page.reloads} intro={t('history.introUnits')} />}
    </>
  );
}

/** "Thủ trưởng cơ quan": who heads the agency, among its active leaders. */
function AgencyHeadPanel(props: { users: readonly UserView[]; onSaved: (message: string) => void }) {
  const { api } = useApp();
  const { t, language } = useI18n();
  const [reloads, setReloads] = useState(0);
  const loaded = useResource(() => api.call(ORGANIZATION_ROUTES.getMe), [api, reloads]);
  const [agency, setAgency] = useState<AgencyView | null>(null);
  const current = agency ?? (loaded.state === 'ready' ? loaded.data.agency : null);
  const [headUserId, setHeadUserId] = useState<string | null>(null);
  const { save, setReason, errors, form } = useDirectorySave('agency', () => {
    setAgency(null);
    setReloads((n) => n + 1);
  });
  if (!current) return <ResourceStatus resource={loaded} />;

  const chosen = headUserId ?? current.headUserId ?? '';
  const candidates = agencyHeadCandidates(props.users, language);
  const currentHead = props.users.find((user) => user.userId === current.headUserId);

  const submit = () =>
    save(chosen !== (current.headUserId ?? ''), async (reason) => {
      const next = await api.call(ORGANIZATION_ROUTES.updateAgency, { body: { version: current.version, changes: { headUserId: chosen === '' ? null : chosen }, reason } });
      setAgency(next);
      setHeadUserId(null);
      setReason('');
      props.onSaved(t('agency.saved'));
    });

  return (
    <section class="panel agency-head" aria-labelledby="agency-head-title">
      <h2 id="agency-head-title">{t('agency.head')}</h2>
      <p class="hint-block">
        {t('agency.current', { name: currentHead ? personLabel(currentHead) : t('agency.vacant') })}. {t('agency.headHint')}
      </p>
      <ChangeForm
        id="agency"
        {...form}
        submitLabel={t('directory.save')}
        onSubmit={submit}
      >
        <Field id="agency-head" label={t('agency.head')} errors={errors.headUserId}>
          <PersonSelect id="agency-head" value={chosen} current={currentHead} candidates={candidates} noneLabel={t('agency.vacant')} onChange={setHeadUserId} />
        </Field>
      </ChangeForm>
    </section>
  );
}

/** Adds a unit (`unit` null) or changes one: name, kind, head among its active members, report addresses, active. */
function UnitForm(props: { unit: UnitView | null; users: readonly UserView[]; onSaved: (message: string) => void; onStale: () => void; onCancel: () => void }) {
  const { api } = useApp();
  const { t, language } = useI18n();
  const { unit } = props;
  const [draft, setDraft] = useState<UnitDraft>(() => unitDraftOf(unit ?? undefined));
  const { saveRecord, errors, form } = useDirectorySave('unit', props.onStale);
  const set = <K extends keyof UnitDraft>(key: K, value: UnitDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const candidates = unit ? headCandidates(props.users, unit.unitId, language) : [];
  const currentHead = unit?.headUserId ? props.users.find((user) => user.userId === unit.headUserId) : undefined;

  const submit = () =>
    saveRecord(
      unit ? unitChangesOf(unit, draft) : null,
      async (changes, reason) => {
        const next = await api.call(ORGANIZATION_ROUTES.updateUnit, { params: { unitId: unit!.unitId }, body: { version: unit!.version, changes, reason } });
        props.onSaved(t('unitForm.saved', { name: next.name }));
      },
      async (reason) => {
        const next = await api.call(ORGANIZATION_ROUTES.createUnit, { body: { unit: newUnitOf(draft), reason } });
        props.onSaved(t('unitForm.created', { name: next.name }));
      },
    );


  return (
    <EditPanel id="unit-form-title" title={unit ? t('unitForm.editTitle', { name: unit.name }) : t('unitForm.createTitle')}>
      <ChangeForm
        id="unit"
        {...form}
        submitLabel={unit ? t('directory.save') : t('unitForm.createSubmit')}
        onSubmit={submit}
        onCancel={props.onCancel}
      >
        {!unit && (
          <Field id="unit-id" label={t('unitForm.unitId')} errors={errors.unitId} hint={t('unitForm.unitIdHint')}>
            <input id="unit-id" type="text" maxLength={64} autocomplete="off" spellcheck={false} value={draft.unitId} onInput={(e) => set('unitId', e.currentTarget.value)} />
          </Field>
        )}
        <div class="field-row">
          <Field id="unit-name" label={t('units.name')} errors={errors.name}>
            <input id="unit-name" type="text" maxLength={200} value={draft.name} onInput={(e) => set('name', e.currentTarget.value)} />
          </Field>
          <Field id="unit-kind" label={t('units.kind')} errors={errors.kind}>
            <UnitKindSelect id="unit-kind" value={draft.kind} onChange={(kind) => set('kind', kind)} />
          </Field>
        </div>
        {unit && (
          <Field id="unit-head" label={t('unitForm.head')} errors={errors.headUserId} hint={t('unitForm.headHint')}>
            <PersonSelect id="unit-head" value={draft.headUserId} current={currentHead} candidates={candidates} noneLabel={t('directory.none')} onChange={(userId) => set('headUserId', userId)} />
          </Field>
        )}
        <Field id="unit-emails" label={t('units.reportingEmails')} errors={errors.reportingEmails} hint={t('unitForm.emailsHint')}>
          <textarea id="unit-emails" rows={3} autocomplete="off" spellcheck={false} value={draft.reportingEmails} onInput={(e) => set('reportingEmails', e.currentTarget.value)} />
        </Field>
        {unit && <CheckField id="unit-active" label={t('unitForm.active')} checked={draft.active} errors={errors.active} hint={t('unitForm.activeHint')} onChange={(value) => set('active', value)} />}
      </ChangeForm>
    </EditPanel>
  );
}
