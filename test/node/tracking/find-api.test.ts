import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findApi, MAX_PARENT_LEVELS } from '../../../src/tracking/scorm/find-api.js';

/**
 * Window stand-ins: only `parent`, `opener`, `top` and the API property are
 * read. The browser tests cover the same paths with real frames; these cover
 * the depths and failures a browser test cannot build cheaply.
 */
interface FakeWindow {
  parent: FakeWindow;
  opener: FakeWindow | null;
  top: FakeWindow;
  [name: string]: unknown;
}

function topWindow(props: Record<string, unknown> = {}): FakeWindow {
  const win = { opener: null, ...props } as FakeWindow;
  win.parent = win;
  win.top = win;
  return win;
}

/** A chain of `depth` frames under `root`; returns the innermost. */
function frames(root: FakeWindow, depth: number): FakeWindow {
  let win = root;
  for (let i = 0; i < depth; i++) win = { parent: win, opener: null, top: root } as FakeWindow;
  return win;
}

/** A window whose properties throw like a cross-origin frame's, except `parent`. */
function crossOrigin(parent: FakeWindow): FakeWindow {
  return new Proxy({} as FakeWindow, {
    get(_target, prop) {
      if (prop === 'parent') return parent;
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    },
  });
}

const api = { LMSInitialize: () => 'true' };
const find = (win: FakeWindow, name: 'API' | 'API_1484_11' = 'API') => findApi(win as unknown as Window, name);

test('finds the API on the window itself and on a parent', () => {
  assert.equal(find(topWindow({ API: api })), api);
  assert.equal(find(frames(topWindow({ API: api }), 3)), api);
});

test('looks for the name of the standard only', () => {
  const root = topWindow({ API: api });
  assert.equal(find(frames(root, 2), 'API_1484_11'), null);
  const api2004 = { Initialize: () => 'true' };
  assert.equal(find(frames(topWindow({ API_1484_11: api2004 }), 2), 'API_1484_11'), api2004);
});

test(`searches at most ${MAX_PARENT_LEVELS} parent levels (LMS-COMPAT 17)`, () => {
  assert.equal(find(frames(topWindow({ API: api }), MAX_PARENT_LEVELS)), api);
  assert.equal(find(frames(topWindow({ API: api }), MAX_PARENT_LEVELS + 1)), null);
});

test('then the opener and its parents', () => {
  const lms = topWindow({ API: api });
  const lmsFrame = frames(lms, 2);
  const popup = topWindow({ opener: lmsFrame });
  assert.equal(find(frames(popup, 2)), api, 'content framed inside a pop-up: top.opener');
  assert.equal(find(popup), api);
});

test('the parent chain wins over the opener', () => {
  const near = { LMSInitialize: () => 'true' };
  const popup = topWindow({ API: near, opener: topWindow({ API: api }) });
  assert.equal(find(popup), near);
});

test('a cross-origin step is skipped, not fatal', () => {
  const lms = topWindow({ API: api });
  const foreign = crossOrigin(lms);
  assert.equal(find(frames(foreign, 1)), api);
  assert.doesNotThrow(() => find(crossOrigin(crossOrigin(topWindow()))));
  assert.equal(find(crossOrigin(topWindow())), null);
});

test('a throwing opener or missing API gives null', () => {
  const win = topWindow();
  Object.defineProperty(win, 'opener', {
    get() {
      throw new DOMException('denied', 'SecurityError');
    },
  });
  assert.equal(find(win), null);
  assert.equal(find(topWindow({ API: 'not an object' })), null);
});
