// The label "CDN": a second origin serving label PDFs at signed URLs. It never needs the API key, and
// it records whether each request carried an Authorization header (the station must not send one).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type { LabelRequestRecord } from './context';
import { renderLabelPdf } from './label-pdf';
import type { Malformed } from './malformed';
import type { SandboxStore } from './store';
import type { StoredOrder } from './types';

const CACHE_SIZE = 200;

export interface LabelOrigin {
  app: FastifyInstance;
  /** Path and query of an order's label; the caller prefixes the origin. */
  pathFor(tenantId: string, orderCode: string): string;
}

export function createLabelOrigin(
  store: SandboxStore,
  requests: LabelRequestRecord[],
  malformed?: Malformed,
): LabelOrigin {
  const secret = randomBytes(32);
  const sign = (tenantId: string, code: string) =>
    createHmac('sha256', secret).update(`${tenantId}\n${code}`).digest('hex').slice(0, 32);
  // Rendering costs a barcode and a PDF: keep recent ones (Map order = least recently used first).
  const cache = new Map<string, Uint8Array>();

  const app = Fastify({ logger: false, forceCloseConnections: true });
  app.addHook('onRequest', async (request) => {
    requests.push({
      path: request.url.split('?')[0],
      authorization_present: !!request.headers.authorization,
    });
  });

  app.get<{ Params: { tenant: string; file: string }; Querystring: { sig?: string } }>(
    '/labels/:tenant/:file',
    async (request, reply) => {
      const { tenant } = request.params;
      const match = /^(.+)\.pdf$/.exec(request.params.file);
      const given = Buffer.from(request.query.sig ?? '');
      const code = match?.[1] ?? '';
      const expected = Buffer.from(sign(tenant, code));
      if (!match || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return reply.code(403).type('text/plain').send('Forbidden: bad label signature');
      }
      let order: StoredOrder | undefined;
      try {
        order = store.tenant(tenant).byOrderCode(code);
      } catch {
        order = undefined;
      }
      if (!order) return reply.code(404).type('text/plain').send('Label not found');
      const fault = malformed?.labelFile(reply);
      if (fault !== null && fault !== undefined) return reply.send(fault);
      const key = `${tenant}\n${code}\n${order.trackingNumber ?? ''}\n${order.pickupOption ?? ''}`;
      let pdf = cache.get(key);
      if (pdf) cache.delete(key);
      else pdf = await renderLabelPdf(order);
      cache.set(key, pdf);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return reply
        .type('application/pdf')
        .header('cache-control', 'private, max-age=300')
        .header('content-disposition', `inline; filename="${code.replace(/"/g, '')}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );
  app.setNotFoundHandler((_request, reply) => reply.code(404).type('text/plain').send('Not found'));

  return {
    app,
    pathFor: (tenantId, code) =>
      `/labels/${encodeURIComponent(tenantId)}/${encodeURIComponent(code)}.pdf?sig=${sign(tenantId, code)}`,
  };
}
