// PLACEHOLDER until the CLI lands (issue 5): prints facts of the given .txt files.
import { readFileSync } from 'node:fs';
import { extract } from '../index.js';
for (const path of process.argv.slice(3)) {
  for (const f of extract(readFileSync(path, 'utf8'), { docId: path }).facts) console.log(JSON.stringify(f));
}
