// Electron's session refuses every permission but the camera (and the microphone while the setting has it
// on), and grants those only to the app's own page. Electron itself is mocked: its binary cannot run here.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { hardenSession } = await import('../../src/main/electron/harden');
const { permissionsPolicyHeader } = await import('../../src/main/video/permissions-policy');

type RequestHandler = (wc: unknown, permission: string, cb: (ok: boolean) => void, details: unknown) => void;
type CheckHandler = (wc: unknown, permission: string, origin: string, details: unknown) => boolean;

const OURS = 'file:///app/out/renderer/index.html';

function harden(microphone: boolean) {
  let request: RequestHandler | null = null;
  let check: CheckHandler | null = null;
  let device: (() => boolean) | null = null;
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => void (request = h),
    setPermissionCheckHandler: (h: CheckHandler) => void (check = h),
    setDevicePermissionHandler: (h: () => boolean) => void (device = h),
    webRequest: { onHeadersReceived: () => undefined },
  };
  hardenSession(session as never, "default-src 'self'", {
    isOurPage: (url) => url === OURS,
    microphone: () => microphone,
  });
  const ask = (permission: string, details: Record<string, unknown>): boolean => {
    const cb = vi.fn();
    request?.({}, permission, cb, { isMainFrame: true, ...details });
    expect(cb).toHaveBeenCalledTimes(1);
    return cb.mock.calls[0]?.[0] as boolean;
  };
  const checkFor = (permission: string, details: Record<string, unknown>, pageUrl = OURS): boolean =>
    check?.({ getURL: () => pageUrl }, permission, 'file:///', { isMainFrame: true, ...details }) ?? true;
  return { ask, checkFor, device: () => device?.() };
}

const EVERYTHING_ELSE = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'midi',
  'midiSysex',
  'notifications',
  'openExternal',
  'pointerLock',
  'keyboardLock',
  'storage-access',
  'window-management',
  'unknown',
];

describe('media permissions (mic off)', () => {
  const { ask, checkFor, device } = harden(false);

  it('grants the camera to our own page', () => {
    expect(ask('media', { requestingUrl: OURS, mediaTypes: ['video'] })).toBe(true);
    expect(checkFor('media', { requestingUrl: OURS, mediaType: 'video' })).toBe(true);
  });

  it('refuses the microphone while the setting is off', () => {
    expect(ask('media', { requestingUrl: OURS, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(ask('media', { requestingUrl: OURS, mediaTypes: ['audio'] })).toBe(false);
    expect(checkFor('media', { requestingUrl: OURS, mediaType: 'audio' })).toBe(false);
  });

  it('refuses the camera to any other page, and to frames', () => {
    expect(ask('media', { requestingUrl: 'https://evil.example/', mediaTypes: ['video'] })).toBe(false);
    expect(ask('media', { requestingUrl: 'file:///tmp/other.html', mediaTypes: ['video'] })).toBe(false);
    expect(ask('media', { requestingUrl: OURS, mediaTypes: ['video'], isMainFrame: false })).toBe(false);
    expect(ask('media', { mediaTypes: ['video'] })).toBe(false);
    expect(checkFor('media', { mediaType: 'video' }, 'https://evil.example/')).toBe(false);
  });

  it('refuses every other permission, even to our own page', () => {
    for (const permission of EVERYTHING_ELSE) {
      expect({ permission, ok: ask(permission, { requestingUrl: OURS }) }).toEqual({ permission, ok: false });
      expect({ permission, ok: checkFor(permission, { requestingUrl: OURS }) }).toEqual({
        permission,
        ok: false,
      });
    }
    expect(device()).toBe(false);
  });
});

describe('media permissions (mic on)', () => {
  const { ask, checkFor } = harden(true);

  it('grants camera and microphone to our own page only', () => {
    expect(ask('media', { requestingUrl: OURS, mediaTypes: ['video', 'audio'] })).toBe(true);
    expect(checkFor('media', { requestingUrl: OURS, mediaType: 'audio' })).toBe(true);
    expect(ask('media', { requestingUrl: 'https://evil.example/', mediaTypes: ['audio'] })).toBe(false);
    expect(ask('geolocation', { requestingUrl: OURS })).toBe(false);
  });
});

describe('browser host Permissions-Policy', () => {
  it('allows the camera for self, the microphone only when on', () => {
    expect(permissionsPolicyHeader(false)).toContain('camera=(self)');
    expect(permissionsPolicyHeader(false)).toContain('microphone=()');
    expect(permissionsPolicyHeader(true)).toContain('microphone=(self)');
    expect(permissionsPolicyHeader(false)).toContain('geolocation=()');
  });
});
