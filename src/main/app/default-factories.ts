// The real api/ and sandbox/ modules behind the connection. Loaded lazily by compose.ts so tests can
// inject fakes and the sandbox code is only loaded when some run needs it.
import { createOrdersClient } from '../api/client';
import { describeConnectionFailure } from '../api/connection-failure';
import type { ConnectionFactories } from './connection';

export const defaultFactories: ConnectionFactories = {
  // Loaded only when a run needs it (demo): its label renderer and seed data stay off a normal start.
  startSandbox: async (opts) => (await import('../sandbox')).startSandbox(opts),
  createOrdersClient: (cfg) => createOrdersClient(cfg),
  describeConnectionFailure: (err) => describeConnectionFailure(err),
};
