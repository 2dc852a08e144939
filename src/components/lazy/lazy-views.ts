/**
 * The views a first screen (the cover, a lesson without questions) does not
 * need, in one file loaded on demand (lazy-code.ts). One file, not one per
 * view: files that only lazy code shared would each be another request that
 * can fail, and a failed import cannot be retried under the same URL.
 */
import '../question/fl-question.js';
import '../check/fl-knowledge-check.js';
import '../assessment/fl-assessment.js';
import '../results/fl-results.js';
import '../attestation/fl-attestation.js';
import '../certificate/fl-certificate.js';
import '../job-aid/fl-job-aid.js';
import '../ending/fl-completed.js';
