// The Electron bootstrap, with Electron mocked (its binary cannot run here): data dir, single-instance
// lock, secure window, IPC registered for the contract, events forwarded to the window.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../src/shared/ipc/contract';
import { EVENT_CHANNEL } from '../../src/shared/ipc/events';
import { fakeFactories } from './fakes';

const h = vi.hoisted(() => {
  type Fn = (...a: unknown[]) => unknown;
  const state = {
    lock: true,
    paths: {} as Record<string, string>,
    appOn: new Map<string, Fn>(),
    quit: 0,
    windows: [] as {
      options: Record<string, unknown>;
      loaded: string | null;
      sent: unknown[][];
      focused: number;
    }[],
    handles: new Map<string, Fn>(),
    sandboxEnabled: false,
    permissionHandler: null as Fn | null,
  };
  class BrowserWindow {
    rec: (typeof state.windows)[number];
    webContents: { id: number; send: (...a: unknown[]) => void };
    constructor(options: Record<string, unknown>) {
      this.rec = { options, loaded: null, sent: [], focused: 0 };
      state.windows.push(this.rec);
      this.webContents = { id: 41, send: (...a: unknown[]) => void this.rec.sent.push(a) };
    }
    loadFile = async (p: string) => void (this.rec.loaded = p);
    loadURL = async (u: string) => void (this.rec.loaded = u);
    once() {}
    on() {}
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    focus = () => void (this.rec.focused += 1);
    setKiosk() {}
  }
  const app = {
    isPackaged: true,
    getPath: (n: string) => state.paths[n] ?? `/default/${n}`,
    setPath: (n: string, p: string) => void (state.paths[n] = p),
    getVersion: () => '9.9.9',
    enableSandbox: () => void (state.sandboxEnabled = true),
    requestSingleInstanceLock: () => state.lock,
    on: (name: string, fn: Fn) => void state.appOn.set(name, fn),
    whenReady: () => Promise.resolve(),
    quit: () => void (state.quit += 1),
    exit: () => undefined,
  };
  const ipcMain = {
    handle: (c: string, fn: Fn) => void state.handles.set(c, fn),
    removeHandler: (c: string) => void state.handles.delete(c),
    on: () => undefined,
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (fn: Fn) => void (state.permissionHandler = fn),
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
      webRequest: { onHeadersReceived: () => undefined },
    },
  };
  const safeStorage = {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (s: string) => Buffer.from(s),
    decryptString: (b: Buffer) => b.toString(),
  };
  // The export-folder dialog (video): only opened when the user asks, never at start.
  const dialog = { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) };
  const electron = { app, BrowserWindow, ipcMain, session, safeStorage, dialog, shell: {} };
  return { state, electron };
});

vi.mock('electron', () => ({ ...h.electron, default: h.electron }));
// electron-store is loaded by Node outside vitest's module graph, so it would reach the real electron.
vi.mock('electron-store', () => ({
  default: class {
    data = new Map<string, unknown>();
    get = (k: string) => this.data.get(k);
    set = (k: string, v: unknown) => void this.data.set(k, v);
    delete = (k: string) => void this.data.delete(k);
  },
}));
vi.mock('../../src/main/app/default-factories', () => ({ defaultFactories: fakeFactories() }));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hosts-boot-'));
  process.env.PACKING_DATA_DIR = dir;
  Object.assign(h.state, { lock: true, paths: {}, quit: 0, windows: [], sandboxEnabled: false });
  h.state.appOn.clear();
  h.state.handles.clear();
  vi.resetModules();
});
afterEach(async () => {
  // Quit as Electron would, so the station (work queue, outbox, logs) stops writing into the data dir.
  const quits = h.state.quit;
  h.state.appOn.get('will-quit')?.({ preventDefault: () => undefined });
  await vi
    .waitFor(() => expect(h.state.quit).toBeGreaterThan(quits), { timeout: 10_000 })
    .catch(() => undefined);
  delete process.env.PACKING_DATA_DIR;
  await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

describe('Electron bootstrap', () => {
  it('uses the data dir, opens one secure window and registers the contract', async () => {
    await import('../../src/main/index');
    await vi.waitFor(() => expect(h.state.windows[0]?.loaded).toBeTruthy(), { timeout: 10_000 });
    expect(h.state.paths.userData).toBe(dir);
    expect(h.state.sandboxEnabled).toBe(true);
    const win = h.state.windows[0];
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(String(win.loaded)).toMatch(/renderer[/\\]index\.html$/);
    expect([...h.state.handles.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());

    // Our window may call; the reply is the handler table's.
    const event = { sender: { id: 41 }, senderFrame: { url: `file://${win.loaded}`, parent: null } };
    const info = await h.state.handles.get('app:info')?.(event, undefined);
    expect(info).toMatchObject({
      ok: true,
      value: { version: '9.9.9', host: 'electron', dataDir: dir, demo: true },
    });
    const foreign = await h.state.handles.get('app:info')?.({ ...event, sender: { id: 99 } }, undefined);
    expect(foreign).toMatchObject({ ok: false, error: { kind: 'auth' } });

    // Events reach the window on the one event channel.
    await h.state.handles.get('settings:update')?.(event, {
      patch: { theme: 'dark', apiUrl: 'https://orders.example.com' },
      newPin: '135790',
    });
    const pin = (await h.state.handles.get('supervisor:verifyPin')?.(event, { pin: '135790' })) as {
      value: { token: string };
    };
    await vi.waitFor(() => expect(win.sent.some((s) => s[0] === EVENT_CHANNEL)).toBe(true));

    // The key goes to the vault; the log file (dataDir/logs) says so without the key.
    const stored = await h.state.handles.get('settings:setApiKey')?.(event, {
      key: 'sk-bootstrap-secret-42',
      supervisorToken: pin.value.token,
    });
    expect(JSON.stringify(stored)).not.toContain('sk-bootstrap-secret-42');
    await vi.waitFor(async () =>
      expect(await readFile(join(dir, 'logs', 'main.log'), 'utf8')).toContain('API key stored'),
    );
    expect(await readFile(join(dir, 'logs', 'main.log'), 'utf8')).not.toContain('sk-bootstrap-secret-42');

    // Permission requests are denied.
    const cb = vi.fn();
    h.state.permissionHandler?.({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);

    // A second start focuses this window.
    h.state.appOn.get('second-instance')?.();
    expect(win.focused).toBe(1);
  });

  it('a second instance on the same data dir quits without a window', async () => {
    h.state.lock = false;
    await import('../../src/main/index');
    await new Promise((r) => setTimeout(r, 50));
    expect(h.state.quit).toBe(1);
    expect(h.state.windows).toEqual([]);
    expect(h.state.handles.size).toBe(0);
  });
});
