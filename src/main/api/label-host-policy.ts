// Where a label download may go. The label URL comes from the API and redirects come from whoever serves
// it, so each hop is checked before it is requested: never from https down to plain http, and never to a
// loopback, private or link-local address (the station's own machine, the warehouse LAN, cloud metadata)
// unless the label's own address, the first URL the API gave, is itself private (a sandbox or test on
// 127.0.0.1, a label server inside the warehouse). Addresses are checked after resolving the host name.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

export interface LabelHostPolicy {
  /** Every address the host name resolves to (an IP literal resolves to itself). */
  resolve(hostname: string): Promise<string[]>;
  /** True for addresses a public label must not lead to: loopback, private, link-local, unspecified… */
  isPrivate(address: string): boolean;
}

const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 reaches the local machine
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

/** The IPv4 address inside an IPv4-mapped or -compatible IPv6 address (::ffff:a.b.c.d), if any. */
function embeddedIpv4(address: string): string | null {
  const dotted = /^(?:0*:)*(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address.replace(/^::/, '0:'));
  if (dotted) return dotted[1];
  const hex = /^(?:0*:)*ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address.replace(/^::/, '0:'));
  if (!hex) return null;
  const hi = parseInt(hex[1], 16);
  const lo = parseInt(hex[2], 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** Loopback, private, link-local, unspecified, multicast or reserved; anything unparseable counts too. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return BLOCKED.check(bare, 'ipv4');
  if (family !== 6) return true;
  const v4 = embeddedIpv4(bare);
  if (v4 !== null) return BLOCKED.check(v4, 'ipv4');
  return BLOCKED.check(bare, 'ipv6');
}

export const systemLabelHostPolicy: LabelHostPolicy = {
  async resolve(hostname) {
    const bare = hostname.replace(/^\[|\]$/g, '');
    if (isIP(bare)) return [bare];
    const found = await lookup(bare, { all: true, verbatim: true });
    return found.map((a) => a.address);
  },
  isPrivate: isPrivateAddress,
};

/** Why a hop is refused, in words, or null when it may be requested. */
export type HopVerdict =
  /** `addresses`: what the host name resolved to and was checked (the request must go only there). */
  { refused: false; addresses?: string[] } | { refused: true; why: string };

export interface HopCheck {
  /** 0 for the URL the API gave, 1.. for each redirect. */
  hop: number;
  from: URL | null;
  to: URL;
  /** Whether the first URL resolved to a private address (then private targets are allowed). */
  originPrivate: boolean;
}

function hopName(hop: number): string {
  return hop === 0 ? 'the label address from the API' : `redirect ${hop}`;
}

/** Decides one hop; resolves host names through the policy. */
export async function checkHop(check: HopCheck, policy: LabelHostPolicy): Promise<HopVerdict> {
  const { hop, from, to } = check;
  if (from && from.protocol === 'https:' && to.protocol === 'http:') {
    return {
      refused: true,
      why: `${hopName(hop)} goes from https down to plain http (${to.host}), where the label could be read or changed on the way`,
    };
  }
  if (check.originPrivate) return { refused: false };
  const addresses = await policy.resolve(to.hostname);
  const inside = addresses.find((a) => policy.isPrivate(a));
  if (inside !== undefined) {
    return {
      refused: true,
      why: `${hopName(hop)} leads to ${to.host}, a local or private address (${inside}), while the label's own address is public`,
    };
  }
  if (addresses.length === 0) return { refused: true, why: `${hopName(hop)} (${to.host}) has no address` };
  return { refused: false, addresses };
}

/**
 * True when every address of the first URL's host is private. A host with public and private addresses
 * counts as public, so its own private addresses are refused at the first hop.
 */
export async function isPrivateOrigin(url: URL, policy: LabelHostPolicy): Promise<boolean> {
  const addresses = await policy.resolve(url.hostname);
  return addresses.length > 0 && addresses.every((a) => policy.isPrivate(a));
}
