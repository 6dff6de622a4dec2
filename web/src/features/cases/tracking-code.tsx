import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n.tsx';

/** A tracking code shown once: large, selectable, with a copy button and what to do with it. */
export function TrackingCode(props: { code: string; note: string; print?: boolean }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.code);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions, plain HTTP): the code stays selectable on screen.
      setCopied(false);
    }
  };
  return (
    <section class="tracking-code" aria-labelledby="tracking-code-title">
      <h2 id="tracking-code-title">{t('tracking.title')}</h2>
      <p class="tracking-code-value" data-testid="tracking-code">
        {props.code}
      </p>
      <p class="tracking-code-note">{props.note}</p>
      <div class="form-actions">
        <button type="button" class="button button-secondary" onClick={() => void copy()}>
          {copied ? `✓ ${t('tracking.copied')}` : t('tracking.copy')}
        </button>
        {props.print && (
          <button type="button" class="button button-secondary" onClick={() => window.print()}>
            {t('tracking.print')}
          </button>
        )}
      </div>
    </section>
  );
}
