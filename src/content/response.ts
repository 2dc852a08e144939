/**
 * A learner's answer to one question, by question type. Components produce
 * these; the session scores and stores them; trackers report them.
 */
export type Response =
  | { type: 'single'; option: string }
  | { type: 'multiple'; options: string[] }
  | { type: 'truefalse'; value: boolean }
  /** Pair id → chosen target id. */
  | { type: 'matching'; matches: Record<string, string> }
  /** Item ids in the order the learner put them. */
  | { type: 'sequencing'; order: string[] }
  /** The decisions taken, in order: step id and choice id. */
  | { type: 'branching'; path: { step: string; choice: string }[] };

export type ResponseOf<T extends Response['type']> = Extract<Response, { type: T }>;
