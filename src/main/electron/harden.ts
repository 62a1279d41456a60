// Session and webContents hardening: no permissions but the camera for our page (media-permissions.ts), no navigation away, no new windows, no webviews,
// and the renderer CSP as a response header too. Adapters over Electron objects, typed structurally
// so tests can pass fakes.
import type { Session, WebContents } from 'electron';
import { mediaCheckAllowed, mediaRequestAllowed, type MediaPolicy } from './media-permissions';

type PermissionApi = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> &
  Partial<Pick<Session, 'setDevicePermissionHandler'>>;
type SessionLike = PermissionApi & { webRequest: Pick<Session['webRequest'], 'onHeadersReceived'> };
type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export interface HardenLog {
  warn(message: string, meta?: Record<string, unknown>): void;
}

/** Without `media` every permission is refused; with it, the camera (and mic when on) for our own page. */
export function hardenSession(session: SessionLike, csp: string, media?: MediaPolicy): void {
  session.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(media ? mediaRequestAllowed(permission, details, media) : false),
  );
  session.setPermissionCheckHandler((wc, permission, _origin, details) =>
    media ? mediaCheckAllowed(permission, wc?.getURL() ?? null, details, media) : false,
  );
  session.setDevicePermissionHandler?.(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    // Replace whatever a server sent (dev server) with our policy.
    for (const name of Object.keys(headers))
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
}

/** `allowedUrl(url)` says which URLs the window itself may load (our file:// page or the dev server). */
export function hardenWebContents(
  contents: WebContentsLike,
  allowedUrl: (url: string) => boolean,
  log: HardenLog,
): void {
  const block = (what: string) => (event: { preventDefault(): void }, url: string) => {
    if (what === 'will-navigate' && allowedUrl(url)) return;
    event.preventDefault();
    log.warn(`Blocked ${what}`, { url });
  };
  contents.on('will-navigate', block('will-navigate'));
  contents.on('will-redirect', block('will-redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('Blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('Blocked a new window', { url });
    return { action: 'deny' };
  });
}
