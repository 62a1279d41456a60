// The browser host: the SAME handler table as Electron, served on 127.0.0.1 only, so Playwright can drive
// the real renderer in Chromium. Protocol (documented for the bridge in src/renderer/src/bridge):
//   GET  /, /assets/*         the built renderer (public files, no secrets), CSP header as in Electron; the
//                             page carries the first snapshot sealed with the launch token (first-snapshot.ts)
//   POST /rpc/:channel        body {"arg": <argument>} → 200 Result JSON; needs Authorization: Bearer <token>
//                             and Origin: <our origin>
//   GET  /events              Server-Sent Events, each `data: {"name","payload"}`; needs the Bearer token
// The token is random per launch and handed over once in the printed URL's fragment (#token=...), which
// browsers never send to servers or put in Referer headers.
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import { isChannelName } from '../../shared/ipc/contract';
import type { Station } from '../app/compose';
import { RENDERER_CSP } from '../app/csp';
import type { Logger } from '../log/logger';
import { bearerMatches, hostMatches, newLaunchToken, originAllowed } from './access';
import { withFirstSnapshot } from './first-snapshot';
import { permissionsPolicyHeader } from '../video/permissions-policy';
import { findStaticFile } from './static-files';

export interface WebHostOptions {
  station: Pick<Station, 'invoke' | 'events'>;
  /** The built renderer (out/web). */
  staticDir: string;
  port?: number;
  log: Logger;
  /** Tests pin it; otherwise random per launch. */
  token?: string;
  heartbeatMs?: number;
  /** Whether the recording setting has the microphone on (Permissions-Policy); off when not given. */
  microphone?: () => boolean;
}

export interface WebHost {
  origin: string;
  token: string;
  /** The URL to open, token included. */
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? newLaunchToken();
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, forceCloseConnections: true });
  const streams = new Set<ServerResponse>();
  let origin = '';

  const refuse = (reply: FastifyReply, code: number, message: string) =>
    reply.code(code).header('Cache-Control', 'no-store').send({ error: message });

  app.addHook('onRequest', async (req, reply) => {
    reply.headers(SECURITY_HEADERS);
    reply.header('Permissions-Policy', permissionsPolicyHeader(opts.microphone?.() ?? false));
    if (!hostMatches(req.headers.host, origin)) return refuse(reply, 421, 'Wrong host');
  });

  function authorised(req: FastifyRequest, reply: FastifyReply, originRequired: boolean): boolean {
    if (!bearerMatches(req.headers.authorization, token)) {
      refuse(reply, 401, 'Missing or wrong launch token');
      return false;
    }
    if (!originAllowed(req.headers.origin, origin, originRequired)) {
      opts.log.warn('Browser host refused a foreign origin', {
        origin: req.headers.origin ?? null,
        url: req.url,
      });
      refuse(reply, 403, 'Foreign origin');
      return false;
    }
    return true;
  }

  app.post<{ Params: { channel: string }; Body: unknown }>('/rpc/:channel', async (req, reply) => {
    if (!authorised(req, reply, true)) return reply;
    const { channel } = req.params;
    if (!isChannelName(channel)) return refuse(reply, 404, 'Unknown channel');
    const body = req.body;
    const arg = typeof body === 'object' && body !== null ? (body as { arg?: unknown }).arg : undefined;
    const result = await opts.station.invoke(channel, arg);
    return reply.header('Cache-Control', 'no-store').send(result);
  });

  app.get('/events', (req, reply) => {
    if (!authorised(req, reply, false)) return reply;
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write('retry: 2000\n\n');
    streams.add(res);
    const unsubscribe = opts.station.events.subscribe((event) =>
      res.write(`data: ${JSON.stringify(event)}\n\n`),
    );
    const heartbeat = setInterval(() => res.write(': ping\n\n'), opts.heartbeatMs ?? 15_000);
    const done = () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    };
    req.raw.on('close', done);
    res.on('close', done);
  });

  app.get('/*', async (req, reply) => {
    const file = await findStaticFile(opts.staticDir, req.url);
    if (!file) {
      const index = req.url === '/' || req.url.startsWith('/#');
      return refuse(reply, 404, index ? 'The renderer is not built: run npm run build:web' : 'Not found');
    }
    // The page (index.html, never cached) comes with the first snapshot sealed in: no round trip to scan.
    const page = file.contentType.startsWith('text/html');
    const body = page ? await withFirstSnapshot(file.body, opts.station, token) : file.body;
    return reply
      .type(file.contentType)
      .header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-store')
      .send(body);
  });

  // Loopback only: the handlers act with the station's API key, nothing off this machine may reach them.
  await app.listen({ host: '127.0.0.1', port: opts.port ?? 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('The browser host has no TCP address');
  origin = `http://127.0.0.1:${address.port}`;

  return {
    origin,
    token,
    url: `${origin}/#token=${token}`,
    async close() {
      for (const res of streams) res.end();
      await app.close();
    },
  };
}
