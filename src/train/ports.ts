import type { FromReplica, ToReplica } from './protocol';

/**
 * A channel to one replica thread, whatever the platform: node-replica-port.ts wraps a
 * worker_threads Worker, the browser wraps a Web Worker. `onFailure` fires when the
 * thread dies without a reply (an uncaught error, a crash, an unexpected exit).
 */
export interface ReplicaPort {
  post(message: ToReplica): void;
  listen(onMessage: (message: FromReplica) => void, onFailure: (error: Error) => void): void;
  terminate(): Promise<void>;
}

export type SpawnReplica = (index: number) => ReplicaPort;
