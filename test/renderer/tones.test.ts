// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  createTonePlayer,
  playTone,
  TONE_PATTERNS,
  type AudioContextLike,
  type ToneName,
} from '../../src/renderer/src/sound/tones';

interface Played {
  wave: string;
  frequencyHz: number;
  start: number;
  stop: number;
  peak: number;
}

/** A Web Audio stand-in that records what would have been heard. */
function fakeContext(state = 'running'): { ctx: AudioContextLike; played: Played[]; resumed: () => number } {
  const played: Played[] = [];
  let resumes = 0;
  const ctx: AudioContextLike = {
    currentTime: 5,
    state,
    destination: {},
    createGain() {
      const levels: number[] = [];
      const gain = {
        gain: {
          setValueAtTime: (v: number) => levels.push(v),
          linearRampToValueAtTime: (v: number) => levels.push(v),
        },
        connect: () => undefined,
        levels,
      };
      return gain;
    },
    createOscillator() {
      const note: Played = { wave: '', frequencyHz: 0, start: 0, stop: 0, peak: 0 };
      let levels: number[] = [];
      return {
        type: 'sine',
        frequency: {
          setValueAtTime: (v: number) => (note.frequencyHz = v),
          linearRampToValueAtTime: () => undefined,
        },
        connect(destination: unknown) {
          levels = (destination as { levels: number[] }).levels;
        },
        start(when: number) {
          note.wave = this.type;
          note.start = when;
        },
        stop(when: number) {
          note.stop = when;
          note.peak = Math.max(...levels);
          played.push(note);
        },
      };
    },
    resume: async () => {
      resumes++;
    },
    close: async () => undefined,
  };
  return { ctx, played, resumed: () => resumes };
}

function play(name: ToneName): Played[] {
  const { ctx, played } = fakeContext();
  expect(createTonePlayer(() => ctx).play(name)).toBe(true);
  return played;
}

describe('tones', () => {
  it('plays each pattern as scheduled notes in order', () => {
    const notes = play('ok');
    expect(notes.map((n) => n.frequencyHz)).toEqual(TONE_PATTERNS.ok.map((n) => n.frequencyHz));
    expect(notes[1].start).toBeGreaterThanOrEqual(notes[0].stop);
    expect(notes.every((n) => n.peak > 0 && n.start >= 5)).toBe(true);
  });

  it('makes the error tone low, long and repeated, unlike the good tones', () => {
    const error = play('error');
    const span = (notes: Played[]): number => notes[notes.length - 1].stop - notes[0].start;
    expect(error.length).toBeGreaterThanOrEqual(2);
    for (const good of [play('ok'), play('item')]) {
      expect(Math.max(...error.map((n) => n.frequencyHz))).toBeLessThan(
        Math.min(...good.map((n) => n.frequencyHz)) / 2,
      );
      expect(span(error)).toBeGreaterThan(3 * span(good));
    }
    expect(error.every((n) => n.stop - n.start >= 0.3)).toBe(true);
  });

  it('creates the audio context only when a tone is first played, and only once', () => {
    const factory = vi.fn(() => fakeContext().ctx);
    const player = createTonePlayer(factory);
    expect(factory).not.toHaveBeenCalled();
    player.play('item');
    player.play('ok');
    expect(factory).toHaveBeenCalledTimes(1);
  });

  it('wakes a suspended context (autoplay policy) before playing', () => {
    const { ctx, resumed } = fakeContext('suspended');
    createTonePlayer(() => ctx).play('ok');
    expect(resumed()).toBe(1);
  });

  it('stays silent, without throwing, when there is no audio', () => {
    expect(createTonePlayer(() => null).play('error')).toBe(false);
    const throwing = vi.fn((): AudioContextLike => {
      throw new Error('no audio device');
    });
    const player = createTonePlayer(throwing);
    expect(player.play('error')).toBe(false);
    expect(player.play('ok')).toBe(false);
    expect(throwing).toHaveBeenCalledTimes(1); // not retried on every scan
    // jsdom has no Web Audio: the shared player must cope.
    expect(() => playTone('error')).not.toThrow();
  });

  it('respects the volume, and plays nothing when muted', () => {
    const { ctx, played } = fakeContext();
    const player = createTonePlayer(() => ctx);
    player.setVolume(0.2);
    player.play('item');
    expect(played[0].peak).toBeCloseTo(0.2, 5);
    player.setVolume(0);
    expect(player.play('item')).toBe(false);
    expect(played).toHaveLength(1);
  });
});
