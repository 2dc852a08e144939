/** The preview's server, serving the bench's LMS page instead of the preview's, with the staged packages and scorm-again. */
import { fileURLToPath } from 'node:url';
import { startPreviewServer, type PreviewServer } from '../preview/server.js';

const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));

/** `stageRoot` holds one unzipped package per target (build's `<out>/.stage`); `gzip`: compress text files. */
export function startBenchLms(stageRoot: string, gzip: boolean): Promise<PreviewServer> {
  return startPreviewServer({ port: 0, root: stageRoot, pageDir: PAGE_DIR, gzip, log: (line) => console.warn(`bench LMS: ${line}`) });
}
