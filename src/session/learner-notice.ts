import type { TrackerNotice } from '../tracking/tracker.js';

/**
 * What the player tells the learner about saving (not connected, saving
 * again, could not save…). The session passes the tracker's notice on
 * unchanged; this name is the player's view of it, so components never
 * import from src/tracking/ (ARCHITECTURE: components render, tracking records).
 */
export type LearnerNotice = TrackerNotice;
