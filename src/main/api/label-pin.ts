// DNS pinning for label downloads: a hop's host name is resolved and checked (label-host-policy.ts), and
// the request must then reach exactly those addresses. Left to itself undici would resolve the name again,
// and a host that answers "public" to the check and "127.0.0.1" a moment later (DNS rebinding) would get
// the station to fetch from inside. The pinned dispatcher's connect.lookup answers only the checked ones.
import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { Agent } from 'undici';
import type { buildConnector } from 'undici';

/** TLS/TCP options a pinned connection keeps (a test's own CA, say); `lookup` is always ours. */
export type PinConnectOptions = Omit<buildConnector.BuildOptions, 'lookup'>;

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A lookup that answers only `addresses` for `hostname` (and refuses any other name). */
export function pinnedLookup(hostname: string, addresses: readonly string[]) {
  const pinned: LookupAddress[] = addresses.map((address) => ({ address, family: isIP(address) }));
  return (name: string, options: LookupOptions, callback: LookupCallback): void => {
    if (name.replace(/^\[|\]$/g, '').toLowerCase() !== hostname.toLowerCase() || pinned.length === 0) {
      const err: NodeJS.ErrnoException = new Error(`${name} is not the label host that was checked`);
      err.code = 'ENOTFOUND';
      callback(err, []);
      return;
    }
    const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
    const usable = wanted ? pinned.filter((a) => a.family === wanted) : pinned;
    if (options.all) callback(null, usable);
    else if (usable[0]) callback(null, usable[0].address, usable[0].family);
    else callback(Object.assign(new Error(`no IPv${wanted} address for ${name}`), { code: 'ENOTFOUND' }), []);
  };
}

/** Whether requests to this host name resolve it (an IP literal needs no pinning). */
export function needsPin(hostname: string): boolean {
  return isIP(hostname.replace(/^\[|\]$/g, '')) === 0;
}

/** A dispatcher whose connections go only to the checked addresses of `hostname` (one download, or kept warm). */
export function pinnedAgent(
  hostname: string,
  addresses: readonly string[],
  limits: { connectMs: number; headersMs: number; bodyMs: number },
  connect: PinConnectOptions = {},
  keepAlive: { keepAliveTimeout?: number; keepAliveMaxTimeout?: number } = {},
): Agent {
  return new Agent({
    connect: { ...connect, timeout: limits.connectMs, lookup: pinnedLookup(hostname, addresses) },
    headersTimeout: limits.headersMs,
    bodyTimeout: limits.bodyMs,
    connections: 1,
    ...keepAlive,
  });
}
