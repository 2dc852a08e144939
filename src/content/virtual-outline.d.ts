// Where the package's course outline is (src/content/chunks.ts `courseOutline`)
// and its version, injected by the build (scripts/lib/bundle.ts). The outline
// is a file beside the bundle, not code in it: the launch page fetches it
// beside app.js (issue 13). Ambient on purpose: no top-level import.
declare module 'virtual:outline' {
  const outline: {
    /** Path relative to the launch page, e.g. `content/course.1a2b3c4d5e.json`. */
    file: string;
    version: string;
  };
  export default outline;
}
