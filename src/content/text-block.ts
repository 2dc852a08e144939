/** Plain text: what a job aid, an accordion section or a tab holds. */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };
