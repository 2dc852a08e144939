/**
 * Copies the firm's logo (modules/site.yaml `logo`) into the package at the
 * same path it has in the course folder, so `course.brand.logo` names it in
 * both. Call before `stagePackage`, whose manifest lists the files staged so far.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Course } from '../../src/content/types.js';

export function stageBrand(course: Course, modules: string, dir: string): void {
  const logo = course.brand?.logo;
  if (!logo) return;
  mkdirSync(dirname(join(dir, logo)), { recursive: true });
  copyFileSync(join(modules, logo), join(dir, logo));
}
