import { ZhReportMetricsError } from '../errors.js';
import { ExtractOptionsSchema, type ExtractOptions } from './options.js';
import { RuleSchema, type ParsedRule, type Rule } from './rule.js';

/** Validates options; a bad field throws a coded error that names it (`invalid rule rules[0].metric: …`). */
export function parseOptions(options: unknown): ExtractOptions {
  const parsed = ExtractOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = formatPath(issue.path);
    if (issue.path[0] === 'rules') throw new ZhReportMetricsError('ZRM_INVALID_RULE', `invalid rule ${path}: ${issue.message}`);
    throw new ZhReportMetricsError('ZRM_INVALID_OPTIONS', `invalid option ${path || '(options)'}: ${issue.message}`);
  }
  return parsed.data as ExtractOptions;
}

/** ['rules', 0, 'metric'] → rules[0].metric */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

export function parseRules(rules: Rule[] | undefined): ParsedRule[] {
  return (rules ?? []).map((rule) => RuleSchema.parse(rule)); // already validated by parseOptions
}
