import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { personLabel } from './forms.ts';
import {
  blankSuccessor,
  mergeHeadCandidates,
  namedSuccessors,
  NEW_UNIT,
  REORGANISATION_KINDS,
  reorganisationDraftOf,
  reorganisationOf,
  type ReorganisationDraft,
  type SuccessorDraft,
} from './reorganisation.ts';
import { useDirectorySave } from './use-save.ts';
import { calendarDateOf } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ChangeForm, EditPanel, PersonSelect, UnitKindSelect } from './directory-fields.tsx';
import { Field } from '../../components/field.tsx';
import type { UnitView, UserView } from '../../api/types.ts';
import { REORGANISATION_ROUTES } from '../../../../shared/http/routes/reorganisation.ts';

/**
 * Records a rename, merge or split of units with its effective date (`POST /units/reorganisations`):
 * the form asks only what the chosen kind needs, and shows the server's refusal beside its field.
 */
export function ReorganisationForm(props: {
  units: readonly UnitView[];
  users: readonly UserView[];
  onSaved: (message: string) => void;
  onStale: () => void;
  onCancel: () => void;
}) {
  const { api } = useApp();
  const { t, language } = useI18n();
  const today = calendarDateOf(new Date());
  const [draft, setDraft] = useState<ReorganisationDraft>(() => reorganisationDraftOf(today));
  const { save, errors, form } = useDirectorySave('reorganisation', props.onStale);
  const set = <K extends keyof ReorganisationDraft>(key: K, value: ReorganisationDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const current = props.units.filter((unit) => unit.active && !unit.endedOn).sort((a, b) => a.name.localeCompare(b.name, language));
  const nameOf = (unitId: string) => props.units.find((unit) => unit.unitId === unitId)?.name ?? unitId;

  const submit = () =>
    save(true, async (reason) => {
      const result = await api.call(REORGANISATION_ROUTES.reorganiseUnits, { body: { reorganisation: reorganisationOf(draft), reason } });
      const units = result.units.map((unit) => unit.name).join(', ');
      props.onSaved(t('reorg.done', { units, users: result.movedUsers, records: result.movedRecords }));
    });

  const unitSelect = (id: string, value: string, onChange: (unitId: string) => void) => (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{t('reorg.chooseUnit')}</option>
      {current.map((unit) => (
        <option key={unit.unitId} value={unit.unitId}>
          {unit.name}
        </option>
      ))}
    </select>
  );

  return (
    <EditPanel id="reorg-form-title" title={t('reorg.title')}>
      <p class="hint-block">{t('reorg.intro')}</p>
      <ChangeForm
        id="reorg" class="case-form reorganisation-form"
        {...form}
        submitLabel={t('reorg.submit')}
        onSubmit={submit}
        onCancel={props.onCancel}
      >
        <fieldset class="field">
          <legend>{t('reorg.kind')}</legend>
          {REORGANISATION_KINDS.map((kind) => (
            <label key={kind} class="check">
              <input type="radio" name="reorg-kind" value={kind} checked={draft.kind === kind} onChange={() => set('kind', kind)} />
              {t(`reorg.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <Field id="reorg-effective" label={t('reorg.effectiveOn')} errors={errors.effectiveOn} hint={t('reorg.effectiveOnHint')}>
          <input id="reorg-effective" type="date" max={today} value={draft.effectiveOn} onInput={(e) => set('effectiveOn', e.currentTarget.value)} />
        </Field>

        {draft.kind === 'rename' && (
          <div class="field-row">
            <Field id="reorg-unit" label={t('reorg.unit')} errors={errors.unitId}>
              {unitSelect('reorg-unit', draft.unitId, (unitId) => set('unitId', unitId))}
            </Field>
            <Field id="reorg-name" label={t('reorg.newName')} errors={errors.name}>
              <input id="reorg-name" type="text" maxLength={200} value={draft.name} onInput={(e) => set('name', e.currentTarget.value)} />
            </Field>
          </div>
        )}

        {draft.kind === 'merge' && (
          <>
            <fieldset class={errors.unitIds ? 'field has-error' : 'field'}>
              <legend>{t('reorg.mergedUnits')}</legend>
              {errors.unitIds && <p class="field-error">{errors.unitIds.join(' ')}</p>}
              {current.map((unit) => (
                <label key={unit.unitId} class="check">
                  <input
                    type="checkbox"
                    checked={draft.unitIds.includes(unit.unitId)}
                    onChange={(e) => set('unitIds', e.currentTarget.checked ? [...draft.unitIds, unit.unitId] : draft.unitIds.filter((id) => id !== unit.unitId))}
                  />
                  {unit.name}
                </label>
              ))}
            </fieldset>
            <Field id="reorg-into" label={t('reorg.into')} errors={draft.into === NEW_UNIT ? undefined : errors.into}>
              <select id="reorg-into" value={draft.into} onChange={(e) => set('into', e.currentTarget.value)}>
                <option value={NEW_UNIT}>{t('reorg.intoNew')}</option>
                {draft.unitIds.map((unitId) => (
                  <option key={unitId} value={unitId}>
                    {nameOf(unitId)}
                  </option>
                ))}
              </select>
            </Field>
            {draft.into === NEW_UNIT && (
              <SuccessorFields id="reorg-new" legend={t('reorg.newUnit')} value={draft.newUnit} errors={errors.into} onChange={(newUnit) => set('newUnit', newUnit)} />
            )}
            <Field id="reorg-head" label={t('reorg.head')} errors={errors.headUserId}>
              <PersonSelect
                id="reorg-head"
                value={draft.headUserId}
                current={undefined}
                candidates={mergeHeadCandidates(props.users, draft.unitIds, language)}
                noneLabel={t('reorg.headKeep')}
                onChange={(userId) => set('headUserId', userId)}
              />
            </Field>
          </>
        )}

        {draft.kind === 'split' && <SplitFields draft={draft} users={props.users} errors={errors} unitSelect={unitSelect} set={set} />}
      </ChangeForm>
    </EditPanel>
  );
}

/** The split's part: the unit split, its new units, where each member goes and who takes the open work. */
function SplitFields(props: {
  draft: ReorganisationDraft;
  users: readonly UserView[];
  errors: Partial<Record<string, string[]>>;
  unitSelect: (id: string, value: string, onChange: (unitId: string) => void) => preact.JSX.Element;
  set: <K extends keyof ReorganisationDraft>(key: K, value: ReorganisationDraft[K]) => void;
}) {
  const { t, language } = useI18n();
  const { draft, errors, set } = props;
  const named = namedSuccessors(draft);
  const members = props.users.filter((user) => user.active && user.unitId === draft.unitId).sort((a, b) => a.fullName.localeCompare(b.fullName, language));
  const successorSelect = (id: string, value: string, onChange: (unitId: string) => void) => (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{t('reorg.chooseSuccessor')}</option>
      {named.map((s) => (
        <option key={s.unitId} value={s.unitId}>
          {s.name.trim() || s.unitId}
        </option>
      ))}
    </select>
  );
  const setSuccessor = (i: number, value: SuccessorDraft) => set('successors', draft.successors.map((s, j) => (j === i ? value : s)));

  return (
    <>
      <Field id="reorg-split-unit" label={t('reorg.unit')} errors={errors.unitId}>
        {props.unitSelect('reorg-split-unit', draft.unitId, (unitId) => set('unitId', unitId))}
      </Field>
      <fieldset class={errors.into ? 'field has-error' : 'field'}>
        <legend>{t('reorg.successors')}</legend>
        {errors.into && <p class="field-error">{errors.into.join(' ')}</p>}
        {draft.successors.map((successor, i) => (
          <div key={i} class="successor">
            <SuccessorFields id={`reorg-successor-${i + 1}`} legend={t('reorg.successor', { n: i + 1 })} value={successor} errors={undefined} onChange={(value) => setSuccessor(i, value)} />
            {draft.successors.length > 2 && (
              <button type="button" class="button button-secondary" onClick={() => set('successors', draft.successors.filter((_, j) => j !== i))}>
                {t('reorg.removeSuccessor', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        <button type="button" class="button button-secondary" onClick={() => set('successors', [...draft.successors, blankSuccessor()])}>
          {t('reorg.addSuccessor')}
        </button>
      </fieldset>
      <fieldset class={errors.members ? 'field has-error' : 'field'}>
        <legend>{t('reorg.members')}</legend>
        {errors.members && <p class="field-error">{errors.members.join(' ')}</p>}
        {members.length === 0 && <p class="muted">{t('reorg.membersNone')}</p>}
        {members.map((user) => (
          <Field key={user.userId} id={`reorg-member-${user.userId}`} label={t('reorg.memberTo', { name: personLabel(user) })}>
            {successorSelect(`reorg-member-${user.userId}`, draft.members[user.userId] ?? '', (unitId) => set('members', { ...draft.members, [user.userId]: unitId }))}
          </Field>
        ))}
      </fieldset>
      <Field id="reorg-open-work" label={t('reorg.openWorkTo')} errors={errors.openWorkTo}>
        {successorSelect('reorg-open-work', draft.openWorkTo, (unitId) => set('openWorkTo', unitId))}
      </Field>
    </>
  );
}

/** The code, name and kind of a unit a merge or split creates. */
function SuccessorFields(props: { id: string; legend: string; value: SuccessorDraft; errors: string[] | undefined; onChange: (value: SuccessorDraft) => void }) {
  const { t } = useI18n();
  const { value } = props;
  return (
    <fieldset class={props.errors ? 'field has-error' : 'field'}>
      <legend>{props.legend}</legend>
      {props.errors && <p class="field-error">{props.errors.join(' ')}</p>}
      <div class="field-row">
        <Field id={`${props.id}-code`} label={t('unitForm.unitId')} hint={t('unitForm.unitIdHint')}>
          <input id={`${props.id}-code`} type="text" maxLength={64} autocomplete="off" spellcheck={false} value={value.unitId} onInput={(e) => props.onChange({ ...value, unitId: e.currentTarget.value })} />
        </Field>
        <Field id={`${props.id}-name`} label={t('units.name')}>
          <input id={`${props.id}-name`} type="text" maxLength={200} value={value.name} onInput={(e) => props.onChange({ ...value, name: e.currentTarget.value })} />
        </Field>
        <Field id={`${props.id}-kind`} label={t('units.kind')}>
          <UnitKindSelect id={`${props.id}-kind`} value={value.kind} onChange={(kind) => props.onChange({ ...value, kind })} />
        </Field>
      </div>
    </fieldset>
  );
}
