// Fault knobs for public API requests: latency, 5xx errors, dropped connections, hangs and garbage
// bodies. `fault_phase` says whether a faulted request is refused before it applies, or applied and
// then its reply lost — the case an idempotent outbox replay must survive.
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

export const faultSettingsSchema = z
  .object({
    latency_ms: z.number().int().min(0).max(120_000),
    error_rate: z.number().min(0).max(1),
    drop_rate: z.number().min(0).max(1),
    hang_rate: z.number().min(0).max(1),
    garbage_rate: z.number().min(0).max(1),
    fault_phase: z.enum(['before', 'after', 'mixed']),
  })
  .strict();
export type FaultSettings = z.infer<typeof faultSettingsSchema>;

export type FaultKind = 'error' | 'drop' | 'hang' | 'garbage';
interface Fault {
  kind: FaultKind;
  phase: 'before' | 'after';
}

const NO_FAULTS: FaultSettings = {
  latency_ms: 0,
  error_rate: 0,
  drop_rate: 0,
  hang_rate: 0,
  garbage_rate: 0,
  fault_phase: 'before',
};

const TRUNCATED_JSON = '{"status":200,"message":"Ok","data":{"data":[{"order_header_id":1,"order_co';
const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>' +
  '<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

export class Faults {
  private current: FaultSettings = { ...NO_FAULTS };
  private readonly faultOf = new WeakMap<FastifyRequest, Fault>();
  private readonly held = new Set<() => void>();
  private garbageTurn = 0;

  get settings(): FaultSettings {
    return { ...this.current };
  }

  update(partial: Partial<FaultSettings>): FaultSettings {
    this.current = { ...this.current, ...partial };
    return this.settings;
  }

  /** onRequest for public routes: latency, then a fault roll; "before" faults act right here. */
  async onRequest(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const s = this.current;
    if (s.latency_ms > 0) await new Promise((resolve) => setTimeout(resolve, s.latency_ms));
    const fault = this.roll();
    if (!fault) return;
    if (fault.phase === 'after') {
      this.faultOf.set(request, fault);
      return;
    }
    if (fault.kind === 'error') {
      reply.code(503).send({
        status: 503,
        message: 'Service Unavailable',
        data: null,
        errors: null,
        request_id: request.id,
      });
    } else if (fault.kind === 'garbage') {
      this.sendGarbage(reply);
    } else {
      // Drop or hang: take the socket away from fastify so nothing is ever written.
      reply.hijack();
      if (fault.kind === 'hang') await this.hold(request.raw.socket);
      request.raw.socket.destroy();
    }
  }

  /** onSend: "after" faults replace or lose a reply whose change was already applied. */
  async onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const fault = this.faultOf.get(request);
    if (!fault) return payload;
    this.faultOf.delete(request);
    if (fault.kind === 'error') {
      reply.code(500).type('application/json; charset=utf-8');
      return JSON.stringify({
        status: 500,
        message: 'Internal Server Error',
        data: null,
        errors: null,
        request_id: request.id,
      });
    }
    if (fault.kind === 'garbage') return this.garbage(reply);
    if (fault.kind === 'hang') await this.hold(request.raw.socket);
    request.raw.socket.destroy();
    return payload;
  }

  /** Let every hung request go (their sockets are destroyed): called on close(). */
  releaseAll(): void {
    for (const release of [...this.held]) release();
  }

  private roll(): Fault | null {
    const s = this.current;
    const kinds: [FaultKind, number][] = [
      ['hang', s.hang_rate],
      ['drop', s.drop_rate],
      ['error', s.error_rate],
      ['garbage', s.garbage_rate],
    ];
    for (const [kind, rate] of kinds) {
      if (rate > 0 && Math.random() < rate) {
        const phase = s.fault_phase === 'mixed' ? (Math.random() < 0.5 ? 'before' : 'after') : s.fault_phase;
        return { kind, phase };
      }
    }
    return null;
  }

  /** Wait until the client gives up (socket closes) or the sandbox closes. */
  private hold(socket: Socket): Promise<void> {
    return new Promise((resolve) => {
      const release = () => {
        this.held.delete(release);
        socket.off('close', release);
        resolve();
      };
      this.held.add(release);
      socket.once('close', release);
    });
  }

  private sendGarbage(reply: FastifyReply): void {
    const body = this.garbage(reply);
    reply.code(200).send(body);
  }

  /** Alternately a truncated JSON body and a proxy's HTML page, both with status 200. */
  private garbage(reply: FastifyReply): string {
    const html = this.garbageTurn++ % 2 === 1;
    reply
      .code(200)
      .header('content-type', html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8');
    return html ? HTML_PAGE : TRUNCATED_JSON;
  }
}
