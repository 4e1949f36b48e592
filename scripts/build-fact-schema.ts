/**
 * Writes dist/fact.schema.json: the JSON Schema of one Fact, generated from the
 * zod schema (src/schema/fact.ts) so the two cannot drift. Run by `npm run build`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { FactSchema } from '../src/schema/fact.js';

const schema = {
  ...z.toJSONSchema(FactSchema, { target: 'draft-2020-12' }),
  $id: 'https://github.com/zh-report-metrics/zh-report-metrics/fact.schema.json',
  title: 'zh-report-metrics Fact',
};
mkdirSync('dist', { recursive: true });
writeFileSync('dist/fact.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log('wrote dist/fact.schema.json');
