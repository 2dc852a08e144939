/**
 * Which package to build when: the one the page shows is rebuilt after every
 * change to the course; the others only when the author switches to them
 * (each build bundles and zips, a few seconds on a laptop). Builds run one at
 * a time because they share the preview's staging folder.
 */
import type { BuildOutcome, PackageRequest } from './build-package.js';

export type PackageStatus = PackageRequest &
  ({ state: 'building' } | ({ state: 'ready' | 'failed'; /** Increases with every finished build. */ seq: number } & BuildOutcome));

type Finished = Extract<PackageStatus, { seq: number }>;

const keyOf = (r: PackageRequest): string => `${r.target}|${r.language ?? ''}`;

export class PackageBuilds {
  /** Bumped by every change to the course files: a build of an older generation is stale. */
  private generation = 0;
  private seq = 0;
  private current: PackageRequest | null = null;
  private readonly finished = new Map<string, { generation: number; status: Finished }>();
  private readonly pending = new Map<string, Promise<Finished>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly run: (request: PackageRequest) => Promise<BuildOutcome>,
    private readonly onStatus: (status: PackageStatus) => void = () => {},
  ) {}

  /** The package the page shows, built from the current files (at most one build per change). */
  request(request: PackageRequest): Promise<Finished> {
    this.current = { target: request.target, language: request.language };
    return this.ensure(this.current);
  }

  /** The course files changed: rebuild what the page shows now, nothing else. */
  sourcesChanged(): Promise<Finished> | null {
    this.generation++;
    return this.current ? this.ensure(this.current) : null;
  }

  private ensure(request: PackageRequest): Promise<Finished> {
    const key = keyOf(request);
    const done = this.finished.get(key);
    if (done && done.generation === this.generation) return Promise.resolve(done.status);
    const waiting = this.pending.get(key);
    if (waiting) return waiting;
    const job = this.queue.then(() => this.build(request, key));
    this.pending.set(key, job);
    this.queue = job.catch(() => {});
    return job;
  }

  private async build(request: PackageRequest, key: string): Promise<Finished> {
    // Taken before reading the files: a change during the build makes this result stale.
    const generation = this.generation;
    this.pending.delete(key);
    // Queued behind a build of the same package that has since made it current.
    const done = this.finished.get(key);
    if (done && done.generation === generation) return done.status;
    this.onStatus({ ...request, state: 'building' });
    const outcome = await this.run(request);
    const status = { ...request, ...outcome, state: outcome.ok ? 'ready' : 'failed', seq: ++this.seq } as Finished;
    this.finished.set(key, { generation, status });
    this.onStatus(status);
    return status;
  }
}
