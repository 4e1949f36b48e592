/**
 * Scores extract() against corpus/composed/*.expected.json: each expected figure is
 * matched to the first unused fact whose text contains it (or is contained in it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import type { Fact } from '../../src/index.js';

interface Expected {
  text: string; metric: string | null; value?: number; min?: number | null; max?: number | null; qualifier?: string;
  org?: string | null; orgAliases?: string[]; periodStart?: string | null; periodEnd?: string | null;
}
/** A field the expectation states, and how many found figures agree on it. */
export interface FieldScore { stated: number; agree: number }
const FIELDS = ['value', 'bounds', 'org', 'period'] as const;
type Field = (typeof FIELDS)[number];
export interface ComposedScore {
  doc: string;
  /** Figures expected (plans excluded), and how many were found. */
  expected: number; found: number;
  /** Figures whose metric is scored, and how many got it. */
  scored: number; agree: number;
  /** Plans and targets expected not to be reported, and how many were. */
  plans: number; plansReported: number;
  /** Facts no expectation matched. */
  extra: number;
  /** Agreement on the fields an expectation states (value, bounds, org, period), over found figures. */
  fields: Record<Field, FieldScore>;
  lines: string[];
}

export function scoreComposed(dir: string): ComposedScore[] {
  const names = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, '')).sort();
  return names.map((name) => {
    const exp = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as { publishedAt?: string; facts: Expected[] };
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const facts: Fact[] = extract(text, { publishedAt: exp.publishedAt }).facts;
    const used = new Set<number>();
    let cursor = 0; // expectations are in text order: each is looked for after the one before
    const s: ComposedScore = { doc: name, expected: 0, found: 0, scored: 0, agree: 0, plans: 0, plansReported: 0, extra: 0, lines: [],
      fields: { value: { stated: 0, agree: 0 }, bounds: { stated: 0, agree: 0 }, org: { stated: 0, agree: 0 }, period: { stated: 0, agree: 0 } } };
    for (const x of exp.facts) {
      // As ANNOTATION.md scores: a fact whose span overlaps the expectation's (the 386个 planned is not the 386个 done later).
      const at = text.indexOf(x.text, cursor);
      if (at >= 0) cursor = at + x.text.length;
      const i = facts.findIndex((f, k) => !used.has(k) && (at >= 0 ? f.start < at + x.text.length && at < f.end : f.text.includes(x.text) || x.text.includes(f.text)));
      const plan = x.metric === 'not-a-fact';
      if (plan) s.plans++; else s.expected++;
      if (i < 0) { if (!plan) s.lines.push(`MISSED  ${x.text} [${x.metric}]`); continue; }
      used.add(i);
      const f = facts[i]!;
      if (plan) { s.plansReported++; s.lines.push(`PLAN    ${x.text} reported as ${f.metric}`); continue; }
      s.found++;
      for (const field of FIELDS) {
        const verdict = fieldAgrees(field, x, f);
        if (verdict === undefined) continue;
        s.fields[field].stated++;
        if (verdict) s.fields[field].agree++;
        else s.lines.push(`${field.toUpperCase().padEnd(7)} ${x.text}: ${showField(field, f)} ≠ ${showField(field, x)}`);
      }
      if (x.metric === null) continue;
      s.scored++;
      if (f.metric === x.metric) s.agree++;
      else s.lines.push(`METRIC  ${x.text}: ${f.metric} ≠ ${x.metric} (${f.action ?? '-'}/${f.object ?? '-'})`);
    }
    facts.forEach((f, k) => { if (!used.has(k)) { s.extra++; s.lines.push(`EXTRA   ${f.text} [${f.metric}]`); } });
    return s;
  });
}

/** Whether the fact agrees with the expectation on a field; undefined when the expectation does not state it. */
function fieldAgrees(field: Field, x: Expected, f: Fact): boolean | undefined {
  switch (field) {
    case 'value': return x.value === undefined ? undefined : sameNumber(x.value, f.value);
    case 'bounds':
      if (x.qualifier === undefined && x.min === undefined && x.max === undefined) return undefined;
      return (x.qualifier === undefined || x.qualifier === f.qualifier)
        && (x.min === undefined || sameNumber(x.min, f.min)) && (x.max === undefined || sameNumber(x.max, f.max));
    // As ANNOTATION.md scores it (and score.ts's orgOk): the org or one of its aliases, or both null.
    case 'org': return x.org === undefined ? undefined : x.org === null ? f.org === null : [x.org, ...(x.orgAliases ?? [])].some((name) => name === f.org);
    case 'period': return x.periodStart === undefined ? undefined : monthFirst(x.periodStart ?? null) === monthFirst(f.periodStart ?? null);
  }
}

/** The gold writes a month with no day as the month (从6月开始 → --06); a writer's 2024-11-01 for 去年11月以来 means the same. */
function monthFirst(iso: string | null): string | null {
  return iso && /^(?:\d{4}|-)-\d{2}$/.test(iso) ? `${iso}-01` : iso;
}

function sameNumber(a: number | null, b: number | null | undefined): boolean {
  if (a === null || b === null || b === undefined) return a === (b ?? null);
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
}

function showField(field: Field, v: Partial<Expected> | Fact): string {
  const o = v as Record<string, unknown>;
  switch (field) {
    case 'value': return String(o.value);
    case 'bounds': return `${String(o.qualifier)} ${String(o.min)}…${String(o.max)}`;
    case 'org': return String(o.org);
    case 'period': return `${String(o.periodStart)}/${String(o.periodEnd)}`;
  }
}

export function totalComposed(scores: ComposedScore[]) {
  const sum = (k: keyof ComposedScore) => scores.reduce((n, s) => n + (s[k] as number), 0);
  const expected = sum('expected'); const scored = sum('scored');
  const fields = Object.fromEntries(FIELDS.map((k) => {
    const stated = scores.reduce((n, s) => n + s.fields[k].stated, 0);
    const agree = scores.reduce((n, s) => n + s.fields[k].agree, 0);
    return [k, { stated, agree, share: stated ? agree / stated : 1 }];
  })) as Record<Field, FieldScore & { share: number }>;
  return {
    fields,
    expected, found: sum('found'), scored, agree: sum('agree'), plans: sum('plans'), plansReported: sum('plansReported'), extra: sum('extra'),
    recall: sum('found') / expected, metricAgreement: sum('agree') / scored,
  };
}
