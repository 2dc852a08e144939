// cmi5 package entry (the AU): this bundle carries only the cmi5 and shared xAPI code.
import course from 'virtual:course';
import options from 'virtual:package';
import { createCmi5Tracker } from '../tracking/cmi5/cmi5-tracker.js';
import { startPlayer } from './start-player.js';

void startPlayer(course, createCmi5Tracker({ win: window, course, baseIri: options.baseIri }));
