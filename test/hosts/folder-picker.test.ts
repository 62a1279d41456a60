// The Electron export-folder dialog: a folder the user picks comes back, a cancel is null (nothing
// exported), and the dialog opens over the station window when there is one.
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Dialog } from 'electron';
import { createFolderPicker } from '../../src/main/electron/folder-picker';

vi.mock('electron', () => ({}));

function fakeDialog(answer: { canceled: boolean; filePaths: string[] }) {
  const calls: unknown[][] = [];
  const dialog = {
    showOpenDialog: async (...args: unknown[]) => {
      calls.push(args);
      return answer;
    },
  } as unknown as Pick<Dialog, 'showOpenDialog'>;
  return { dialog, calls };
}

describe('export folder picker', () => {
  it('returns the picked folder, asking for a folder (create allowed) over the station window', async () => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: ['/media/usb/claims'] });
    const win = { id: 1 } as unknown as BrowserWindow;
    expect(await createFolderPicker(dialog, () => win)()).toBe('/media/usb/claims');
    expect(calls[0]?.[0]).toBe(win);
    expect(calls[0]?.[1]).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
  });

  it('a cancelled dialog exports nothing (null), also without a window', async () => {
    const { dialog, calls } = fakeDialog({ canceled: true, filePaths: [] });
    expect(await createFolderPicker(dialog, () => null)()).toBeNull();
    expect(calls[0]?.[0]).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
  });
});
