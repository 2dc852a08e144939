// SCORM 2004 4th edition package entry: this bundle carries only the SCORM 2004 adapter.
import options from 'virtual:package';
import { createScorm2004Tracker } from '../tracking/scorm/scorm2004.js';
import { loadOutline } from './load-outline.js';
import { startPlayer } from './start-player.js';

void loadOutline().then((course) => startPlayer(course, createScorm2004Tracker(window, options.lms)));
