// cmi5 package entry (the AU): this bundle carries only the cmi5 and shared xAPI code.
import options from 'virtual:package';
import { createCmi5Tracker } from '../tracking/cmi5/cmi5-tracker.js';
import { loadOutline } from './load-outline.js';
import { startPlayer } from './start-player.js';

void loadOutline().then((course) => startPlayer(course, createCmi5Tracker({ win: window, course, baseIri: options.baseIri })));
