import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// Smoke test of what npm publishes: `npm test` builds dist/ first.
const dist = resolve('dist');
const SENTENCE = '全市共排查各类安全隐患23.7万项，整改23万项，整改率97%。';

describe('built package', () => {
  it('has ESM, CJS, declarations and the fact JSON Schema', () => {
    for (const f of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'quantities.js', 'quantities.cjs', 'cli.js', 'fact.schema.json']) {
      expect(existsSync(resolve(dist, f)), f).toBe(true);
    }
    const schema = JSON.parse(readFileSync(resolve(dist, 'fact.schema.json'), 'utf8'));
    expect(schema.properties.metric.enum).toContain('hazards.found');
    expect(schema.required).toContain('start');
  });

  it('extracts through the ESM bundle', async () => {
    const mod = await import(pathToFileURL(resolve(dist, 'index.js')).href);
    expect(mod.extract(SENTENCE).facts[0].value).toBe(237000);
  });

  it('extracts through the CJS bundle', () => {
    const require = createRequire(import.meta.url);
    const mod = require(resolve(dist, 'index.cjs'));
    expect(mod.extract(SENTENCE).facts.map((f: { metric: string }) => f.metric)).toEqual(['hazards.found', 'hazards.rectified', 'hazards.rectification_rate']);
    expect(require(resolve(dist, 'quantities.cjs')).findQuantities('罚款21.7万元')[0].value).toBe(217000);
  });
});
