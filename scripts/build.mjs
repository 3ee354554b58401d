// Builds dist/ with esbuild: the library entry (platform-neutral ESM) and the
// command line (Node). Run by `npm ci` (prepare) and before the tests.
import { build } from 'esbuild';

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  sourcemap: true,
  keepNames: true,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', platform: 'neutral' }),
  build({ ...common, entryPoints: ['src/node.ts'], outfile: 'dist/node.js', platform: 'node' }),
  build({ ...common, entryPoints: ['src/cli/slua.ts'], outfile: 'dist/slua.js', platform: 'node' }),
]);
