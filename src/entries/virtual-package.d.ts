// Build options the package needs at run time, injected by the build's rollup
// plugin (scripts/lib/bundle.ts). Ambient on purpose: no top-level import.
declare module 'virtual:package' {
  const options: {
    /** Base IRI of the course's xAPI activity ids (`--base-iri`). */
    baseIri: string;
    /** The LMS preset's record choices (`--lms`, src/tracking/lms-profiles.ts). */
    lms: import('../tracking/lms-profiles.js').LmsProfile;
  };
  export default options;
}
