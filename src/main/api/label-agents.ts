// Warm connections to the label host. A pinned dispatcher (label-pin.ts) per download meant a fresh TCP
// and TLS handshake for every label: one to three round trips to the CDN on the packer's path at each
// scan. The pool keeps a pinned agent per (host name, checked addresses) with keep-alive, so the next label
// from the same host reuses the connection. Every download still checks the host first (label-host-policy);
// a connection is only ever reused for the same checked addresses, so DNS pinning holds.
import type { Agent } from 'undici';
import { pinnedAgent, type PinConnectOptions } from './label-pin';

export interface PinnedAgentLimits {
  connectMs: number;
  headersMs: number;
  bodyMs: number;
}

export interface PinnedAgents {
  /** The warm agent for this host at exactly these checked addresses (made on first use). */
  agentFor(hostname: string, addresses: readonly string[], limits: PinnedAgentLimits): Agent;
  /** After a failed download: its connection is not trusted for the next label. */
  drop(agent: Agent): void;
  /** How many hosts have a warm agent now. */
  readonly size: number;
  close(): Promise<void>;
}

/** Hosts kept warm at once: labels come from one CDN, maybe two (a redirect), rarely more. */
const MAX_HOSTS = 4;

/** Idle connections live this long unless the server's Keep-Alive says less (a box every 15–60 s). */
export const LABEL_KEEP_ALIVE_MS = 60_000;

export function createPinnedAgents(connect: PinConnectOptions = {}): PinnedAgents {
  // Map order = least recently used first.
  const agents = new Map<string, Agent>();

  function forget(key: string, agent: Agent): void {
    agents.delete(key);
    void agent.destroy().catch(() => undefined);
  }

  return {
    agentFor(hostname, addresses, limits) {
      const key = `${hostname.toLowerCase()}|${[...addresses].sort().join(',')}`;
      const known = agents.get(key);
      if (known && !known.destroyed && !known.closed) {
        agents.delete(key);
        agents.set(key, known);
        return known;
      }
      const agent = pinnedAgent(hostname, addresses, limits, connect, {
        keepAliveTimeout: LABEL_KEEP_ALIVE_MS,
        keepAliveMaxTimeout: LABEL_KEEP_ALIVE_MS * 5,
      });
      agents.set(key, agent);
      for (const [oldKey, old] of agents) {
        if (agents.size <= MAX_HOSTS) break;
        forget(oldKey, old);
      }
      return agent;
    },
    drop(agent) {
      for (const [key, known] of agents) if (known === agent) forget(key, known);
    },
    get size() {
      return agents.size;
    },
    async close() {
      const all = [...agents.values()];
      agents.clear();
      await Promise.all(all.map((a) => a.close().catch(() => undefined)));
    },
  };
}
