// Worker thread entry of the project pass (project-pass.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { bundledData } from '../reference/bundled.js';
import { projectPass, type PassInput } from './project-pass.js';

parentPort!.postMessage(projectPass(workerData as PassInput, bundledData()));
