/**
 * Typed reading of untrusted author data. Every reader reports what is wrong
 * and returns `undefined` instead of throwing, so the validator keeps going and
 * reports every problem at once.
 */
import { ID_MAX_LENGTH, isValidId, suggestId } from './ids.js';
import { nearest } from './nearest.js';
import { unknownPlaceholder } from './site.js';

/** One thing wrong with the content, with where it is and how to fix it. */
export interface Problem {
  /** File relative to the project root, e.g. `modules/03-trust.md`. */
  file: string;
  /** Path to the field inside the file's export, e.g. `bank[4].options[2].feedback`; empty for the whole file. */
  path: string;
  message: string;
  fix: string;
  /** 1-based position in the file, when the file's format gives one (the loader adds it). */
  line?: number;
  column?: number;
  /** A warning is reported but does not stop the build (e.g. a stale translation). */
  severity?: 'warning';
}

/**
 * `modules/03-trust.md:42:5: question m3_q_smile, option b: feedback: is empty — write the feedback shown when this option is chosen`
 * (editors and terminals turn `file:line:column` into a link).
 */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const warning = p.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${warning}${p.path ? `${p.path}: ` : ''}${p.message} — ${p.fix}`;
}

export type Rec = Record<string, unknown>;

/** Placeholder text that scaffolds write and the validator refuses: "TODO: the question". */
export const PLACEHOLDER = /^\s*TODO\b/;

export const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What the author actually wrote, in words: "a number", "text", "a list"… */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** Reads the fields of one author file and collects its problems. */
export class FileChecker {
  /** Paths of fields written under a misspelt name: their "is missing" would only repeat the "did you mean". */
  private readonly misspelt = new Set<string>();

  constructor(
    readonly file: string,
    private readonly out: Problem[],
    /** How a path is named inside a message ("first at …"); the loader names the item and its line. */
    readonly locate: (path: string) => string = (path) => path,
  ) {}

  problem(path: string, message: string, fix: string, severity?: 'warning'): void {
    if (message === 'is missing' && this.misspelt.has(path)) return;
    this.out.push({ file: this.file, path, message, fix, ...(severity && { severity }) });
  }

  /** Reported, but does not stop the build. */
  warning(path: string, message: string, fix: string): void {
    this.problem(path, message, fix, 'warning');
  }

  /** `file: where` of a path, for messages that point at another place. */
  where(path: string): string {
    return `${this.file}: ${this.locate(path)}`;
  }

  /** Reports every key of `rec` that is not one of `allowed`, suggesting the nearest. Call before reading the fields. */
  keys(rec: Rec, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(rec)) {
      if (allowed.includes(key)) continue;
      const guess = nearest(key, allowed.filter((k) => !(k in rec)));
      const fields = `the fields here are ${allowed.join(', ')}`;
      if (guess) this.misspelt.add(at(path, guess));
      this.out.push({ file: this.file, path: at(path, key), message: `"${key}" is not a field here`, fix: guess ? `did you mean "${guess}"? (${fields})` : `remove it, or check the spelling: ${fields}` });
    }
  }

  /** An object; `label` names it in fixes ("the assessment settings"). */
  record(value: unknown, path: string, label: string): Rec | undefined {
    if (value === undefined) return void this.problem(path, 'is missing', `add ${label}`);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Rec;
    this.problem(path, `must be an object, not ${describe(value)}`, `write ${label} as name: value lines, indented under it`);
    return undefined;
  }

  /** A list with at least `min` entries of `noun` ("option"). */
  list(rec: Rec, key: string, path: string, noun: string, min = 0): unknown[] | undefined {
    const p = at(path, key);
    const value = rec[key];
    if (value === undefined) return void this.problem(p, 'is missing', `add the ${noun}s as a list, one "- " item per ${noun}`);
    if (!Array.isArray(value)) {
      this.problem(p, `must be a list, not ${describe(value)}`, `write the ${noun}s as a list, one "- " item per ${noun}`);
      return undefined;
    }
    if (value.length < min) {
      const has = value.length === 0 ? `no ${noun}s` : `only ${plural(value.length, noun)}`;
      this.problem(p, `has ${has}`, `add at least ${plural(min, noun)}`);
    }
    return value;
  }

  /** Non-empty text. */
  text(rec: Rec, key: string, path: string, label: string): string | undefined {
    return this.textValue(rec[key], at(path, key), label);
  }

  textValue(value: unknown, path: string, label: string): string | undefined {
    if (value === undefined) return void this.problem(path, 'is missing', `add ${label}`);
    if (typeof value !== 'string') {
      this.problem(path, `must be text, not ${describe(value)}`, `write ${label} in quotes`);
      return undefined;
    }
    if (value.trim() === '') return void this.problem(path, 'is empty', `write ${label}`);
    // Scaffolds (`npm run new`) fill every text with a TODO so a half-written question cannot ship.
    if (PLACEHOLDER.test(value)) return void this.problem(path, `still says "${value.trim()}"`, `write ${label}`);
    const unknown = unknownPlaceholder(value);
    if (unknown) this.problem(path, unknown.message, unknown.fix);
    return value;
  }

  /** A permanent id (see ids.ts); returns it only when valid. */
  id(rec: Rec, key: string, path: string, label: string): string | undefined {
    const p = at(path, key);
    const value = this.textValue(rec[key], p, label);
    if (value === undefined) return undefined;
    if (value.length > ID_MAX_LENGTH) {
      this.problem(p, `"${value}" is ${value.length} characters long`, `shorten it to at most ${ID_MAX_LENGTH} characters`);
      return undefined;
    }
    if (!isValidId(value)) {
      this.problem(
        p,
        `"${value}" is not a valid id: SCORM 2004 choice responses allow only [\\w.] and SCORM 1.2 identifiers no spaces (LMS-COMPAT 6, 15)`,
        `use lowercase letters, digits and _, starting with a letter, e.g. "${suggestId(value)}"`,
      );
      return undefined;
    }
    return value;
  }

  /** A finite number; `whole` also rejects fractions. */
  number(rec: Rec, key: string, path: string, label: string, whole = false): number | undefined {
    const p = at(path, key);
    const value = rec[key];
    if (value === undefined) return void this.problem(p, 'is missing', `add ${label}`);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.problem(p, `must be a number, not ${describe(value)}`, `write ${label} as a number without quotes`);
      return undefined;
    }
    if (whole && !Number.isInteger(value)) {
      this.problem(p, `is ${value}, not a whole number`, `write ${label} as a whole number`);
      return undefined;
    }
    return value;
  }

  /** true/false; `optional` fields may be left out. */
  boolean(rec: Rec, key: string, path: string, label: string, optional = false): boolean | undefined {
    const value = rec[key];
    if (value === undefined && optional) return undefined;
    if (typeof value === 'boolean') return value;
    const p = at(path, key);
    if (value === undefined) this.problem(p, 'is missing', `add ${label}: true or false`);
    else this.problem(p, `must be true or false, not ${describe(value)}`, `write ${label} as true or false without quotes`);
    return undefined;
  }
}

/** Reports an id used twice inside one scope (a question's options, a step's choices…). */
export class IdScope {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly checker: FileChecker,
    private readonly noun: string,
    private readonly where: string,
  ) {}

  add(id: string | undefined, path: string): void {
    if (id === undefined) return;
    const first = this.seen.get(id);
    if (first === undefined) this.seen.set(id, path);
    else this.checker.problem(path, `"${id}" is used twice in ${this.where} (first at ${this.checker.locate(first)})`, `give each ${this.noun} its own id`);
  }
}
