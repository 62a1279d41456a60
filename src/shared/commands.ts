// Command barcodes: printed on a card at the bench so a gloved packer can drive the station by scanning
// instead of reaching for the mouse. Each code starts with "%%PS-", which no order code or SKU the
// Orders API hands out starts with, so a command can never be mistaken for an order or an item.

export const COMMANDS = [
  'ACK',
  'REPRINT_LAST',
  'FINISH_VERIFY',
  'CANCEL_CURRENT',
  'NEXT_PICKUP',
  'PRINT_TRAY',
  'END_SESSION',
  'RETURNS',
  'RETURN_CUSTOMER_REQUEST',
  'RETURN_DAMAGED',
  'RETURN_WRONG_ITEM',
  'RETURN_COURIER_FAILED',
  'RETURN_OTHER',
] as const;
export type Command = (typeof COMMANDS)[number];

/** Every command barcode starts with this; Code 128 and Code 39 can both encode it. */
export const COMMAND_PREFIX = '%%PS-';

/** The text to encode on the printed command card, per command. */
export const COMMAND_BARCODES: Readonly<Record<Command, string>> = {
  ACK: `${COMMAND_PREFIX}ACK`,
  REPRINT_LAST: `${COMMAND_PREFIX}REPRINT`,
  FINISH_VERIFY: `${COMMAND_PREFIX}FINISH`,
  CANCEL_CURRENT: `${COMMAND_PREFIX}CANCEL`,
  NEXT_PICKUP: `${COMMAND_PREFIX}PICKUP`,
  PRINT_TRAY: `${COMMAND_PREFIX}TRAY`,
  END_SESSION: `${COMMAND_PREFIX}END`,
  RETURNS: `${COMMAND_PREFIX}RETURNS`,
  RETURN_CUSTOMER_REQUEST: `${COMMAND_PREFIX}RET-CUSTOMER`,
  RETURN_DAMAGED: `${COMMAND_PREFIX}RET-DAMAGED`,
  RETURN_WRONG_ITEM: `${COMMAND_PREFIX}RET-WRONG`,
  RETURN_COURIER_FAILED: `${COMMAND_PREFIX}RET-COURIER`,
  RETURN_OTHER: `${COMMAND_PREFIX}RET-OTHER`,
};

/** The returns bench's reason cards, in the order of the number keys 1–5 (RETURN_REASONS' order). */
export const RETURN_REASON_COMMANDS = [
  'RETURN_CUSTOMER_REQUEST',
  'RETURN_DAMAGED',
  'RETURN_WRONG_ITEM',
  'RETURN_COURIER_FAILED',
  'RETURN_OTHER',
] as const satisfies readonly Command[];

const byCode = new Map<string, Command>(
  COMMANDS.map((command) => [COMMAND_BARCODES[command].toUpperCase(), command]),
);

/** True when the code is in the command namespace, known or not (so it is never treated as an order). */
export function isCommandCode(code: string): boolean {
  return code.trim().toUpperCase().startsWith(COMMAND_PREFIX);
}

/**
 * The command a scanned code stands for, or null. Case-insensitive because a scanner on a keyboard with
 * Caps Lock on inverts the case of every letter it types.
 */
export function parseCommand(code: string): Command | null {
  return byCode.get(code.trim().toUpperCase()) ?? null;
}

export function commandBarcode(command: Command): string {
  return COMMAND_BARCODES[command];
}
