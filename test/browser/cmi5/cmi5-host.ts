/**
 * The cmi5 "LMS" for the browser tests: reads the package's cmi5.xml the way
 * an LMS imports it, asks the test launcher (test/support/cmi5-lms.ts) for a
 * session (LMS.LaunchData, fetch URL, "launched"), opens the AU, and asks the
 * rule checker (test/support/cmi5-rules.ts) about the registration.
 */
import { control, openPackage, type PackageFrame } from '../xapi/lrs-host.js';
// Types only: the launcher itself runs in Node.
import type { Cmi5Session, LaunchRequest } from '../../support/cmi5-lms.js';

export type { Cmi5Session };

export interface CourseStructure {
  courseId: string;
  auId: string;
  moveOn: string;
  masteryScore: number | null;
  launchMethod: string;
  url: string;
}

export async function courseStructure(): Promise<CourseStructure> {
  const xml = await (await fetch('/.cache/packages/cmi5/cmi5.xml')).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const au = doc.getElementsByTagName('au')[0]!;
  const mastery = au.getAttribute('masteryScore');
  return {
    courseId: doc.getElementsByTagName('course')[0]!.getAttribute('id')!,
    auId: au.getAttribute('id')!,
    moveOn: au.getAttribute('moveOn')!,
    masteryScore: mastery === null ? null : Number(mastery),
    launchMethod: au.getAttribute('launchMethod')!,
    url: au.getElementsByTagName('url')[0]!.textContent!.trim(),
  };
}

/** What a test asks the launcher for; the AU id comes from the package's cmi5.xml. */
export type Cmi5Launch = Omit<LaunchRequest, 'publisherId'>;

export interface Violation {
  requirement: string;
  text: string;
  detail: string;
}

/** The LMS launches the AU: a new session (in `registration`, or a new one). */
export async function launchAu(options: Cmi5Launch = {}, into?: PackageFrame): Promise<{ frame: PackageFrame; session: Cmi5Session }> {
  const structure = await courseStructure();
  const { session, query } = await control<{ session: Cmi5Session; query: Record<string, string> }>('cmi5/launch', {
    publisherId: structure.auId,
    masteryScore: options.masteryScore === undefined ? structure.masteryScore : options.masteryScore,
    moveOn: options.moveOn ?? structure.moveOn,
    ...options,
  });
  const frame = await openPackage('cmi5', query, into);
  return { frame, session };
}

/** Rule violations for the registration, each naming its @cmi5/requirements id. */
export async function violations(registration: string, options: { abandoned?: string[] } = {}): Promise<string[]> {
  const q = new URLSearchParams({ registration, options: JSON.stringify(options) });
  const found = await control<Violation[]>(`cmi5/check?${q}`);
  return found.map((v) => `${v.requirement} "${v.text}" — ${v.detail}`);
}
