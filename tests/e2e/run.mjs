// `npm run test:e2e`: runs every *.test.mjs here with Node's test runner (the same as
// `node --test tests/e2e/`), after checking that the site has been built.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../../dist');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('test:e2e: dist/ is not built; run bash scripts/build.sh first');
  process.exit(1);
}
if (!fs.existsSync('/usr/bin/chromium')) {
  console.error('test:e2e: /usr/bin/chromium not found; run bash scripts/setup.sh');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', ...process.argv.slice(2), here], { stdio: 'inherit' });
process.exit(result.status ?? 1);
