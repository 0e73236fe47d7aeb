/**
 * Gradient replicas in Web Workers: the browser's side of ports.ts. Each replica runs
 * browser-replica-worker.ts (serveReplica over the tiled engine); messages are the
 * replica protocol of protocol.ts, images and weights live in SharedArrayBuffers.
 */
import type { ReplicaPort, SpawnReplica } from './ports';
import type { FromReplica, ToReplica } from './protocol';

/** A module worker running browser-replica-worker.ts (the URL is literal so bundlers find the entry). */
export function startReplicaWorker(index: number): Worker {
  return new Worker(new URL('./browser-replica-worker.ts', import.meta.url), { type: 'module', name: `convlab-replica-${index}` });
}

export function webReplicaSpawner(start: (index: number) => Worker = startReplicaWorker): SpawnReplica {
  return (index) => webReplicaPort(start(index), index);
}

export function webReplicaPort(worker: Worker, index: number): ReplicaPort {
  return {
    post(message: ToReplica) {
      // A step's indices are a fresh copy per message: hand the buffer over instead of cloning it.
      const transfer = message.type === 'step' && message.indices.buffer instanceof ArrayBuffer ? [message.indices.buffer] : [];
      worker.postMessage(message, transfer);
    },
    listen(onMessage, onFailure) {
      worker.onmessage = (event: MessageEvent<FromReplica>) => onMessage(event.data);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        onFailure(new Error(`replica ${index} failed: ${event.message || 'the worker script could not run'}`));
      };
      worker.onmessageerror = () => onFailure(new Error(`replica ${index}: a message could not be read`));
    },
    async terminate() {
      worker.terminate();
    },
  };
}
