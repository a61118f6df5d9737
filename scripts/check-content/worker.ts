/** Worker thread: analyses files claimed from the shared list (see runner.ts). */
import { parentPort, workerData } from 'node:worker_threads';

import { analyzeShare, type SharedWork } from './runner';

parentPort?.postMessage(analyzeShare(workerData as SharedWork));
