// The unpacked SCORM 1.2 package where Moodle serves an uploaded one, and the
// faults the test server can inject there (test/support/moodle-path.ts).

export const MOODLE_PACKAGE = '/pluginfile.php/12/mod_scorm/content/3';
export const MOODLE_LAUNCH = `${MOODLE_PACKAGE}/index.html`;

/** Requests for the package's files whose path holds `match` fail (404) or wait, until `moodle('heal')`. */
export const moodle = (what: 'fail' | 'hold' | 'heal', match = '') => fetch(`/__moodle/${what}?match=${encodeURIComponent(match)}`, { cache: 'no-store' });
