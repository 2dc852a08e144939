/**
 * The LRS and cmi5 LMS the browser tests run (test/support/servers.ts: the
 * real xapi-statements LRS behind the tests' front server), started the first
 * time the author previews the xAPI or cmi5 package, so SCORM-only previews
 * do not pay for it.
 */
import { startSupport, type Support } from '../../test/support/servers.js';

export class TestLrs {
  private started: Promise<Support> | null = null;

  /** The front server's origin: `/xapi/` for packages, `/control/` for the LMS side. */
  async front(): Promise<string> {
    this.started ??= startSupport();
    try {
      return (await this.started).front;
    } catch (error) {
      this.started = null; // let the next attempt try again
      throw error;
    }
  }

  async stop(): Promise<void> {
    const started = this.started;
    this.started = null;
    await started?.then((s) => s.stop(), () => {});
  }
}
