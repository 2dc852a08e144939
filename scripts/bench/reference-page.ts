/**
 * Writes the Lit-only reference page into the bench's stage root as
 * `reference/`, beside the packages, so the LMS frame loads it the same way:
 * the same server, the same launch-page head, a minified production bundle.
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { virtualModule } from '../lib/bundle.js';
import { ROOT } from '../lib/paths.js';

export const REFERENCE = 'reference';
const ENTRY = fileURLToPath(new URL('./reference/reference-entry.ts', import.meta.url));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** `text`: what the course's first lesson shows (play-plan.ts firstLessonText). */
export async function writeReferencePage(stageRoot: string, text: { title: string; paragraph: string | null }, language: string): Promise<void> {
  const dir = join(stageRoot, REFERENCE);
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [ENTRY],
    outfile: join(dir, 'app.js'),
    bundle: true,
    format: 'esm',
    target: 'es2021',
    tsconfig: join(ROOT, 'tsconfig.json'),
    conditions: ['production'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [virtualModule('virtual:reference-text', () => `export default ${JSON.stringify(text)};`)],
  });
  // The head of the packages' launch page (scripts/lib/stage.ts), with the reference element.
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="${escape(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(text.title)}</title>
<style>body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}</style>
<script type="module" src="app.js"></script>
</head>
<body>
<bench-reference></bench-reference>
</body>
</html>
`,
  );
}
