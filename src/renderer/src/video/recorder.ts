// One clip: asks main to open it, records the stamped canvas with MediaRecorder in one-second chunks and
// sends each chunk as it comes (main flushes it to disk), then finishes it. A chunk that main refused stops
// the clip loudly (the store shows the error) rather than leaving a hole in the file.
import type { ClipEndReason } from '../../../shared/video/types';
import type { ErrorInfo } from '../../../shared/errors';
import { station } from '../app/station';
import { pieces } from './chunks';
import type { StampedStream, StampText } from './stamp';

const TIMESLICE_MS = 1000;

export interface ClipStart {
  orderCode: string;
  scanId: string;
  packer: string | null;
  timeZone: string;
}

export function bitsPerSecond(width: number): number {
  return width <= 320 ? 250_000 : width <= 640 ? 600_000 : 1_500_000;
}

function pickMimeType(): string {
  for (const type of ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'])
    if (MediaRecorder.isTypeSupported(type)) return type;
  return '';
}

export class ClipRecorder {
  private seq = 0;
  private uploads: Promise<void> = Promise.resolve();
  private problem: ErrorInfo | null = null;
  private text: StampText;

  private constructor(
    readonly clipId: string,
    private readonly recorder: MediaRecorder,
    private readonly stamped: StampedStream,
    start: ClipStart,
    private readonly onError: (error: ErrorInfo) => void,
  ) {
    this.text = { orderCode: start.orderCode, awb: null, packer: start.packer, timeZone: start.timeZone };
  }

  /** Opens the clip in main and starts recording; null (and `onError`) when main refused. */
  static async start(
    stamped: StampedStream,
    start: ClipStart,
    opts: { width: number; onError: (error: ErrorInfo) => void },
  ): Promise<ClipRecorder | null> {
    const res = await station.video.start({
      orderCode: start.orderCode,
      scanId: start.scanId,
      packer: start.packer,
    });
    if (!res.ok) {
      opts.onError(res.error);
      return null;
    }
    const mimeType = pickMimeType();
    const recorder = new MediaRecorder(stamped.stream, {
      ...(mimeType ? { mimeType } : {}),
      videoBitsPerSecond: bitsPerSecond(opts.width),
    });
    const clip = new ClipRecorder(res.value.id, recorder, stamped, start, opts.onError);
    stamped.setText(clip.text);
    recorder.ondataavailable = (e) => {
      if (e.data.size > 0) clip.send(e.data);
    };
    recorder.start(TIMESLICE_MS);
    return clip;
  }

  setAwb(awb: string): void {
    this.text = { ...this.text, awb };
    this.stamped.setText(this.text);
  }

  /**
   * Stops recording, waits until every chunk is on disk, then closes the clip in main. The stamp stays: the
   * next clip may already be drawing its own (the flow driver clears it when no clip follows).
   */
  async stop(reason: ClipEndReason): Promise<void> {
    if (this.recorder.state !== 'inactive') {
      const stopped = new Promise<void>((resolve) => {
        this.recorder.onstop = () => resolve();
      });
      this.recorder.stop();
      await stopped;
    }
    await this.uploads;
    const res = await station.video.finish({ clipId: this.clipId, reason: this.problem ? 'failed' : reason });
    if (!res.ok) this.onError(res.error);
  }

  private send(blob: Blob): void {
    this.uploads = this.uploads.then(async () => {
      if (this.problem) return;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      for (const data of pieces(bytes)) {
        const res = await station.video.append({ clipId: this.clipId, seq: this.seq, data });
        if (!res.ok) {
          this.problem = res.error;
          this.onError(res.error);
          if (this.recorder.state !== 'inactive') this.recorder.stop();
          return;
        }
        this.seq += 1;
      }
    });
  }
}
