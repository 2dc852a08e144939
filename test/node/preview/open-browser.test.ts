// Opening the browser on start: each platform's opener, and nothing (not a
// failure) where there is no desktop.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openBrowser, openCommand } from '../../../scripts/preview/open-browser.js';

const URL = 'http://127.0.0.1:8080/?standard=xapi&lang=es';

describe('preview browser opener', () => {
  it("uses the platform's opener", () => {
    assert.deepEqual(openCommand(URL, 'darwin', {}), { command: 'open', args: [URL] });
    assert.deepEqual(openCommand(URL, 'linux', { DISPLAY: ':0' }), { command: 'xdg-open', args: [URL] });
    assert.deepEqual(openCommand(URL, 'freebsd', { WAYLAND_DISPLAY: 'wayland-0' }), { command: 'xdg-open', args: [URL] });
    // cmd treats & as a command separator unless escaped; the empty title keeps the URL from being taken as one.
    assert.deepEqual(openCommand(URL, 'win32', {}), { command: 'cmd', args: ['/c', 'start', '""', 'http://127.0.0.1:8080/?standard=xapi^&lang=es'] });
  });

  it('opens nothing without a display, and says so instead of failing', () => {
    assert.equal(openCommand(URL, 'linux', {}), null);
    assert.equal(openBrowser(URL, 'linux', {}), false);
  });
});
