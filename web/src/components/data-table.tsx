import type { ComponentChildren } from 'preact';

/**
 * The app's table: scrolls sideways inside `.table-wrap` on narrow screens, with a caption that may carry
 * a count under it, and one column header per entry of `columns`. The rows are the children.
 */
export function DataTable(props: {
  caption?: ComponentChildren;
  count?: ComponentChildren;
  class?: string;
  columns: readonly ComponentChildren[];
  children: ComponentChildren;
}) {
  return (
    <div class="table-wrap">
      <table class={props.class}>
        {props.caption !== undefined && (
          <caption>
            {props.caption}
            {props.count !== undefined && <span class="caption-count">{props.count}</span>}
          </caption>
        )}
        <thead>
          <tr>
            {props.columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
