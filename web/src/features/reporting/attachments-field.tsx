import { useEffect, useRef, useState } from 'preact/hooks';
import type { Attachment } from '../../../../shared/reporting/model.ts';
import { ApiError, ConnectionError } from '../../api/errors.ts';
import { useApp } from '../../app-context.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ACCEPT, attachmentProblem, formatSize } from './attachments.ts';
import { UploadFailedError, uploadAttachment } from './upload.ts';

interface Pending {
  id: number;
  name: string;
  progress: number;
  /** Set when the upload failed: the message to show. */
  failure?: string;
}

/**
 * Attachments of a report or an obstacle: pick a file, watch it upload, remove it. The parent holds
 * the uploaded ones; `onBusy` tells it when an upload is still running (nothing is sent meanwhile).
 */
export function AttachmentsField(props: {
  id: string;
  attachments: readonly Attachment[];
  onChange: (next: Attachment[]) => void;
  onBusy: (busy: boolean) => void;
  disabled?: boolean;
  errors?: readonly string[];
}) {
  const { api } = useApp();
  const { t, language } = useI18n();
  const [pending, setPending] = useState<Pending[]>([]);
  const counter = useRef(0);
  const latest = useRef(props.attachments);
  latest.current = props.attachments;
  const { onBusy } = props;
  const uploading = pending.some((item) => item.failure === undefined);
  useEffect(() => onBusy(uploading), [uploading, onBusy]);

  const update = (id: number, change: Partial<Pending>) => setPending((items) => items.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const add = (files: FileList | null) => {
    if (!files) return;
    let count = latest.current.length + pending.filter((item) => item.failure === undefined).length;
    for (const file of [...files]) {
      const id = ++counter.current;
      const problem = attachmentProblem(file, count);
      if (problem) {
        setPending((items) => [...items, { id, name: file.name, progress: 0, failure: t(`attachments.problem.${problem}`, { name: file.name }) }]);
        continue;
      }
      count++;
      setPending((items) => [...items, { id, name: file.name, progress: 0 }]);
      uploadAttachment(api, file, (progress) => update(id, { progress })).then(
        (attachment) => {
          setPending((items) => items.filter((item) => item.id !== id));
          props.onChange([...latest.current, attachment]);
        },
        (error: unknown) => {
          let failure = t('attachments.failed');
          if (error instanceof ApiError) failure = language === 'vi' ? error.messageVi : error.messageEn;
          else if (error instanceof UploadFailedError) failure = error.status === 0 ? t('error.network') : t('attachments.problem.storage', { status: error.status });
          else if (error instanceof ConnectionError) failure = t('error.network');
          update(id, { failure });
        },
      );
    }
  };

  const errorId = `${props.id}-error`;
  return (
    <div class={props.errors?.length ? 'field attachments has-error' : 'field attachments'}>
      <label for={props.id}>{t('attachments.label')}</label>
      <p class="hint" id={`${props.id}-hint`}>
        {t('attachments.hint')}
      </p>
      {props.errors && props.errors.length > 0 && (
        <p class="field-error" id={errorId}>
          {props.errors.join(' ')}
        </p>
      )}
      <ul class="attachment-list" aria-live="polite">
        {props.attachments.map((attachment) => (
          <li key={attachment.key} class="attachment">
            <span class="attachment-name">{attachment.filename}</span>
            <span class="attachment-meta">
              {formatSize(attachment.size, language)} · <span class="attachment-ok">{t('attachments.uploaded')}</span>
            </span>
            {!props.disabled && (
              <button
                type="button"
                class="button-link"
                aria-label={t('attachments.remove', { name: attachment.filename })}
                onClick={() => props.onChange(latest.current.filter((item) => item.key !== attachment.key))}
              >
                {t('attachments.removeShort')}
              </button>
            )}
          </li>
        ))}
        {pending.map((item) => (
          <li key={item.id} class={item.failure ? 'attachment attachment-failed' : 'attachment attachment-uploading'}>
            <span class="attachment-name">{item.name}</span>
            {item.failure ? (
              <>
                <span class="attachment-meta" role="alert">
                  {item.failure}
                </span>
                <button type="button" class="button-link" onClick={() => setPending((items) => items.filter((other) => other.id !== item.id))}>
                  {t('attachments.dismiss')}
                </button>
              </>
            ) : (
              <span class="attachment-meta">
                <progress max={100} value={Math.round(item.progress * 100)} aria-label={item.name} />{' '}
                {t('attachments.uploading', { percent: Math.round(item.progress * 100) })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {!props.disabled && (
        <input
          id={props.id}
          type="file"
          accept={ACCEPT}
          multiple
          aria-describedby={`${props.id}-hint${props.errors?.length ? ` ${errorId}` : ''}`}
          onChange={(event) => {
            const input = event.currentTarget;
            add(input.files);
            input.value = '';
          }}
        />
      )}
    </div>
  );
}
