// Types of packages.js (a plain browser module) for the Node tests.
import type { TargetId } from '../lib/targets.js';

export interface PreviewPackage {
  label: string;
  launcher: 'scorm' | 'lrs' | 'web';
  /** How the package learns the learner's language: from the LMS at launch, or built in. */
  language: 'launch' | 'build';
}

export const PACKAGES: Record<TargetId, PreviewPackage>;
export function buildRequest(target: TargetId, language: string): { target: TargetId; language: string };
export function languageHint(target: TargetId): string;
