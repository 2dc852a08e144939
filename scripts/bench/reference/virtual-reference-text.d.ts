// The first lesson's heading and paragraph, injected by scripts/bench/reference-page.ts.
declare module 'virtual:reference-text' {
  const text: { title: string; paragraph: string | null };
  export default text;
}
