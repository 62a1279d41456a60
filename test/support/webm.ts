// A small WebM (EBML) reader for tests: checks the EBML header, walks the Segment (MediaRecorder writes it
// and its Clusters with unknown sizes) and adds up the complete SimpleBlocks. A file cut by a crash ends in
// a partial element: everything before it must still parse, and that is what a player plays.

const EBML = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const CLUSTER = 0x1f43b675;
const TIMECODE = 0xe7;
const SIMPLE_BLOCK = 0xa3;
const BLOCK_GROUP = 0xa0;
const BLOCK = 0xa1;
/** Containers whose children we read (the rest are skipped by size). */
const ENTER = new Set([SEGMENT, CLUSTER, BLOCK_GROUP]);

export interface WebmFacts {
  header: boolean;
  blocks: number;
  /** From the first block to the end of the last complete one, in ms (TimecodeScale 1 ms, as Chromium writes). */
  durationMs: number;
  /** Bytes after the last complete element (a chunk cut mid-way). */
  trailingBytes: number;
}

function vint(
  buf: Buffer,
  at: number,
  keepMarker: boolean,
): { value: number; length: number; unknown: boolean } | null {
  const first = buf[at];
  if (first === undefined || first === 0) return null;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  if (at + length > buf.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const b = buf[at + i] ?? 0;
    value = value * 256 + b;
    if (b !== 0xff) allOnes = false;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

function readUint(buf: Buffer, at: number, size: number): number {
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + (buf[at + i] ?? 0);
  return v;
}

export function readWebm(buf: Buffer): WebmFacts {
  const header = buf.length >= 4 && buf.readUInt32BE(0) === EBML;
  let at = 0;
  let clusterTime = 0;
  let blocks = 0;
  let first: number | null = null;
  let last = 0;
  let lastComplete = 0;
  while (at < buf.length) {
    const id = vint(buf, at, true);
    if (!id) break;
    const size = vint(buf, at + id.length, false);
    if (!size) break;
    const body = at + id.length + size.length;
    if (ENTER.has(id.value) || (id.value === SEGMENT && size.unknown)) {
      at = body;
      lastComplete = at;
      continue;
    }
    if (size.unknown || body + size.value > buf.length) break;
    if (id.value === TIMECODE) clusterTime = readUint(buf, body, size.value);
    if (id.value === SIMPLE_BLOCK || id.value === BLOCK) {
      const track = vint(buf, body, false);
      if (track) {
        const rel = buf.readInt16BE(body + track.length);
        const t = clusterTime + rel;
        first = first === null ? t : Math.min(first, t);
        last = Math.max(last, t);
        blocks++;
      }
    }
    at = body + size.value;
    lastComplete = at;
  }
  return {
    header,
    blocks,
    durationMs: first === null ? 0 : last - first,
    trailingBytes: buf.length - lastComplete,
  };
}
