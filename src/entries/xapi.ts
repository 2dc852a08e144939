// xAPI (Tin Can) package entry: this bundle carries only the xAPI adapter.
import options from 'virtual:package';
import { createXapiTracker } from '../tracking/xapi/xapi-tracker.js';
import { loadOutline } from './load-outline.js';
import { startPlayer } from './start-player.js';

void loadOutline().then((course) => startPlayer(course, createXapiTracker({ win: window, course, baseIri: options.baseIri })));
