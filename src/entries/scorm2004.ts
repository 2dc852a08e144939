// SCORM 2004 4th edition package entry: this bundle carries only the SCORM 2004 adapter.
import course from 'virtual:course';
import options from 'virtual:package';
import { createScorm2004Tracker } from '../tracking/scorm/scorm2004.js';
import { startPlayer } from './start-player.js';

void startPlayer(course, createScorm2004Tracker(window, options.lms));
