import { cloneElement, isValidElement, type ComponentChildren, type VNode } from 'preact';

/**
 * A labelled form control, the one way every form lays it out: the label, the field's errors, the
 * control, its hint. The control (the one child) is tied to them for screen readers: `aria-invalid` while
 * there are errors, `aria-describedby` naming the errors (`<id>-error`) and the hint (`<id>-hint`), unless
 * the control sets its own.
 */
export function Field(props: { id: string; label: ComponentChildren; errors?: readonly string[] | undefined; hint?: string | undefined; children: ComponentChildren }) {
  const errors = props.errors && props.errors.length > 0 ? props.errors : null;
  const describedBy = [errors ? `${props.id}-error` : '', props.hint ? `${props.id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const control = isValidElement(props.children) ? tie(props.children, errors !== null, describedBy) : props.children;
  return (
    <div class={errors ? 'field has-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {errors && (
        <p class="field-error" id={`${props.id}-error`}>
          {errors.join(' ')}
        </p>
      )}
      {control}
      {props.hint && (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
    </div>
  );
}

function tie(control: VNode, invalid: boolean, describedBy: string | undefined): VNode {
  const own = control.props as Record<string, unknown>;
  return cloneElement(control, {
    'aria-invalid': own['aria-invalid'] ?? (invalid || undefined),
    'aria-describedby': own['aria-describedby'] ?? describedBy,
  });
}
