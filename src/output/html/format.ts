import type { Fact } from '../../schema/fact.js';

// 15 significant digits: enough for any figure in a report, and hides binary
// floating-point noise (164.2亿 computes as 16419999999.999998 → "16,420,000,000").
const NUMBER = new Intl.NumberFormat('en', { maximumSignificantDigits: 15 });

/** 237000 → "237,000". */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** The value a fact stands for, bounds included: "≥ 28,000 个", "10–15 家", "97 %". */
export function formatValue(fact: Fact): string {
  const unit = fact.unit ? ` ${fact.unit}` : '';
  const { min, max } = fact;
  if (min !== null && max !== null && min !== max) return `${formatNumber(min)}–${formatNumber(max)}${unit}`;
  const sign = fact.qualifier === 'over' ? '≥ ' : fact.qualifier === 'under' ? '≤ ' : fact.qualifier === 'approx' ? '≈ ' : '';
  return `${sign}${formatNumber(fact.value)}${unit}`;
}

/** The period with its ISO bounds: "今年以来 (--01-01 → …)". */
export function formatPeriod(fact: Fact): string {
  if (!fact.period && !fact.periodStart && !fact.periodEnd) return '—';
  const bounds = fact.periodStart || fact.periodEnd ? ` (${fact.periodStart ?? '…'} → ${fact.periodEnd ?? '…'})` : '';
  return `${fact.period ?? ''}${bounds}`.trim();
}

/** The lines of a highlight's tooltip, as plain text (the caller escapes them). */
export function describeFact(fact: Fact): string[] {
  const what = [fact.action, fact.object].filter(Boolean).join(' ');
  return [
    `${formatValue(fact)} · ${fact.metric}`,
    ...(what ? [`what: ${what}`] : []),
    `org: ${fact.org ?? '—'}${fact.region ? ` (${fact.region.code})` : ''}`,
    `period: ${formatPeriod(fact)}`,
    `rule: ${fact.rule}`,
  ];
}
