/** Entry of a Node replica thread (started by node-replica-port.ts): the tiled engine behind the replica protocol. */
import { parentPort } from 'node:worker_threads';
import { serveReplica } from './replica';
import { tiledEngine } from './tiled-engine';

const port = parentPort;
if (!port) throw new Error('node-replica-worker.ts must run in a worker thread');
port.on('message', serveReplica(tiledEngine, (message, transfer) => port.postMessage(message, transfer), () => port.close()));
