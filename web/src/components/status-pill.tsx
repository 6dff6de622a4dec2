import type { ComponentChildren } from 'preact';

/** A two-way state (active, open, sent) as a pill that the stylesheet colours on or off. */
export function StatusPill(props: { on: boolean; children: ComponentChildren }) {
  return <span class={props.on ? 'status status-on' : 'status status-off'}>{props.children}</span>;
}
