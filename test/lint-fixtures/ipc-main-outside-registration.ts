// An adapter registering a channel of its own, beside the IPC registration.
import { ipcMain } from 'electron';

ipcMain.handle('side:door', () => 'open');
