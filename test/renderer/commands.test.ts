import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  COMMAND_BARCODES,
  COMMAND_PREFIX,
  commandBarcode,
  isCommandCode,
  parseCommand,
} from '../../src/shared/commands';

describe('command barcodes', () => {
  it('round-trips every command through its barcode', () => {
    for (const command of COMMANDS) expect(parseCommand(commandBarcode(command))).toBe(command);
  });

  it('gives every command its own code in the reserved namespace', () => {
    const codes = Object.values(COMMAND_BARCODES);
    expect(new Set(codes).size).toBe(COMMANDS.length);
    for (const code of codes) expect(code.startsWith(COMMAND_PREFIX)).toBe(true);
  });

  it('reads a code typed with Caps Lock on and with stray whitespace', () => {
    expect(parseCommand('%%ps-ack')).toBe('ACK');
    expect(parseCommand('  %%PS-TRAY ')).toBe('PRINT_TRAY');
  });

  it('does not mistake order codes, SKUs or near misses for commands', () => {
    for (const code of ['ORD123', 'ACK', 'PS-ACK', '%PS-ACK', '%%PS-ACKX', 'SKU KU', '', '%%PS-']) {
      expect(parseCommand(code)).toBeNull();
    }
  });

  it('knows an unknown code of the command namespace is still not an order', () => {
    expect(isCommandCode('%%PS-SOMETHING-NEW')).toBe(true);
    expect(isCommandCode('ORD%%PS-ACK')).toBe(false);
  });
});
