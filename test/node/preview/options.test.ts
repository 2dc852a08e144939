import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PORT, parseOptions } from '../../../scripts/preview/options.js';

describe('preview options', () => {
  it('defaults to port 8080 and opening the browser', () => {
    assert.deepEqual(parseOptions([], {}), { port: DEFAULT_PORT, open: true, buildFlags: {} });
    assert.equal(DEFAULT_PORT, 8080);
  });

  it('takes the port from PORT, and --port over PORT', () => {
    assert.equal(parseOptions([], { PORT: '9000' }).port, 9000);
    assert.equal(parseOptions(['--port', '9001'], { PORT: '9000' }).port, 9001);
    assert.equal(parseOptions(['--port=9002'], {}).port, 9002);
  });

  it('refuses a port that is not a number, and unknown flags', () => {
    assert.throws(() => parseOptions(['--port', 'abc'], {}), /not a port/);
    assert.throws(() => parseOptions([], { PORT: '70000' }), /PORT/);
    assert.throws(() => parseOptions(['--prot', '1'], {}), /Unknown option '--prot'/);
  });

  it("passes the build's course options on, and opens no browser with --no-open", () => {
    assert.deepEqual(parseOptions(['--no-open', '--pass-mark', '70', '--draw', '5', '--modules', 'x'], {}), {
      port: 8080,
      open: false,
      buildFlags: { passMark: 70, draw: 5, modules: 'x' },
    });
    assert.throws(() => parseOptions(['--pass-mark', 'high'], {}), /--pass-mark must be a number/);
    assert.deepEqual(parseOptions(['--language', 'es'], {}).buildFlags, { language: 'es' });
    assert.deepEqual(parseOptions(['--lms', 'scormcloud'], {}).buildFlags, { lms: 'scormcloud' });
    assert.throws(() => parseOptions(['--lms', 'blackboard'], {}), /unknown --lms blackboard: use moodle, scormcloud/);
    assert.throws(() => parseOptions(['--no-build'], {}), /Unknown option '--no-build'/);
  });
});
