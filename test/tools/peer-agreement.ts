/**
 * Agreement with the Microsoft Recognizers-Text Chinese suites
 * (test/fixtures/recognizers-text: Number-NumberModel.json, Number-PercentModel.json):
 * a case agrees when we give the same values at the same starts as the peer
 * (End there is inclusive; we compare starts and values only). Cases the peer
 * marks NotSupported in JavaScript are skipped. Percent values compare in
 * percent: our `千分之一` (1 ‰) is the peer's 0.1 %.
 *
 * `npm run peer` prints the rate and the differing cases grouped by reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findQuantities, type Quantity } from '../../src/quantities/index.js';

interface PeerResult { Text: string; Start: number; End: number; Resolution?: { value?: string } }
interface PeerCase { Input: string; Results: PeerResult[]; NotSupported?: string; NotSupportedByDesign?: string }
export interface PeerDiff { suite: string; input: string; peer: string; ours: string; reason: string }
export interface PeerAgreement { cases: number; agree: number; rate: number; diffs: PeerDiff[] }

export const PEER_SUITES = ['Number-NumberModel.json', 'Number-PercentModel.json'] as const;

const peerValue = (r: PeerResult) => Number((r.Resolution?.value ?? 'NaN').replace('%', ''));
const ourValue = (q: Quantity) => (q.kind === 'permille' ? q.value / 10 : q.value);
const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

export function measurePeerAgreement(dir = 'test/fixtures/recognizers-text'): PeerAgreement {
  const out: PeerAgreement = { cases: 0, agree: 0, rate: 0, diffs: [] };
  for (const suite of PEER_SUITES) {
    const cases = JSON.parse(readFileSync(join(dir, suite), 'utf8')) as PeerCase[];
    for (const c of cases) {
      if (/javascript/i.test(`${c.NotSupported ?? ''} ${c.NotSupportedByDesign ?? ''}`)) continue;
      out.cases++;
      const ours = findQuantities(c.Input);
      const peer = c.Results ?? [];
      const same = peer.length === ours.length && peer.every((p, k) => p.Start === ours[k]!.start && close(peerValue(p), ourValue(ours[k]!)));
      if (same) { out.agree++; continue; }
      out.diffs.push({
        suite, input: c.Input,
        peer: peer.map((p) => `${p.Text}@${p.Start}=${p.Resolution?.value}`).join(' | '),
        ours: ours.map((q) => `${q.text}@${q.start}=${ourValue(q)}`).join(' | '),
        reason: classify(c.Input, peer, ours),
      });
    }
  }
  out.rate = out.cases ? out.agree / out.cases : 1;
  return out;
}

/** Why a case differs, by the form involved: most differences are on purpose (see docs/quantities.md). */
function classify(input: string, peer: PeerResult[], ours: Quantity[]): string {
  if (/[年月日点點时時]/.test(input) && /\d|[一二三四五六七八九十]/.test(input) && /[年月日]/.test(input)) return 'date: we drop dates';
  if (/第/.test(input)) return 'ordinal: we drop ordinals';
  if (/[折成]/.test(input)) return 'discount 折 / tenths 成';
  if (/又|分之|\//.test(input)) return 'fraction';
  if (/\^|[eE][-+]?\d|\d[kKmM]\b|\d\s*[kKmM]/.test(input)) return 'exponent or k/M suffix';
  if (/[打对對双雙]/.test(input)) return 'dozen or pair classifier';
  if (ours.length < peer.length) return 'bare numeral we refuse (inside a word, or alone in running text)';
  if (ours.length > peer.length) return 'we find more (a range or qualifier the peer drops)';
  return 'value or start differs';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = measurePeerAgreement();
  console.log(`peer agreement: ${r.agree}/${r.cases} = ${(100 * r.rate).toFixed(1)}%`);
  const groups = new Map<string, PeerDiff[]>();
  for (const d of r.diffs) groups.set(d.reason, [...(groups.get(d.reason) ?? []), d]);
  for (const [reason, diffs] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n## ${reason} (${diffs.length})`);
    for (const d of diffs) console.log(`  ${JSON.stringify(d.input)}\n    peer: ${d.peer || '—'}\n    ours: ${d.ours || '—'}`);
  }
}
