import type { ComponentChildren } from 'preact';

/** The form around a list's filters: they apply as they change, so it never submits. */
export function FilterBar(props: { label: string; children: ComponentChildren }) {
  return (
    <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label={props.label}>
      {props.children}
    </form>
  );
}

/** One filter: "all" (the empty value) first, then one option per choice. */
export function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  allLabel: string;
  options: readonly { value: string; label: ComponentChildren }[];
  onChange: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        <option value="">{props.allLabel}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
