import { METRIC_KEYS, type Metric } from '../../schema/fact.js';

/**
 * A background (light, so black text stays readable, WCAG AA) and an underline
 * colour (dark) per metric key, in the taxonomy's order. Related metrics share a
 * hue family (hazards in oranges, inspections in blues) so a page reads at a glance.
 */
export const METRIC_COLOURS: Record<Metric, { background: string; line: string }> = {
  'hazards.found': { background: '#ffe0b2', line: '#e65100' },
  'hazards.rectified': { background: '#fff3b0', line: '#a08000' },
  'hazards.pending': { background: '#ffccbc', line: '#bf360c' },
  'hazards.rectification_rate': { background: '#f0f4c3', line: '#827717' },
  'inspections.targets': { background: '#bbdefb', line: '#0d47a1' },
  'inspections.rounds': { background: '#b3e5fc', line: '#01579b' },
  'inspections.teams': { background: '#c5cae9', line: '#1a237e' },
  'personnel.deployed': { background: '#d1c4e9', line: '#4527a0' },
  'enforcement.fines': { background: '#f8bbd0', line: '#880e4f' },
  'enforcement.actions': { background: '#ffcdd2', line: '#b71c1c' },
  'publicity.events': { background: '#c8e6c9', line: '#1b5e20' },
  'publicity.reach': { background: '#dcedc8', line: '#33691e' },
  'emergency.resources': { background: '#b2dfdb', line: '#004d40' },
  accidents: { background: '#e0e0e0', line: '#212121' },
  trend: { background: '#d7ccc8', line: '#3e2723' },
  other: { background: '#eeeeee', line: '#757575' },
};

/** CSS class of a metric: `m-hazards-found`. Metric keys are a closed list, so no escaping is needed. */
export function metricClass(metric: Metric): string {
  return `m-${metric.replace(/[._]/g, '-')}`;
}

/** One CSS rule per metric, giving its colours to highlights, legend swatches and bars. */
export function metricColourRules(): string {
  return METRIC_KEYS.map((m) => {
    const c = METRIC_COLOURS[m];
    return `.${metricClass(m)}{--bg:${c.background};--line:${c.line}}`;
  }).join('\n');
}
