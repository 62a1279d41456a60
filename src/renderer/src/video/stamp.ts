// The evidence stamp, drawn into the picture itself: each frame of the camera is copied onto a canvas with
// the order code, the AWB once known, the packer ('—' when none) and the date and time in the station's
// time zone. The recorder records the canvas (captureStream), so the stamp travels with every copy.

export interface StampText {
  orderCode: string;
  awb: string | null;
  packer: string | null;
  timeZone: string;
}

export interface StampedStream {
  stream: MediaStream;
  /** null: not recording (the canvas is not drawn then). */
  setText(text: StampText | null): void;
  stop(): void;
}

export function stampLines(text: StampText, at: Date): string[] {
  const when = new Intl.DateTimeFormat('en-GB', {
    timeZone: text.timeZone,
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(at);
  return [
    `${text.orderCode}  AWB ${text.awb ?? '—'}`,
    `${text.packer?.trim() ? text.packer : '—'}  ${when} ${text.timeZone}`,
  ];
}

/** Draws `camera` with the stamp at `fps`; a timer, not animation frames, so a hidden window keeps recording. */
export function stampedStream(
  camera: MediaStream,
  size: { width: number; height: number },
  fps: number,
): StampedStream {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = camera;
  void video.play().catch(() => undefined);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  let text: StampText | null = null;
  const font = Math.max(10, Math.round(size.height / 22));
  const draw = (): void => {
    // Between clips nothing is drawn: the bench PC spends nothing on video while it is not recording.
    if (!ctx || !text) return;
    if (video.readyState >= 2) ctx.drawImage(video, 0, 0, size.width, size.height);
    else {
      ctx.fillStyle = '#000';
      ctx.fillRect(0, 0, size.width, size.height);
    }
    const lines = stampLines(text, new Date());
    const band = font * 1.3 * lines.length + font * 0.4;
    ctx.fillStyle = 'rgba(0, 0, 0, 0.6)';
    // At the top: players draw their controls over the bottom of the picture.
    ctx.fillRect(0, 0, size.width, band);
    ctx.fillStyle = '#fff';
    ctx.font = `bold ${font}px sans-serif`;
    ctx.textBaseline = 'top';
    lines.forEach((line, i) => ctx.fillText(line, font * 0.4, font * 0.2 + i * font * 1.3));
  };
  draw();
  const timer = setInterval(draw, Math.round(1000 / fps));
  const stream = canvas.captureStream(fps);
  for (const track of camera.getAudioTracks()) stream.addTrack(track);
  return {
    stream,
    setText: (t) => {
      text = t;
      draw();
    },
    stop: () => {
      clearInterval(timer);
      for (const track of stream.getVideoTracks()) track.stop();
      video.srcObject = null;
    },
  };
}
