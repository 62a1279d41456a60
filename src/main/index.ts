// Electron bootstrap: data dir, single instance, logging, window, IPC. Everything that matters lives in
// services built by the composition root, which never import electron.
import { app, dialog, ipcMain, safeStorage, session, type BrowserWindow } from 'electron';
import { createFolderPicker } from './electron/folder-picker';
import { join } from 'node:path';
import { composeStation, type Station } from './app/compose';
import { RENDERER_CSP } from './app/csp';
import { readLaunchOptions } from './app/launch-options';
import { narrowUmask } from './app/private-files';
import { EVENT_CHANNEL } from '../shared/ipc/events';
import { createElectronStore } from './electron/electron-store-adapter';
import { hardenSession, hardenWebContents } from './electron/harden';
import { registerIpc } from './electron/register-ipc';
import { createSafeStorageVault } from './electron/safe-storage-vault';
import { isOurPageUrl } from './electron/sender-check';
import { createMainWindow } from './electron/window-options';
import { createFileSink } from './log/file-log';
import { createLogger } from './log/redact';

// Files this process (and Chromium in it) creates are this user's only; see app/private-files.ts.
narrowUmask();
const launch = readLaunchOptions(process.argv, process.env);
// Settings, caches, labels and logs all live under the data dir; it also scopes the single-instance lock.
const dataDir = launch.dataDir ?? app.getPath('userData');
app.setPath('userData', dataDir);

const log = createLogger(createFileSink({ dataDir, maxBytes: 5 * 1024 * 1024, console: !app.isPackaged }));
const indexHtmlPath = join(import.meta.dirname, '../renderer/index.html');
const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
let mainWindow: BrowserWindow | null = null;
let station: Station | null = null;

app.enableSandbox();

if (!app.requestSingleInstanceLock({ dataDir })) {
  // Another station already runs on this data dir: it gets focused (below), we leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => isOurPageUrl(url, { indexHtmlPath, devServerUrl }), log),
  );
  void app.whenReady().then(start, (err: unknown) => fail(err));
}

async function start(): Promise<void> {
  try {
    station = await composeStation({
      dataDir,
      store: createElectronStore(dataDir),
      vault: createSafeStorageVault(safeStorage, join(dataDir, 'secret', 'api-key.bin')),
      env: process.env,
      argv: process.argv,
      host: 'electron',
      log,
      redactor: log.redactor,
      version: app.getVersion(),
      pickFolder: createFolderPicker(dialog, () => mainWindow),
    });
  } catch (err) {
    fail(err);
    return;
  }
  const video = station.services.video;
  hardenSession(session.defaultSession, RENDERER_CSP, {
    isOurPage: (url) => isOurPageUrl(url, { indexHtmlPath, devServerUrl }),
    microphone: () => video.settings().microphone,
  });
  const kiosk = launch.kiosk || station.services.settings.current().kiosk;
  const win = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    kiosk,
    devTools: !app.isPackaged,
  });
  mainWindow = win;
  registerIpc(
    ipcMain,
    station,
    { indexHtmlPath, devServerUrl, mainWebContentsId: () => mainWindow?.webContents.id ?? null },
    log,
  );
  const unsubscribe = station.events.subscribe((event) => {
    if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event);
  });
  // Kiosk follows the setting at once (the command line can only force it on).
  const stopKiosk = station.services.settings.onChange((s) => {
    if (!win.isDestroyed()) win.setKiosk(launch.kiosk || s.kiosk);
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    unsubscribe();
    stopKiosk();
    mainWindow = null;
  });
  log.info('Station window opening', { dataDir, kiosk, demo: station.services.connection.status().demo });
  await (devServerUrl ? win.loadURL(devServerUrl) : win.loadFile(indexHtmlPath));
}

function fail(err: unknown): void {
  log.error('The station could not start', { error: err instanceof Error ? err : String(err) });
  app.exit(1);
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', (event) => {
  if (!station) return;
  // Close the API client and the demo sandbox before the process exits.
  event.preventDefault();
  const closing = station;
  station = null;
  void closing.close().finally(() => app.quit());
});
