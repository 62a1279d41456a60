// Reads the first snapshot the browser host sealed into the page (src/main/host/first-snapshot.ts) with
// this tab's launch token, so the screens fill before any round trip. Absent (Electron, tests), sealed
// for another token, or unreadable: null, and the screens load over the channels as before.
import type { Result } from '../../../shared/errors';
import type { ChannelResult } from '../../../shared/ipc/contract';
import { FIRST_SNAPSHOT_ELEMENT_ID, type FirstSnapshotChannel } from '../../../shared/ipc/first-snapshot';

export type FirstSnapshot = { [C in FirstSnapshotChannel]?: Result<ChannelResult<C>> };

function bytes(base64: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/** The bits of the page element this reads (typed here so the host's tests run it under Node too). */
interface SnapshotElement {
  textContent: string | null;
  remove(): void;
}
type PageLookup = { getElementById(id: string): SnapshotElement | null } | undefined;

export async function readFirstSnapshot(token: string | null): Promise<FirstSnapshot | null> {
  const page = (globalThis as { document?: PageLookup }).document;
  const element = page?.getElementById(FIRST_SNAPSHOT_ELEMENT_ID) ?? null;
  if (!element) return null;
  element.remove(); // read once: a later load asks the channels
  if (!token || !globalThis.crypto?.subtle) return null;
  try {
    const sealed = JSON.parse(element.textContent ?? '') as { iv: string; data: string };
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
    const key = await crypto.subtle.importKey('raw', digest, 'AES-GCM', false, ['decrypt']);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes(sealed.iv) },
      key,
      bytes(sealed.data),
    );
    return JSON.parse(new TextDecoder().decode(plain)) as FirstSnapshot;
  } catch {
    return null;
  }
}
