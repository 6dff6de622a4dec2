import { useCallback, useState } from 'preact/hooks';
import type { Attachment } from '../../../../shared/reporting/model.ts';
import { useApp } from '../../app-context.ts';
import { AppForm } from '../../components/app-form.tsx';
import { AttachmentsField } from './attachments-field.tsx';
import { ResourceStatus } from '../../components/error-message.tsx';
import { FormErrors } from '../../components/form-errors.tsx';
import { SubmitActions } from '../../components/submit-actions.tsx';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { attachmentRefs, formatSize } from './attachments.ts';
import { bodyPath, fieldErrorsOf, hasFieldErrors } from '../../api/field-errors.ts';
import { Field } from '../../components/field.tsx';
import { useResource } from '../../use-resource.ts';
import type { ObstacleView } from '../../api/types.ts';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';
import { useMutation } from '../../use-mutation.ts';

/** `#/obstacles`: a unit reports a vướng mắc to the office; the list shows the unit's own, or all units' to the office. */
export function ObstaclesPage() {
  const { api, me } = useApp();
  const { t } = useI18n();
  const [reloads, setReloads] = useState(0);
  const seesAll = me.roles.some((role) => role === 'office' || role === 'leader');
  const reports = me.roles.includes('reporter') && !!me.user.unitId;
  const data = useResource(async () => {
    const [obstacles, units] = await Promise.all([api.call(REPORTING_ROUTES.listObstacles), api.call(ORGANIZATION_ROUTES.listUnits)]);
    return { obstacles: obstacles.items, unitNames: new Map(units.items.map((unit) => [unit.unitId, unit.name])) };
  }, [api, reloads]);

  return (
    <>
      <h1>{t('obstacles.title')}</h1>
      <p class="lead">{t('obstacles.intro')}</p>
      {reports && <ObstacleForm onSent={() => setReloads((n) => n + 1)} />}
      <h2>{!seesAll && me.unit ? t('obstacles.listUnit', { unit: me.unit.name }) : t('obstacles.list')}</h2>
      <ResourceStatus resource={data} />
      {data.state === 'ready' &&
        (data.data.obstacles.length === 0 ? (
          <p class="empty-state">{t('obstacles.empty')}</p>
        ) : (
          <>
            <p class="muted">{t('obstacles.count', { count: data.data.obstacles.length })}</p>
            <ol class="obstacle-list">
              {[...data.data.obstacles]
                .sort((a, b) => b.reportedAt.localeCompare(a.reportedAt))
                .map((obstacle) => (
                  <ObstacleItem key={obstacle.obstacleId} obstacle={obstacle} unitName={data.data.unitNames.get(obstacle.unitId) ?? obstacle.unitId} showUnit={seesAll} />
                ))}
            </ol>
          </>
        ))}
    </>
  );
}

function ObstacleItem(props: { obstacle: ObstacleView; unitName: string; showUnit: boolean }) {
  const { t, language } = useI18n();
  const { obstacle } = props;
  return (
    <li class="obstacle panel">
      <h3>{obstacle.title}</h3>
      <p class="obstacle-meta muted">
        {props.showUnit && <>{props.unitName} · </>}
        {formatDateTime(obstacle.reportedAt)} · {t(`reporting.channel.${obstacle.channel}`)}
      </p>
      <p class="narrative">{obstacle.description}</p>
      {obstacle.attachments.length > 0 && (
        <ul class="attachment-list">
          {obstacle.attachments.map((attachment) => (
            <li key={attachment.key} class="attachment">
              <span class="attachment-name">{attachment.filename}</span>
              <span class="attachment-meta">{formatSize(attachment.size, language)}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function ObstacleForm(props: { onSent: () => void }) {
  const { api } = useApp();
  const { t, language } = useI18n();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const { busy, error, run } = useMutation();
  const [sent, setSent] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const onBusy = useCallback((value: boolean) => setUploading(value), []);

  const errors = fieldErrorsOf(error, language, (path) => {
    const field = bodyPath(path)?.[0];
    return field === 'title' || field === 'description' || field === 'attachments' ? field : null;
  });

  const submit = async () => {
    if (busy || uploading) return;
    setSent(null);
    await run(async () => {
      const obstacle = await api.call(REPORTING_ROUTES.reportObstacle, { body: { title: title.trim(), description: description.trim(), attachments: attachmentRefs(attachments) } });
      setSent(t('obstacles.sent', { title: obstacle.title }));
      setTitle('');
      setDescription('');
      setAttachments([]);
      setFormKey((n) => n + 1);
      props.onSent();
    });
  };

  return (
    <section class="panel" aria-labelledby="obstacle-form-title">
      <h2 id="obstacle-form-title">{t('obstacles.formTitle')}</h2>
      {sent && (
        <p class="notice notice-ok" role="status">
          {sent}
        </p>
      )}
      <FormErrors title={t('obstacles.invalid')} hasFieldErrors={hasFieldErrors(errors)} general={errors.general} error={error} />
      <AppForm onSubmit={submit}>
        <Field id="obstacle-title" label={t('obstacles.titleLabel')} errors={errors.fields.title} hint={t('obstacles.titleHint')}>
          <input id="obstacle-title" type="text" maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </Field>
        <Field id="obstacle-description" label={t('obstacles.description')} errors={errors.fields.description} hint={t('obstacles.descriptionHint')}>
          <textarea id="obstacle-description" rows={5} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        </Field>
        <AttachmentsField key={formKey} id="obstacle-attachments" attachments={attachments} onChange={setAttachments} onBusy={onBusy} disabled={busy} errors={errors.fields.attachments} />
        <SubmitActions busy={busy} disabled={busy || uploading} label={t('obstacles.submit')} busyLabel={t('obstacles.submitting')} />
      </AppForm>
    </section>
  );
}
