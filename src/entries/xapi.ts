// xAPI (Tin Can) package entry: this bundle carries only the xAPI adapter.
import course from 'virtual:course';
import options from 'virtual:package';
import { createXapiTracker } from '../tracking/xapi/xapi-tracker.js';
import { startPlayer } from './start-player.js';

void startPlayer(course, createXapiTracker({ win: window, course, baseIri: options.baseIri }));
