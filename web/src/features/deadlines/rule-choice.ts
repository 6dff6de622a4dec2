import { resolvePeriod, type ExtensionLimit, type Rule } from '../../../../shared/deadlines/rules.ts';

/**
 * The rule list as the API returns it holds every version of every rule; the calculator offers one entry
 * per rule id, the version in force on the trigger date, grouped by the law it comes from.
 */
export function ruleInForce(rules: readonly Rule[], ruleId: string, date: string): Rule | undefined {
  const versions = rules.filter((rule) => rule.id === ruleId).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return (
    versions.find((rule) => rule.effectiveFrom <= date && (rule.effectiveUntil === null || date <= rule.effectiveUntil)) ??
    // Before the first version or after the last one ended: show the nearest, the server will say why it refuses.
    (versions[0] && date < versions[0].effectiveFrom ? versions[0] : versions.at(-1))
  );
}

export interface LawGroup {
  law: string;
  rules: Rule[];
}

/** One version per rule id (in force on `date`), grouped by law in first-seen order, rules by id. */
export function groupRulesByLaw(rules: readonly Rule[], date: string): LawGroup[] {
  const ids = [...new Set(rules.map((rule) => rule.id))].sort();
  const groups = new Map<string, Rule[]>();
  for (const id of ids) {
    const rule = ruleInForce(rules, id, date);
    if (!rule) continue;
    const list = groups.get(rule.source.law) ?? [];
    list.push(rule);
    groups.set(rule.source.law, list);
  }
  return [...groups].map(([law, list]) => ({ law, rules: list })).sort((a, b) => a.law.localeCompare(b.law, 'vi'));
}

/** The variants offered as checkboxes: combinations (`remote-complex`) are chosen by ticking their parts. */
export function baseVariants(rule: Rule): string[] {
  return Object.entries(rule.variants)
    .filter(([, variant]) => !variant.combines)
    .map(([name]) => name);
}

/** What the chosen variants give, or null when the rule has no such combination (the server says why). */
export function chosenPeriod(rule: Rule, variants: readonly string[]): { period: number; variant: string | null; extensions: ExtensionLimit } | null {
  try {
    return resolvePeriod(rule, variants);
  } catch {
    return null;
  }
}
