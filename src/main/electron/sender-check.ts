// Who may call our IPC: only the top frame of OUR main window, showing OUR page (the built file:// page
// or, in development, the electron-vite dev server). Anything else is a foreign sender.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export interface SenderFacts {
  /** URL of the frame that sent the message; null when the frame is gone. */
  frameUrl: string | null;
  /** False for iframes. */
  isMainFrame: boolean;
  webContentsId: number;
}

export interface TrustedRenderer {
  /** The built renderer's index.html on disk. */
  indexHtmlPath: string;
  /** `ELECTRON_RENDERER_URL` in development, else null. */
  devServerUrl: string | null;
  /** The main window's webContents id (null before it exists). */
  mainWebContentsId: () => number | null;
}

export function isOurPageUrl(
  url: string,
  trusted: Pick<TrustedRenderer, 'indexHtmlPath' | 'devServerUrl'>,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') {
    try {
      return resolve(fileURLToPath(parsed)) === resolve(trusted.indexHtmlPath);
    } catch {
      return false;
    }
  }
  if (!trusted.devServerUrl) return false;
  return parsed.origin === new URL(trusted.devServerUrl).origin;
}

export function isTrustedSender(sender: SenderFacts, trusted: TrustedRenderer): boolean {
  const mainId = trusted.mainWebContentsId();
  if (mainId === null || sender.webContentsId !== mainId) return false;
  if (!sender.isMainFrame || sender.frameUrl === null) return false;
  return isOurPageUrl(sender.frameUrl, trusted);
}
