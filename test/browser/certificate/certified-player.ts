/** The player on a certificate, for a branded course: every lesson opened, the assessment passed, the attestation signed. */
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/components/player/fl-player.js';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import type { FlCertificate } from '../../../src/components/certificate/fl-certificate.js';
import { correctResponse } from '../../../src/content/correctness.js';
import type { Course } from '../../../src/content/types.js';
import { startPlayer } from '../../../src/entries/start-player.js';
import { coursePlaces } from '../../../src/session/places.js';
import { createOfflineTracker } from '../../../src/tracking/offline-tracker.js';
import type { Tracker } from '../../../src/tracking/tracker.js';
import { sampleCourse } from '../../fixtures/sample-course.js';
import { renderedAndPainted } from '../../support/settle.js';

/** A firm's course as a site file and a course.yaml would make it. */
export function brandedCourse(overrides: Partial<Course> = {}): Course {
  return {
    ...sampleCourse(),
    title: 'Customer service for security officers',
    attestation: 'I understand my duties.',
    version: '6ac7f4c6cca8',
    release: '3 (December 2026)',
    site: { firm: 'Northgate Security Services', site: 'Riverside Shopping Centre' },
    // Served by the test server from the project root, as the package serves media/logo.svg beside index.html.
    brand: { logo: '/test/fixtures/logo.svg', primary: '#14532d', accent: '#7c2d12' },
    ...overrides,
  };
}

/** Launched as a package launches it (startPlayer: the brand's colours, the language), then taken to the certificate. */
export async function certifiedPlayer(course = brandedCourse(), language: string | null = null): Promise<{ player: FlPlayer; certificate: FlCertificate }> {
  sessionStorage.clear();
  // startPlayer takes the page's first <fl-player>: one at a time.
  fixtureCleanup();
  document.body.style.margin = '0';
  const offline = createOfflineTracker(sessionStorage, 'certificate-test');
  // The LMS names the learner "Last, First" (SCORM 1.2 RTE 3.4.2 cmi.core.student_name).
  const tracker: Tracker = { ...offline, start: async () => ({ ...(await offline.start()), learner: { id: 'sam', name: 'Rivera, Sam' }, language }) };
  const player = await fixture<FlPlayer>(html`<fl-player></fl-player>`);
  const controller = await startPlayer(course, tracker, window);
  for (const place of coursePlaces(course)) if (place.view === 'lesson') controller.go(place);
  controller.go({ view: 'assessment' });
  for (const q of controller.session.currentAttempt()!.questions) controller.changeAttemptAnswer(q.id, correctResponse(q), 10);
  controller.submitAttempt();
  controller.attest();
  controller.go({ view: 'certificate' });
  await renderedAndPainted(() => player);
  const certificate = player.shadowRoot!.querySelector('fl-certificate')!;
  await certificate.updateComplete;
  await (certificate.renderRoot.querySelector('img') as HTMLImageElement | null)?.decode().catch(() => undefined);
  return { player, certificate };
}

/** Undo what the mount set on the shared document. */
export function resetDocument(): void {
  document.documentElement.style.removeProperty('--fl-brand');
  document.documentElement.style.removeProperty('--fl-accent');
  document.body.style.margin = '';
}
