/**
 * Scores extracted facts against gold files, as corpus/gold/ANNOTATION.md says:
 * a prediction matches a gold fact when their spans overlap and their values are
 * equal (1e-6 relative); each gold fact matches at most one prediction; gold facts
 * marked optional, and predictions matching them, are skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fact } from '../../src/schema/fact.js';

export interface GoldFact {
  text: string; context?: string; start?: number; end?: number;
  value: number; min: number | null; max: number | null; qualifier: string; unit: string | null;
  metric: string; action: string | null; object: string | null;
  org: string | null; orgAliases?: string[]; period: string | null; periodStart: string | null; periodEnd: string | null;
  optional?: boolean; repeated?: boolean;
}
export interface GoldDoc { doc: string; publishedAt: string | null; facts: GoldFact[] }
export interface LocatedGold extends GoldFact { start: number; end: number }

export interface Pair { gold: LocatedGold; pred: Fact }
export interface DocScore {
  doc: string; tp: number; fp: number; fn: number;
  pairs: Pair[]; misses: LocatedGold[]; falsePositives: Fact[];
}
export interface Totals {
  tp: number; fp: number; fn: number; precision: number; recall: number; f1: number;
  metricAccuracy: number; orgAccuracy: number; periodAccuracy: number; boundsAccuracy: number; matched: number;
}

export function locateGold(text: string, f: GoldFact): LocatedGold {
  if (f.start != null && f.end != null) return { ...f, start: f.start, end: f.end };
  const at = text.indexOf(f.context!);
  if (at < 0) throw new Error(`gold context not in text: ${f.context}`);
  const start = at + f.context!.indexOf(f.text);
  return { ...f, start, end: start + f.text.length };
}

const sameValue = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function scoreDoc(doc: string, text: string, gold: GoldFact[], preds: Fact[]): DocScore {
  const golds = gold.map((g) => locateGold(text, g)).sort((a, b) => a.start - b.start);
  const used = new Set<number>();
  const pairs: Pair[] = [];
  const misses: LocatedGold[] = [];
  const optionalHits = new Set<number>();
  for (const g of golds) {
    let best = -1;
    for (let i = 0; i < preds.length; i++) {
      if (used.has(i)) continue;
      const p = preds[i]!;
      if (overlaps(p, g) && sameValue(p.value, g.value)) { best = i; break; }
    }
    if (best >= 0) {
      used.add(best);
      if (g.optional) optionalHits.add(best);
      else pairs.push({ gold: g, pred: preds[best]! });
    } else if (!g.optional) misses.push(g);
  }
  const falsePositives = preds.filter((_, i) => !used.has(i));
  return { doc, tp: pairs.length, fp: falsePositives.length, fn: misses.length, pairs, misses, falsePositives };
}

export const metricOk = (p: Pair) => p.pred.metric === p.gold.metric;
export const orgOk = (p: Pair) => {
  const names = [p.gold.org, ...(p.gold.orgAliases ?? [])];
  return p.gold.org === null ? p.pred.org === null : names.includes(p.pred.org);
};
export const periodOk = (p: Pair) => (p.pred.periodStart ?? null) === (p.gold.periodStart ?? null);
export const boundsOk = (p: Pair) =>
  p.pred.qualifier === p.gold.qualifier && (p.pred.min ?? null) === (p.gold.min ?? null) && (p.pred.max ?? null) === (p.gold.max ?? null);

export function totals(scores: DocScore[]): Totals {
  const tp = scores.reduce((s, d) => s + d.tp, 0);
  const fp = scores.reduce((s, d) => s + d.fp, 0);
  const fn = scores.reduce((s, d) => s + d.fn, 0);
  const pairs = scores.flatMap((d) => d.pairs);
  const rate = (ok: (p: Pair) => boolean) => (pairs.length ? pairs.filter(ok).length / pairs.length : 1);
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {
    tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    metricAccuracy: rate(metricOk), orgAccuracy: rate(orgOk), periodAccuracy: rate(periodOk), boundsAccuracy: rate(boundsOk),
    matched: pairs.length,
  };
}

/** Reads every gold file of `goldDir` with its text from `textDir`. */
export function readGold(goldDir: string, textDir: string): { gold: GoldDoc; text: string }[] {
  return readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldDoc;
    return { gold, text: readFileSync(join(textDir, gold.doc), 'utf8') };
  });
}

export type ExtractFn = (text: string, opts: { docId: string; publishedAt: string | null }) => { facts: Fact[] };

export function scoreSet(goldDir: string, textDir: string, extractFn: ExtractFn): { scores: DocScore[]; totals: Totals } {
  const scores = readGold(goldDir, textDir).map(({ gold, text }) =>
    scoreDoc(gold.doc, text, gold.facts, extractFn(text, { docId: gold.doc, publishedAt: gold.publishedAt }).facts));
  return { scores, totals: totals(scores) };
}
