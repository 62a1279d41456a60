// @vitest-environment jsdom
// The recorder follows the pack flow: a clip starts once the scanned order resolves, stops N seconds after
// its label printed, at once when the order stops, and a quick next scan ends it and starts a new clip
// (never appends). The recorder and the camera are fakes; the flow store is the real one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StepEvent } from '../../src/shared/station';

const log: string[] = [];
let nextId = 0;
const resetIds = (): void => void (nextId = 0);

vi.mock('../../src/renderer/src/app/station', () => ({
  station: { video: { awb: async () => ({ ok: true, value: { awb: 'AWB1' } }) } },
}));
vi.mock('../../src/renderer/src/video/video-controller', () => ({
  currentStamped: () => ({ stream: {}, setText: () => undefined, stop: () => undefined }),
}));
vi.mock('../../src/renderer/src/video/recorder', () => ({
  ClipRecorder: {
    start: async (_s: unknown, start: { orderCode: string; scanId: string; packer: string | null }) => {
      const clipId = `clip${++nextId}`;
      const scan = start.scanId.split(':').pop() ?? '';
      log.push(`start ${clipId} ${start.orderCode} ${scan} packer=${String(start.packer)}`);
      return {
        clipId,
        setAwb: (awb: string) => log.push(`awb ${clipId} ${awb}`),
        stop: async (reason: string) => void log.push(`stop ${clipId} ${reason}`),
      };
    },
  },
}));

const { flowActions } = await import('../../src/renderer/src/pack/flow-store');
const { appActions } = await import('../../src/renderer/src/app/app-store');
const { videoActions } = await import('../../src/renderer/src/video/video-store');
const { followPackFlow } = await import('../../src/renderer/src/video/flow-driver');

function step(orderCode: string, scanId: string, s: StepEvent['step'], state: StepEvent['state']): void {
  // Scan ids are unique per run, as main's UUIDs are.
  flowActions.step({
    orderCode,
    scanId: `${run}:${scanId}`,
    step: s,
    state,
    startedAt: new Date().toISOString(),
  });
}
const settle = () => vi.advanceTimersByTimeAsync(0);

let unfollow: () => void = () => undefined;
let run = 0;

beforeEach(() => {
  vi.useFakeTimers();
  log.length = 0;
  resetIds();
  run += 1;
  flowActions.clearCurrent();
  videoActions.setSettings({
    mode: 'optional',
    deviceId: '',
    resolution: '320x240',
    frameRate: 10,
    microphone: false,
    stopAfterSeconds: 3,
    retentionDays: 30,
    maxGb: 1,
  });
  videoActions.setCamera('ready');
  unfollow = followPackFlow();
});
afterEach(() => {
  unfollow();
  vi.useRealTimers();
});

describe('one clip per order', () => {
  it('starts once the order resolves and stops the set seconds after the label printed', async () => {
    flowActions.scanStarted('ORD1');
    step('ORD1', 's1', 'resolve', 'running');
    await settle();
    expect(log).toEqual([]);
    step('ORD1', 's1', 'resolve', 'done');
    await settle();
    expect(log).toEqual(['start clip1 ORD1 s1 packer=null']);
    step('ORD1', 's1', 'set_packed', 'done');
    step('ORD1', 's1', 'print', 'done');
    await settle();
    expect(log).toContain('awb clip1 AWB1');
    await vi.advanceTimersByTimeAsync(2900);
    expect(log.some((l) => l.startsWith('stop'))).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(log.at(-1)).toBe('stop clip1 printed');
  });

  it('the clip names who is packing at the bench when it starts', async () => {
    appActions.setPeople({ packers: [], current: { id: 'p1', name: 'Ani' }, since: null });
    flowActions.scanStarted('ORD1');
    step('ORD1', 's1', 'resolve', 'done');
    await settle();
    expect(log).toEqual(['start clip1 ORD1 s1 packer=Ani']);
    appActions.setPeople({ packers: [], current: null, since: null });
  });

  it('a quick next scan ends the clip and starts a new one, even for the same order', async () => {
    flowActions.scanStarted('ORD1');
    step('ORD1', 's1', 'resolve', 'done');
    step('ORD1', 's1', 'print', 'done');
    await settle();
    flowActions.scanStarted('ORD2');
    await settle();
    step('ORD2', 's2', 'resolve', 'done');
    await settle();
    flowActions.scanStarted('ORD2');
    step('ORD2', 's3', 'resolve', 'done');
    await settle();
    await vi.advanceTimersByTimeAsync(10_000);
    const events = log.filter((l) => !l.startsWith('awb'));
    // Each scan its own clip (the stop of one may land after the next one started: two files, no append).
    expect(events.filter((l) => l.startsWith('start'))).toEqual([
      'start clip1 ORD1 s1 packer=null',
      'start clip2 ORD2 s2 packer=null',
      'start clip3 ORD2 s3 packer=null',
    ]);
    expect(events.filter((l) => l.startsWith('stop')).sort()).toEqual([
      'stop clip1 superseded',
      'stop clip2 superseded',
    ]);
  });

  it('stops at once when the order stops or is cancelled at the bench', async () => {
    flowActions.scanStarted('ORD1');
    step('ORD1', 's1', 'resolve', 'done');
    await settle();
    flowActions.outcome({
      kind: 'stop',
      orderCode: 'ORD1',
      scanId: `${run}:s1`,
      reason: 'cancel_requested',
      status: null,
    });
    await settle();
    expect(log.at(-1)).toMatch(/^stop clip\d+ stopped$/);
    flowActions.scanStarted('ORD3');
    step('ORD3', 's4', 'resolve', 'done');
    await settle();
    flowActions.clearCurrent();
    await settle();
    expect(log.at(-1)).toMatch(/^stop clip\d+ cancelled$/);
  });

  it('records nothing without a ready camera', async () => {
    videoActions.setCamera('missing', 'NotFoundError');
    flowActions.scanStarted('ORD1');
    step('ORD1', 's1', 'resolve', 'done');
    await settle();
    expect(log).toEqual([]);
  });
});
