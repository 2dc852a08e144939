// `tsx scripts/unpack-packages.ts DEST [--dist DIR]`: unpacks each built
// package into DEST/<target>/ (the browser tests load DEST/scorm12/index.html).
import { parseArgs } from 'node:util';
import { unpackPackages } from './lib/unpack.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { dist: { type: 'string', default: 'dist' } } });
const dest = positionals[0];
if (dest === undefined) {
  console.error('usage: tsx scripts/unpack-packages.ts DEST [--dist DIR]');
  process.exit(2);
}
try {
  const unpacked = await unpackPackages(values.dist, dest);
  if (unpacked.length === 0) throw new Error(`no packages in ${values.dist}: run npm run build first`);
  for (const u of unpacked) console.log(`${u.zip} → ${u.dir}/ (${u.files.length} files)`);
} catch (error) {
  console.error(`unpack-packages: ${(error as Error).message}`);
  process.exit(1);
}
