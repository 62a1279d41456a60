// The main window. Its webPreferences are written literally at `new BrowserWindow(...)`, so static review
// (Electronegativity, an auditor reading the build) sees every security switch where the window is made;
// a builder function returning the options hides them from that review.
// The renderer is untrusted: isolated, sandboxed, no Node, web security on, no <webview>, no middle-click
// (Auxclick) opening links in new windows.
import { BrowserWindow } from 'electron';

export interface MainWindowInput {
  preloadPath: string;
  kiosk: boolean;
  /** Developer tools only outside kiosk and outside packaged builds. */
  devTools: boolean;
}

export function createMainWindow(input: MainWindowInput): BrowserWindow {
  return new BrowserWindow({
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
      // Electronegativity flags every preload for manual review (PRELOAD_JS_CHECK). Reviewed: ours is our
      // own bundled src/preload, exposes only the typed channels of src/shared/ipc through contextBridge,
      // never ipcRenderer itself, and main checks each message's sender and data. The comment is a legal
      // comment (@preserve) so it survives into the build, where `npm run lint:security` reads it.
      preload: /* eng-disable PRELOAD_JS_CHECK @preserve (reviewed, see above) */ input.preloadPath,
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
      disableBlinkFeatures: 'Auxclick',
      devTools: input.devTools && !input.kiosk,
    },
  });
}
