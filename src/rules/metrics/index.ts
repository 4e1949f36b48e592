import type { Rule } from '../../schema/rule.js';
import type { MetricFamily } from './types.js';
import { HAZARDS } from './hazards.js';
import { INSPECTIONS } from './inspections.js';
import { PERSONNEL } from './personnel.js';
import { ENFORCEMENT } from './enforcement.js';
import { PUBLICITY } from './publicity.js';
import { EMERGENCY } from './emergency.js';
import { ACCIDENTS } from './accidents.js';
import { TREND } from './trend.js';
import { OTHER } from './other.js';

/** Every metric family, each with its rules and its examples (run by test/rules/metrics.test.ts). */
export const METRIC_FAMILIES: Readonly<Record<string, MetricFamily>> = {
  hazards: HAZARDS, inspections: INSPECTIONS, personnel: PERSONNEL, enforcement: ENFORCEMENT,
  publicity: PUBLICITY, emergency: EMERGENCY, accidents: ACCIDENTS, trend: TREND, other: OTHER,
};

/** The built-in rules, in family order. */
export const BUILTIN_RULES: readonly Rule[] = Object.values(METRIC_FAMILIES).flatMap((f) => f.rules);
