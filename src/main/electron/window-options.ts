// The main window's options, as a pure function so a test can pin every security switch.
// The renderer is untrusted: isolated, sandboxed, no Node, web security on, no <webview>.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  preloadPath: string;
  kiosk: boolean;
  /** Developer tools only outside kiosk and outside packaged builds. */
  devTools: boolean;
}

export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#111111',
    title: 'Packing Station',
    autoHideMenuBar: true,
    kiosk: input.kiosk,
    fullscreen: input.kiosk,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: input.devTools && !input.kiosk,
    },
  };
}
