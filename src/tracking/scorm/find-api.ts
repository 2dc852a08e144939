/**
 * API discovery. SCORM 1.2 RTE §3.3 and SCORM 2004 4th Ed. RTE 3.3: the LMS
 * puts the API object (`API`, `API_1484_11`) on a window that encloses the
 * content (a parent frame) or opened it (the opener), and the content searches
 * for it. LMS-COMPAT 17: walk the parent chain up to 500 levels, then the
 * opener and its parents, catching cross-origin errors at every step.
 */

/** The LMS's API object, as found; its methods are called by name. */
export type ScormApiObject = Record<string, unknown>;

/** Most parent levels searched from one starting window (ADL's algorithm uses 500). */
export const MAX_PARENT_LEVELS = 500;

/** Reads `property` of a possibly cross-origin window; null when it throws or is absent. */
function peek<T>(read: () => T): T | null {
  try {
    return read() ?? null;
  } catch {
    // SecurityError from a cross-origin frame: skip this step, keep searching.
    return null;
  }
}

function apiOn(win: Window, name: string): ScormApiObject | null {
  const candidate = peek(() => (win as unknown as Record<string, unknown>)[name]);
  return candidate !== null && (typeof candidate === 'object' || typeof candidate === 'function')
    ? (candidate as ScormApiObject)
    : null;
}

/** Searches `start` and up to 500 of its parents. */
function searchParents(start: Window, name: string): ScormApiObject | null {
  let win: Window = start;
  for (let level = 0; level <= MAX_PARENT_LEVELS; level++) {
    const api = apiOn(win, name);
    if (api) return api;
    const parent = peek(() => win.parent);
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/**
 * Finds the API named `name` from `win`: first `win` and its parents, then
 * `win.opener` and its parents, then (for content framed inside a pop-up)
 * `win.top.opener` and its parents. Never throws.
 */
export function findApi(win: Window, name: 'API' | 'API_1484_11'): ScormApiObject | null {
  const fromParents = searchParents(win, name);
  if (fromParents) return fromParents;
  for (const opener of [peek(() => win.opener as Window | null), peek(() => win.top?.opener as Window | null)]) {
    if (opener) {
      const api = searchParents(opener, name);
      if (api) return api;
    }
  }
  return null;
}
