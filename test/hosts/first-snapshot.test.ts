// The browser host's page carries the first snapshot sealed with the launch token: the tab that holds the
// token reads every channel's Result from it (no round trip before it can scan); anyone else reads nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { withFirstSnapshot } from '../../src/main/host/first-snapshot';
import { readFirstSnapshot } from '../../src/renderer/src/bridge/first-snapshot';
import { FIRST_SNAPSHOT_CHANNELS } from '../../src/shared/ipc/first-snapshot';

const PAGE = Buffer.from(
  '<!doctype html><html><head><title>Packing Station</title></head><body></body></html>',
);
const TOKEN = 'launch-token-0123456789abcdefghijklmnopqrstuvwxyz';

const station = {
  invoke: async (channel: string) => ({ ok: true as const, value: { channel } }),
};

/** The page's element as the renderer's document would give it. */
function servePage(html: string): { removed: () => boolean } {
  const m = /<script type="application\/json" id="([^"]+)">([^<]*)<\/script>/.exec(html);
  let removed = false;
  const element = m ? { textContent: m[2], remove: () => (removed = true) } : null;
  (globalThis as { document?: unknown }).document = {
    getElementById: (id: string) => (m && id === m[1] ? element : null),
  };
  return { removed: () => removed };
}

afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
});

describe('first snapshot in the served page', () => {
  it('the tab with the launch token reads every first channel’s Result, once', async () => {
    const html = (await withFirstSnapshot(PAGE, station as never, TOKEN)).toString('utf8');
    expect(html).toContain('</title><script type="application/json"');
    const page = servePage(html);
    const snapshot = await readFirstSnapshot(TOKEN);
    expect(page.removed()).toBe(true);
    for (const channel of FIRST_SNAPSHOT_CHANNELS) {
      expect(snapshot?.[channel]).toEqual({ ok: true, value: { channel } });
    }
  });

  it('is sealed: no readable value in the page, and another token reads nothing', async () => {
    const html = (await withFirstSnapshot(PAGE, station as never, TOKEN)).toString('utf8');
    expect(html).not.toContain('settings:get');
    servePage(html);
    expect(await readFirstSnapshot('another-token')).toBeNull();
    servePage(html);
    expect(await readFirstSnapshot(null)).toBeNull();
  });

  it('a page without a head, or no snapshot in the page, leaves everything as before', async () => {
    const bare = Buffer.from('<!doctype html><title>x</title>');
    expect((await withFirstSnapshot(bare, station as never, TOKEN)).equals(bare)).toBe(true);
    servePage('<p>no snapshot</p>');
    expect(await readFirstSnapshot(TOKEN)).toBeNull();
  });
});
