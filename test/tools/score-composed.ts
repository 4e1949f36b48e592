/**
 * Scores extract() against corpus/composed/*.expected.json: each expected figure is
 * matched to the first unused fact whose text contains it (or is contained in it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import type { Fact } from '../../src/index.js';

interface Expected { text: string; metric: string | null; org?: string; periodStart?: string | null; periodEnd?: string | null }
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
  lines: string[];
}

export function scoreComposed(dir: string): ComposedScore[] {
  const names = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, '')).sort();
  return names.map((name) => {
    const exp = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as { publishedAt?: string; facts: Expected[] };
    const facts: Fact[] = extract(readFileSync(join(dir, `${name}.txt`), 'utf8'), { publishedAt: exp.publishedAt }).facts;
    const used = new Set<number>();
    const s: ComposedScore = { doc: name, expected: 0, found: 0, scored: 0, agree: 0, plans: 0, plansReported: 0, extra: 0, lines: [] };
    for (const x of exp.facts) {
      const i = facts.findIndex((f, k) => !used.has(k) && (f.text.includes(x.text) || x.text.includes(f.text)));
      const plan = x.metric === 'not-a-fact';
      if (plan) s.plans++; else s.expected++;
      if (i < 0) { if (!plan) s.lines.push(`MISSED  ${x.text} [${x.metric}]`); continue; }
      used.add(i);
      const f = facts[i]!;
      if (plan) { s.plansReported++; s.lines.push(`PLAN    ${x.text} reported as ${f.metric}`); continue; }
      s.found++;
      if (x.metric === null) continue;
      s.scored++;
      if (f.metric === x.metric) s.agree++;
      else s.lines.push(`METRIC  ${x.text}: ${f.metric} ≠ ${x.metric} (${f.action ?? '-'}/${f.object ?? '-'})`);
    }
    facts.forEach((f, k) => { if (!used.has(k)) { s.extra++; s.lines.push(`EXTRA   ${f.text} [${f.metric}]`); } });
    return s;
  });
}

export function totalComposed(scores: ComposedScore[]) {
  const sum = (k: keyof ComposedScore) => scores.reduce((n, s) => n + (s[k] as number), 0);
  const expected = sum('expected'); const scored = sum('scored');
  return {
    expected, found: sum('found'), scored, agree: sum('agree'), plans: sum('plans'), plansReported: sum('plansReported'), extra: sum('extra'),
    recall: sum('found') / expected, metricAgreement: sum('agree') / scored,
  };
}
