import { defineConfig } from 'tsup';

// Library entries are built to ESM + CJS with declarations; the CLI is ESM only
// (it is an executable, not something to require()).
export default defineConfig([
  {
    entry: { index: 'src/index.ts', quantities: 'src/quantities/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    shims: true,
  },
  {
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    shims: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
