/**
 * Activity ids: IRIs built from the course's permanent content ids
 * (`/^[a-z][a-z0-9_]*$/`, src/content/ids.ts) under the build's base IRI, so
 * the same lesson or question keeps the same id in every package and version
 * (xAPI 1.0.3 Part Two §2.4.4.1: an activity id is an IRI, and the same id
 * means the same activity; LMS-COMPAT 15). The build checks the base IRI with
 * `checkBaseIri`; the same function names the package's activities in
 * tincan.xml and cmi5.xml.
 */

export interface ActivityIris {
  /** The course (tincan.xml's launchable activity, cmi5.xml's course id). */
  course: string;
  /** cmi5.xml's AU id (publisher id, cmi5 9.6.2.3). */
  au: string;
  module(id: string): string;
  lesson(id: string): string;
  assessment(id: string): string;
  /** A question or any other recorded interaction. */
  interaction(id: string): string;
  /** What the officer attests (the course's statement of responsibilities). */
  attestation: string;
  /** Context extension: the content version (course.version). */
  versionExtension: string;
  /** Context extension: the assessment attempt an answer belongs to. */
  attemptExtension: string;
  /** Result extension: the id printed on the certificate (src/session/certificate-id.ts). */
  certificateExtension: string;
}

/** The base IRI every package gets unless the build says otherwise. */
export function defaultBaseIri(courseId: string): string {
  return `https://frontline.example/courses/${courseId}`;
}

/**
 * Why `iri` cannot be a base IRI, or null when it can: an absolute http(s)
 * IRI without query, fragment or trailing slash (cmi5 3.0: fully qualified,
 * not an IRI reference).
 */
export function checkBaseIri(iri: string): string | null {
  let url: URL;
  try {
    url = new URL(iri);
  } catch {
    return 'is not an absolute IRI';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https:// or http://';
  if (url.search || url.hash || iri.includes('?') || iri.includes('#')) return 'must not have a query or fragment';
  if (iri.endsWith('/')) return 'must not end with "/"';
  if (/\s/.test(iri)) return 'must not contain spaces';
  return null;
}

export function activityIris(baseIri: string): ActivityIris {
  const under = (kind: string) => (id: string) => `${baseIri}/${kind}/${encodeURIComponent(id)}`;
  // Extensions are the publisher's, shared by all its courses: keyed under the base IRI's origin.
  const origin = new URL(baseIri).origin;
  return {
    course: baseIri,
    au: `${baseIri}/au`,
    module: under('modules'),
    lesson: under('lessons'),
    assessment: under('assessments'),
    interaction: under('interactions'),
    attestation: `${baseIri}/attestation`,
    versionExtension: `${origin}/xapi/extensions/course-version`,
    attemptExtension: `${origin}/xapi/extensions/attempt`,
    certificateExtension: `${origin}/xapi/extensions/certificate-id`,
  };
}
