/** HTML that has been escaped or built from escaped parts; anything else interpolated is escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const render = (value: unknown): string => {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
};

/**
 * Tagged template for e-mail HTML: every interpolated value is escaped unless it is itself `html`.
 * @example html`<p>${'<script>'}</p>`.value // '<p>&lt;script&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]) : ''), ''));
}

/** A complete, mail-client-friendly document around `body`. */
export function emailDocument(title: string, body: SafeHtml): string {
  return html`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #1a1a1a; line-height: 1.5">${body}</body></html>`.value;
}
