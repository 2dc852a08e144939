import type { CourseConfigTranslation, ModuleTranslation } from './translation.js';
import type { CourseConfig, Module } from './types.js';

/**
 * Identity helpers that give authors type checking and editor completion in
 * `modules/*.ts`. The validator still checks everything at build time, because
 * types cannot catch duplicate ids or a question with no correct answer.
 */
export function defineModule(module: Module): Module {
  return module;
}

export function defineCourse(config: CourseConfig): CourseConfig {
  return config;
}

/** `modules/<language>/NN-name.ts`: the translation of the module file with the same name. */
export function defineTranslation(translation: ModuleTranslation): ModuleTranslation {
  return translation;
}

/** `modules/<language>/course.ts`: the course title, description, attestation and assessment title. */
export function defineCourseTranslation(translation: CourseConfigTranslation): CourseConfigTranslation {
  return translation;
}
