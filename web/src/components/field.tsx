import type { ComponentChildren } from 'preact';

/** A labelled form control, with its errors above it and an optional hint below. */
export function Field(props: { id: string; label: string; errors?: string[] | undefined; hint?: string; children: ComponentChildren }) {
  return (
    <div class={props.errors ? 'field has-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.errors && <p class="field-error">{props.errors.join(' ')}</p>}
      {props.children}
      {props.hint && <span class="hint">{props.hint}</span>}
    </div>
  );
}
