import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../i18n/dictionaries.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The tones of a badge. The words always say the state; the tone (and the symbol, where there is one)
 * repeats it for the eye: `success` done or in order, `warning` needs attention, `danger` overdue, `late`
 * done late, `missing` never came, `active` under way, `neutral` waiting, `off` closed or not running,
 * `own` the viewer's own. `styles.css` colours each as `.badge-<tone>`.
 */
export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'late' | 'missing' | 'active' | 'off' | 'own';

/** A state in words, coloured by its tone: the one badge of the app. `status` is the machine value, for tests and styles. */
export function Badge(props: { tone: BadgeTone; symbol?: string; status?: string; children: ComponentChildren }) {
  return (
    <span class={`badge badge-${props.tone}`} data-status={props.status}>
      {props.symbol && (
        <span aria-hidden="true" class="badge-symbol">
          {props.symbol}
        </span>
      )}
      {props.children}
    </span>
  );
}

/** How a badge shows one value of a status: its tone, its symbol and its words. */
export interface BadgeLook {
  tone: BadgeTone;
  symbol: string;
  label: MessageKey;
}

/** A status through its look: readable without colour, and by screen readers as words only. */
export function LookBadge(props: { status: string; look: BadgeLook }) {
  const { t } = useI18n();
  return (
    <Badge tone={props.look.tone} symbol={props.look.symbol} status={props.status}>
      {t(props.look.label)}
    </Badge>
  );
}
