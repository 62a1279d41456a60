// The Orders API fastify app: request ids, tenant auth, fault knobs, the envelope on every reply
// (bad JSON → 400, unknown route → 404, crashes → 500, never an HTML page), and all routes.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { authenticate } from './auth';
import type { SandboxContext } from './context';
import { registerControlRoutes } from './control-routes';
import { ApiError, sendError } from './envelope';
import { registerFulfillmentRoutes } from './routes/fulfillment';
import { registerLabelTrackingRoutes } from './routes/label-tracking';
import { registerReadRoutes } from './routes/orders-read';
import { registerWriteRoutes } from './routes/orders-write';

export const API_PREFIX = '/api/partner/v1';
const CONTROL_PREFIX = '/__sandbox/';

export function buildApiApp(ctx: SandboxContext): FastifyInstance {
  const app = Fastify({ logger: false, genReqId: () => randomUUID(), forceCloseConnections: true });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    const route = request.routeOptions.url;
    if (route === undefined) return; // unknown route: the 404 envelope, whoever asks
    const isPublic = route.startsWith(`${API_PREFIX}/`);
    if (!isPublic && !route.startsWith(CONTROL_PREFIX)) return;
    authenticate(request, ctx.tenants);
    if (isPublic) await ctx.faults.onRequest(request, reply);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url;
    const sent = route?.startsWith(`${API_PREFIX}/`)
      ? ctx.malformed.replace(request, reply, payload)
      : payload;
    return ctx.faults.onSend(request, reply, sent);
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) return sendError(request, reply, error);
    const status = error.statusCode ?? 500;
    if (status === 400 || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return sendError(request, reply, new ApiError(400, 'The request body is not valid JSON.'));
    }
    if (status >= 400 && status < 500) return sendError(request, reply, new ApiError(status, error.message));
    return sendError(request, reply, new ApiError(500, 'Internal Server Error'));
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(
      request,
      reply,
      new ApiError(404, `Route ${request.method} ${request.url.split('?')[0]} not found`),
    ),
  );

  app.register(
    async (api) => {
      registerReadRoutes(api, ctx);
      registerWriteRoutes(api, ctx);
      registerFulfillmentRoutes(api, ctx);
      registerLabelTrackingRoutes(api, ctx);
    },
    { prefix: API_PREFIX },
  );
  registerControlRoutes(app, ctx);
  return app;
}
