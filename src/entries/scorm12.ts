// SCORM 1.2 package entry: this bundle carries only the SCORM 1.2 adapter.
import options from 'virtual:package';
import { createScorm12Tracker } from '../tracking/scorm/scorm12.js';
import { loadOutline } from './load-outline.js';
import { startPlayer } from './start-player.js';

void loadOutline().then((course) => startPlayer(course, createScorm12Tracker(window, options.lms)));
