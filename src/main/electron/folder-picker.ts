// The computer's own folder dialog for exporting a packing video: the user picks where the copy goes.
// Cancelled = null (nothing exported). The dialog hangs off the station window so it stays in front.
import type { BrowserWindow, Dialog } from 'electron';

export function createFolderPicker(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: () => BrowserWindow | null,
): () => Promise<string | null> {
  return async () => {
    const options = {
      title: 'Export the video to…',
      properties: ['openDirectory', 'createDirectory'],
    } as const;
    const parent = window();
    const res = parent
      ? await dialog.showOpenDialog(parent, { ...options, properties: [...options.properties] })
      : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
    return res.canceled ? null : (res.filePaths[0] ?? null);
  };
}
