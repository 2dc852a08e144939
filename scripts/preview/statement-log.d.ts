// Types of statement-log.js (a plain browser module) for the Node tests.
export function describeStatement(statement: Record<string, unknown>): { verb: string; object: string; result: string };

export class StatementLog {
  constructor(elements: { list: HTMLOListElement; count: HTMLElement; registration: HTMLElement });
  follow(front: string, registration: string): void;
  stop(): void;
}
