/**
 * API discovery with real frames and windows: parents, the opener, and
 * cross-origin (sandboxed) frames on the way.
 */
import { expect } from '@open-wc/testing';
import { findApi } from '../../../src/tracking/scorm/find-api.js';
import { createScorm12Tracker } from '../../../src/tracking/scorm/scorm12.js';
import { courseFrame, installApi, newScorm12Api } from './lms.js';

/** A frame inside `parent`'s document; about:blank is same-origin with its parent. */
async function childFrame(parent: Window): Promise<Window> {
  const frame = parent.document.createElement('iframe');
  parent.document.body.append(frame);
  return frame.contentWindow!;
}

/** A sandboxed frame (opaque origin: cross-origin to this page) containing one more frame. */
async function sandboxed(): Promise<{ frame: HTMLIFrameElement; inner: Window }> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = '<!doctype html><iframe srcdoc="<p>course</p>"></iframe>';
  document.body.append(frame);
  await loaded;
  // Indexed frame access is allowed across origins; everything else throws.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { frame, inner: frame.contentWindow!.frames[0]! };
}

describe('findApi in a real browser', () => {
  const undo: (() => void)[] = [];
  afterEach(() => undo.splice(0).forEach((f) => f()));

  it('walks up nested frames to the page that has the API', async () => {
    const api = newScorm12Api();
    undo.push(installApi('API', api));
    const frame = await courseFrame();
    undo.push(() => frame.remove());
    const inner = await childFrame(await childFrame(frame.contentWindow!));
    expect(findApi(inner, 'API')).to.equal(api);
    expect(findApi(inner, 'API_1484_11')).to.equal(null);
  });

  it('finds the API through the opener of a pop-up', async () => {
    const api = newScorm12Api();
    undo.push(installApi('API', api));
    const popup = window.open('about:blank', '_blank');
    expect(popup, 'pop-up').to.not.equal(null);
    undo.push(() => popup!.close());
    expect(findApi(popup!, 'API')).to.equal(api);
    const tracker = createScorm12Tracker(popup!);
    const notices: string[] = [];
    tracker.onNotice((n) => notices.push(n.kind));
    await tracker.start();
    expect(notices).to.deep.equal([]);
    expect(api.isInitialized()).to.equal(true);
  });

  it('steps over cross-origin frames without throwing', async () => {
    const api = newScorm12Api();
    undo.push(installApi('API', api));
    const { frame, inner } = await sandboxed();
    undo.push(() => frame.remove());
    expect(() => (inner as unknown as Record<string, unknown>)['API']).to.throw();
    expect(findApi(inner, 'API')).to.equal(api);
    expect(findApi(frame.contentWindow!, 'API')).to.equal(api);
  });

  it('returns null, not an exception, when nothing is found past a cross-origin frame', async () => {
    const { frame, inner } = await sandboxed();
    undo.push(() => frame.remove());
    expect(findApi(inner, 'API')).to.equal(null);
    const tracker = createScorm12Tracker(inner);
    const notices: string[] = [];
    tracker.onNotice((n) => notices.push(n.kind));
    await tracker.start();
    expect(notices).to.deep.equal(['not-connected']);
  });
});
