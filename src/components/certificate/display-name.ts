/**
 * SCORM LMSs give the learner's name as "Last, First" (SCORM 1.2 RTE 3.4.2
 * cmi.core.student_name; SCORM 2004 RTE 4.2.13 cmi.learner_name); a
 * certificate reads "First Last".
 */
export function displayName(lmsName: string): string {
  const [last, first, ...rest] = lmsName.split(',').map((part) => part.trim());
  if (!first || rest.length > 0) return lmsName.trim();
  return `${first} ${last}`;
}
