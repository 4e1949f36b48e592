/**
 * Attribution measured on every gold fact, independent of the rules engine: each
 * gold fact's span becomes a target, attribute() runs on the normalised page, and
 * org (org or an alias) and periodStart are compared as test/tools/score.ts does.
 * `npx tsx test/attribution/gold-harness.ts` lists the misses.
 */
import { attribute } from '../../src/attribution/index.js';
import { normalizeText } from '../../src/normalize/index.js';
import { splitDocument } from '../../src/split/index.js';
import { createJiebaSegmenter } from '../../src/words/jieba-segmenter.js';
import { locateGold, readGold } from '../tools/score.js';

export interface GoldAttributionRow { doc: string; text: string; context: string; ok: { org: boolean; period: boolean }; got: string; want: string }

export function scoreGoldAttribution(includeOptional = false): { rows: GoldAttributionRow[]; org: number; period: number } {
  const segmenter = createJiebaSegmenter();
  const rows: GoldAttributionRow[] = [];
  for (const set of ['seeds', 'synthetic']) {
    for (const { gold, text } of readGold(`corpus/gold/${set}`, `corpus/${set}`)) {
      const norm = normalizeText(text);
      const doc = splitDocument(norm.text);
      // Map original offsets to normalised ones (the map is monotonic).
      const toNorm = (o: number) => { let i = 0; while (i < norm.text.length && norm.offsets[i]! < o) i++; return i; };
      const facts = gold.facts.filter((f) => includeOptional || !f.optional).map((f) => locateGold(text, f));
      const targets = facts.map((f) => {
        const start = toNorm(f.start);
        const clause = doc.clauses.find((c) => c.start <= start && start < c.end) ?? doc.clauses[doc.clauses.length - 1]!;
        const sentence = doc.sentences[clause.sentenceIndex]!;
        const paragraph = doc.paragraphs[sentence.paragraphIndex]!;
        return { start, end: toNorm(f.end), clauseIndex: clause.index, sentenceIndex: sentence.index, paragraphIndex: paragraph.index, articleIndex: sentence.articleIndex };
      });
      const got = attribute(doc, targets, { publishedAt: gold.publishedAt, segmenter });
      facts.forEach((f, i) => {
        const a = got[i]!;
        const names = [f.org, ...(f.orgAliases ?? [])];
        const org = f.org === null ? a.org === null : names.includes(a.org);
        const period = (a.periodStart ?? null) === (f.periodStart ?? null);
        rows.push({ doc: gold.doc, text: f.text, context: f.context ?? '', ok: { org, period },
          got: `${a.org} | ${a.period} ${a.periodStart}/${a.periodEnd}`, want: `${f.org} | ${f.period} ${f.periodStart}/${f.periodEnd}` });
      });
    }
  }
  const rate = (k: 'org' | 'period') => rows.filter((r) => r.ok[k]).length / rows.length;
  return { rows, org: rate('org'), period: rate('period') };
}

if (process.argv[1]?.endsWith('gold-harness.ts')) {
  const { rows, org, period } = scoreGoldAttribution(process.argv.includes('--optional'));
  for (const r of rows) if (!r.ok.org || !r.ok.period) console.log(`${r.doc} ${r.text} «${r.context}»${r.ok.org ? '' : ' ORG'}${r.ok.period ? '' : ' PERIOD'}\n    got  ${r.got}\n    want ${r.want}`);
  console.log(`facts ${rows.length}  org ${(org * 100).toFixed(1)}  period ${(period * 100).toFixed(1)}`);
}
