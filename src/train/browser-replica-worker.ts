/** Entry of a gradient replica Web Worker (started by browser-replica-port.ts): serveReplica over the tiled engine. */
import { serveReplica } from './replica';
import { tiledEngine } from './tiled-engine';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = ((handle) => (event: MessageEvent) => handle(event.data))(
  serveReplica(tiledEngine, (message, transfer) => scope.postMessage(message, transfer ?? []), () => scope.close()),
);
