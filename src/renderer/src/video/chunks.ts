// Bytes to base64 pieces small enough for one `video:append` (main refuses larger ones).
import { MAX_CHUNK_BYTES } from '../../../shared/video/types';

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** One recorder chunk as the appends that carry it, in order. */
export function pieces(bytes: Uint8Array, max = MAX_CHUNK_BYTES): string[] {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += max) out.push(toBase64(bytes.subarray(i, i + max)));
  return out;
}
