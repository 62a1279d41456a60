// Registers one ipcMain handler per contract channel. Each checks the sender first (our main window, our
// page, top frame), then goes through the station's one wrapper. Foreign senders get a refusal value.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../shared/errors';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import type { Station } from '../app/compose';
import type { Logger } from '../log/logger';
import { isTrustedSender, type SenderFacts, type TrustedRenderer } from './sender-check';

export function senderFacts(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): SenderFacts {
  const frame = event.senderFrame;
  return {
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame ? frame.parent === null : false,
    webContentsId: event.sender.id,
  };
}

export const FOREIGN_SENDER: Result<never> = {
  ok: false,
  error: {
    kind: 'auth',
    message: 'Refused: this request did not come from the station window.',
    messageKey: 'supervisorErrors.wrongSender',
    retryable: false,
    requestId: null,
    httpStatus: null,
  },
};

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  station: Pick<Station, 'invoke'>,
  trusted: TrustedRenderer,
  log: Logger,
): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, rawArg: unknown) => {
      const facts = senderFacts(event);
      if (!isTrustedSender(facts, trusted)) {
        log.warn('Refused IPC from a foreign sender', {
          channel,
          url: facts.frameUrl,
          webContentsId: facts.webContentsId,
        });
        return FOREIGN_SENDER;
      }
      return station.invoke(channel, rawArg);
    });
  }
  return () => CHANNEL_NAMES.forEach((c) => ipcMain.removeHandler(c));
}
