import { localInstant } from '../../../../shared/time-zone.ts';

/**
 * The calculator's inputs, as they live in the hash query (`#/deadlines/calculator?ruleId=…&date=…`) so a
 * computation can be bookmarked and shared, and the API query they become.
 */
export interface CalculatorInput {
  ruleId: string;
  /** Local date of the triggering event, `YYYY-MM-DD`. */
  date: string;
  /** Optional local time `HH:mm` (Asia/Ho_Chi_Minh): 23:59 and 00:01 fall on different days. */
  time: string;
  variants: string[];
  extensions: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Reads the hash query; anything unreadable is dropped rather than guessed. */
export function parseCalculatorQuery(query: string): CalculatorInput {
  const params = new URLSearchParams(query);
  const date = params.get('date') ?? '';
  const time = params.get('time') ?? '';
  const extensions = Number(params.get('extensions') ?? '0');
  return {
    ruleId: params.get('ruleId') ?? '',
    date: DATE.test(date) ? date : '',
    time: TIME.test(time) ? time : '',
    variants: splitVariants(params.get('variants') ?? ''),
    extensions: Number.isInteger(extensions) && extensions >= 0 ? extensions : 0,
  };
}

function splitVariants(text: string): string[] {
  return [...new Set(text.split(',').map((name) => name.trim()).filter(Boolean))].sort();
}

/** The hash query for `input`, for `href`/`navigate`: only the fields that are set. */
export function calculatorQuery(input: CalculatorInput): Record<string, string> {
  return {
    ruleId: input.ruleId,
    date: input.date,
    time: input.date ? input.time : '',
    variants: [...input.variants].sort().join(','),
    extensions: input.extensions > 0 ? String(input.extensions) : '',
  };
}

/**
 * The `trigger` the API expects: the date alone, or the instant in Vietnam's offset when a time is given.
 * `triggerOf('2024-02-07', '23:59')` → `'2024-02-07T23:59:00+07:00'`.
 */
export function triggerOf(date: string, time: string): string {
  return time ? localInstant(date, time) : date;
}

/** The query of `GET /deadlines/preview` for complete inputs, null while a rule or the date is missing. */
export function previewQuery(input: CalculatorInput): PreviewQuery | null {
  if (!input.ruleId || !DATE.test(input.date)) return null;
  return {
    ruleId: input.ruleId,
    trigger: triggerOf(input.date, input.time),
    ...(input.variants.length > 0 ? { variants: [...input.variants].sort().join(',') } : {}),
    ...(input.extensions > 0 ? { extensions: String(input.extensions) } : {}),
  };
}

export interface PreviewQuery {
  ruleId: string;
  trigger: string;
  variants?: string;
  extensions?: string;
}
