// The validated, version-stamped course, injected by the build's rollup plugin
// (scripts/lib/bundle.ts). Ambient on purpose: no top-level import.
declare module 'virtual:course' {
  const course: import('./types.js').Course;
  export default course;
}
