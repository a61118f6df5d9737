/** Worker thread: analyses a share of the files (see runner.ts). */
import { parentPort, workerData } from 'node:worker_threads';

import { analyzeFile, type FileTask } from './analyze';

const { tasks, sources } = workerData as { tasks: FileTask[]; sources: string[] };
parentPort?.postMessage(tasks.map((task, index) => analyzeFile(task, sources[index])));
