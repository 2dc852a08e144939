// The packages the preview page can run, as data: how each is launched and
// how it learns the learner's language.
//  - SCORM: from the LMS's learner preference (1.2 RTE 3.4.2 cmi.student_preference.language,
//    2004 RTE 4.2.13 cmi.learner_preference.language), set at launch.
//  - cmi5: from the cmi5LearnerPreferences agent profile (cmi5 11.0), written by the LMS at launch.
//  - xAPI and web: a Tin Can launch has no language parameter, so the package is built
//    with `--language` (the language it starts in when the LMS names none).

export const PACKAGES = {
  scorm12: { label: 'SCORM 1.2', launcher: 'scorm', language: 'launch' },
  scorm2004: { label: 'SCORM 2004', launcher: 'scorm', language: 'launch' },
  xapi: { label: 'xAPI', launcher: 'lrs', language: 'build' },
  cmi5: { label: 'cmi5', launcher: 'lrs', language: 'launch' },
  web: { label: 'Web (standalone)', launcher: 'web', language: 'build' },
};

/** What the page asks the server to build: the language only where the build carries it. */
export function buildRequest(target, language) {
  return { target, language: PACKAGES[target].language === 'build' ? language : '' };
}

/** A sentence for the page: how this package receives the chosen language. */
export function languageHint(target) {
  return PACKAGES[target].language === 'build' ? 'The package is built in it (its launch names no language)' : 'Sent by the LMS at launch';
}
