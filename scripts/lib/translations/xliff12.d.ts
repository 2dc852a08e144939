// The part of the `xliff` package (6.4.0, no types of its own) the import uses.
declare module 'xliff/xliff12ToJs' {
  interface Xliff12Unit {
    source?: unknown;
    target?: unknown;
    note?: unknown;
    groupUnits?: Record<string, Xliff12Unit>;
  }
  interface Xliff12 {
    sourceLanguage?: string;
    targetLanguage?: string;
    /** Set when the document is not XLIFF 1.2. */
    xliffVersion?: string;
    /** By <file original="…">, then by <trans-unit id="…">. */
    resources: Record<string, Record<string, Xliff12Unit>>;
  }
  export default function xliff12ToJs(xml: string): Promise<Xliff12>;
}
