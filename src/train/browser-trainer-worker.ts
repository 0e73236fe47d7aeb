/**
 * Entry of the browser trainer's coordinator Web Worker (started by browser-client.ts).
 * Everything heavy happens here or in the replicas it starts: loading MNIST, the
 * training loop, evaluation, serialising weights. The page only draws.
 */
import { isToTrainer, transferablesOf, type FromTrainer } from './browser-protocol';
import { webReplicaSpawner } from './browser-replica-port';
import { TrainerSession } from './browser-session';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromTrainer): void => scope.postMessage(message, transferablesOf(message));
const session = new TrainerSession({
  post,
  spawn: webReplicaSpawner(),
  // Shared images and weights need cross-origin isolation (COOP/COEP); without it, one worker.
  sharedMemory: typeof SharedArrayBuffer === 'function' && scope.crossOriginIsolated === true,
});

scope.onmessage = (event: MessageEvent) => {
  if (isToTrainer(event.data)) session.handle(event.data);
  else post({ type: 'error', runId: null, code: 'worker', message: `unknown message ${JSON.stringify(event.data?.type)}` });
};
