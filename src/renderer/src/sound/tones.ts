// Short tones so a packer looking at the box, not the screen, hears what happened. An error must be
// impossible to miss or mistake: low, long and repeated, where the good tones are short and high.
// The AudioContext is made on first use (browsers only allow sound after a key press anyway) and a
// station without audio, or a test without Web Audio, simply stays silent.

export type ToneName = 'ok' | 'item' | 'error';

export interface ToneNote {
  frequencyHz: number;
  durationMs: number;
  /** Silence after the note. */
  gapMs: number;
  wave: 'sine' | 'square' | 'triangle';
}

export const TONE_PATTERNS: Readonly<Record<ToneName, readonly ToneNote[]>> = {
  // Order done (label printed): a bright rising pair.
  ok: [
    { frequencyHz: 880, durationMs: 90, gapMs: 20, wave: 'sine' },
    { frequencyHz: 1320, durationMs: 120, gapMs: 0, wave: 'sine' },
  ],
  // One item counted: a short tick that does not tire over hundreds of scans.
  item: [{ frequencyHz: 1568, durationMs: 50, gapMs: 0, wave: 'sine' }],
  // Something is wrong: three low, long buzzes.
  error: [
    { frequencyHz: 196, durationMs: 380, gapMs: 120, wave: 'square' },
    { frequencyHz: 196, durationMs: 380, gapMs: 120, wave: 'square' },
    { frequencyHz: 196, durationMs: 380, gapMs: 0, wave: 'square' },
  ],
};

interface AudioParamLike {
  setValueAtTime(value: number, time: number): unknown;
  linearRampToValueAtTime(value: number, time: number): unknown;
}
interface GainNodeLike {
  gain: AudioParamLike;
  connect(destination: unknown): unknown;
}
interface OscillatorNodeLike {
  type: string;
  frequency: AudioParamLike;
  connect(destination: unknown): unknown;
  start(when: number): void;
  stop(when: number): void;
}
/** The parts of a Web Audio AudioContext the tones use. */
export interface AudioContextLike {
  currentTime: number;
  state: string;
  destination: unknown;
  createOscillator(): OscillatorNodeLike;
  createGain(): GainNodeLike;
  resume(): Promise<void>;
  close(): Promise<void>;
}

export interface TonePlayer {
  /** Plays a tone; false when there is no audio. Never throws. */
  play(name: ToneName): boolean;
  /** 0 (mute) to 1. */
  setVolume(volume: number): void;
  close(): void;
}

type ContextFactory = () => AudioContextLike | null;

function browserAudioContext(): AudioContextLike | null {
  const Ctor = (Reflect.get(globalThis, 'AudioContext') ?? Reflect.get(globalThis, 'webkitAudioContext')) as
    (new () => AudioContextLike) | undefined;
  return Ctor ? new Ctor() : null;
}

/** Square waves sound much louder than sines at the same gain. */
const WAVE_LEVEL: Record<ToneNote['wave'], number> = { sine: 1, triangle: 0.9, square: 0.45 };
const RAMP_S = 0.008; // fade in/out so notes do not click

export function createTonePlayer(createContext: ContextFactory = browserAudioContext): TonePlayer {
  let context: AudioContextLike | null = null;
  let unavailable = false;
  let volume = 0.6;

  function ensureContext(): AudioContextLike | null {
    if (context || unavailable) return context;
    try {
      context = createContext();
    } catch {
      context = null;
    }
    unavailable = context === null;
    return context;
  }

  function schedule(ctx: AudioContextLike, note: ToneNote, start: number): void {
    const end = start + note.durationMs / 1000;
    const level = volume * WAVE_LEVEL[note.wave];
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = note.wave;
    osc.frequency.setValueAtTime(note.frequencyHz, start);
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(level, start + RAMP_S);
    gain.gain.setValueAtTime(level, Math.max(start + RAMP_S, end - RAMP_S));
    gain.gain.linearRampToValueAtTime(0, end);
    osc.connect(gain);
    gain.connect(ctx.destination);
    osc.start(start);
    osc.stop(end);
  }

  return {
    play(name: ToneName): boolean {
      if (volume <= 0) return false;
      const ctx = ensureContext();
      if (!ctx) return false;
      try {
        if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
        let at = ctx.currentTime + 0.01;
        for (const note of TONE_PATTERNS[name]) {
          schedule(ctx, note, at);
          at += (note.durationMs + note.gapMs) / 1000;
        }
        return true;
      } catch {
        return false; // a broken audio device must never break a scan
      }
    },
    setVolume(next: number): void {
      volume = Math.min(1, Math.max(0, Number.isFinite(next) ? next : 0));
    },
    close(): void {
      void context?.close().catch(() => undefined);
      context = null;
    },
  };
}

let shared: TonePlayer | null = null;

function sharedPlayer(): TonePlayer {
  shared ??= createTonePlayer();
  return shared;
}

/** Plays a tone on the station's shared player (silent where there is no audio). */
export function playTone(name: ToneName): void {
  sharedPlayer().play(name);
}

export function setToneVolume(volume: number): void {
  sharedPlayer().setVolume(volume);
}
