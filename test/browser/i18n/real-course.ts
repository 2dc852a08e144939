// The real course as the build loads it (English modules and the translations), written to
// .cache/real-course.json by test/support/write-course-json.ts before the browser tests run.
import type { Course } from '../../../src/content/types.js';

const loaded = (await (await fetch('/.cache/real-course.json')).json()) as Course;

export function realCourse(extra: Partial<Course> = {}): Course {
  return { ...structuredClone(loaded), version: 'browsertest01', ...extra };
}
