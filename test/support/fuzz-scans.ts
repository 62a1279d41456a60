// Hostile scans, seeded: what a jammed, misconfigured or malicious scanner (or a paste into the code field)
// can send. Every code it returns is, after the scanner's ASCII whitespace is trimmed, NOT one of the real
// order codes it was given: a station must neither write to the API nor print for any of them.

/** mulberry32: the same codes for the same seed on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Control characters but the scanner's own whitespace (\t \r \n, trimmed as a scanner sends them). */
const CONTROLS = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\r\n'.includes(c)),
  '\u007f',
  '\u0085',
  '\u009b',
];
/** Characters that show as nothing or as a space. */
const UNICODE_SPACES = [
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2007',
  '\u200a',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u2060',
  '\u3000',
  '\ufeff',
  '\u180e',
  '\u3164',
  '\u{e0020}',
];
const EMOJI = ['📦', '🚚', '👍🏽', '🏳️‍🌈', '🧨', '\u{1f9ea}'];
/** Right-to-left text and the bidi controls that reorder what the screen shows. */
const RTL = ['مرحبا', 'שלום', '\u202eDRO', '\u202dORD\u202c', '\u200f', '\u061c'];
const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE orders; --",
  '" OR ""="',
  '{"order_code":"ORD1"}',
  '{"__proto__":{"admin":true}}',
  '[1,2,3]',
  'null',
  '../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2fetc%2fpasswd',
  'file:///etc/shadow',
  'http://169.254.169.254/latest/meta-data/',
  '$(reboot)',
  '`id`',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '${7*7}',
  '%s%s%s%n',
  'ACK',
  'CMD:',
  'constructor',
  '__proto__',
  'toString',
];
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:';

export type FuzzKind =
  | 'control'
  | 'long'
  | 'emoji'
  | 'rtl'
  | 'injection'
  | 'prefix'
  | 'suffix'
  | 'trailing_control'
  | 'unicode_space'
  | 'random';

export interface FuzzScan {
  kind: FuzzKind;
  code: string;
}

const KINDS: FuzzKind[] = [
  'control',
  'long',
  'emoji',
  'rtl',
  'injection',
  'prefix',
  'suffix',
  'trailing_control',
  'unicode_space',
  'random',
];

/** The scanner's ASCII whitespace trimmed, as the station does. */
function asStationReads(code: string): string {
  return code.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

export interface FuzzOptions {
  seed: number;
  count: number;
  /** The real order codes of the tenant: mutated into near misses, never returned exactly. */
  realCodes: readonly string[];
  /** Longest code; 10 KB by default (a jammed trigger). */
  maxLength?: number;
  /** Leave out kinds a channel cannot carry (e.g. 'long' through a page whose scanner caps bursts). */
  kinds?: readonly FuzzKind[];
}

export function fuzzScans(opts: FuzzOptions): FuzzScan[] {
  const random = prng(opts.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const real = new Set(opts.realCodes);
  const realCodes = opts.realCodes.length > 0 ? opts.realCodes : ['ORD000000'];
  const kinds = opts.kinds ?? KINDS;
  const maxLength = opts.maxLength ?? 10_240;
  const text = (n: number, from: string): string =>
    Array.from({ length: n }, () => from[Math.floor(random() * from.length)]).join('');

  const make: Record<FuzzKind, () => string> = {
    control: () => Array.from({ length: int(1, 12) }, () => pick([...CONTROLS, 'A', '1'])).join(''),
    long: () => {
      const n = int(257, maxLength);
      return random() < 0.5
        ? pick(realCodes)
            .repeat(Math.ceil(n / 8))
            .slice(0, n)
        : text(n, ALPHABET);
    },
    emoji: () => `${pick(realCodes)}${pick(EMOJI)}`.slice(random() < 0.5 ? 0 : 1),
    rtl: () => (random() < 0.5 ? pick(RTL) : `${pick(RTL)}${pick(realCodes)}`),
    injection: () => pick(INJECTIONS),
    prefix: () => {
      const code = pick(realCodes);
      return code.slice(0, int(1, Math.max(1, code.length - 1)));
    },
    suffix: () => {
      const code = pick(realCodes);
      return random() < 0.5 ? `${code}${text(int(1, 3), ALPHABET)}` : `${text(int(1, 3), ALPHABET)}${code}`;
    },
    trailing_control: () => `${pick(realCodes)}${pick(CONTROLS)}`,
    unicode_space: () => {
      const code = pick(realCodes);
      const ch = pick(UNICODE_SPACES);
      return random() < 0.6 ? `${code}${ch}` : random() < 0.5 ? `${ch}${code}` : `${code}${ch} `;
    },
    random: () => text(int(1, 40), `${ALPHABET} \u00e9\u00df\u4e2d`),
  };

  const scans: FuzzScan[] = [];
  while (scans.length < opts.count) {
    const kind = kinds[scans.length % kinds.length] as FuzzKind;
    const code = make[kind]();
    if (real.has(asStationReads(code))) continue;
    scans.push({ kind, code });
  }
  return scans;
}
