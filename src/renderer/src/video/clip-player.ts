// A clip's bytes from main, slice by slice, as one blob: URL the <video> element can play.
import type { ErrorInfo } from '../../../shared/errors';
import { station } from '../app/station';
import { fromBase64 } from './chunks';

export async function loadClipUrl(clipId: string): Promise<{ url: string } | { error: ErrorInfo }> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const res = await station.video.read({ clipId, offset });
    if (!res.ok) return { error: res.error };
    parts.push(fromBase64(res.value.data));
    offset = res.value.next;
  }
  return { url: URL.createObjectURL(new Blob(parts, { type: 'video/webm' })) };
}
