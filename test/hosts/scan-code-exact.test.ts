// Scan codes are exact (issue 8): only the scanner's ASCII whitespace is trimmed. A Unicode space, BOM,
// zero-width or control character is refused at the IPC edge in words the operator can act on, and the
// handler never sees the code (so `CODE` + U+00A0 never packs `CODE`).
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../src/main/ipc/handlers';
import { invokeHandler, type SupervisorGate } from '../../src/main/ipc/invoke';
import { CHANNEL_NAMES } from '../../src/shared/ipc/contract';
import { scanCodeProblem, trimScannerWhitespace } from '../../src/shared/ipc/scan-code';
import { memoryLogger } from './fakes';

const openGate: SupervisorGate = { required: () => false, check: () => false };

function scanTable(seen: string[]): Handlers {
  const fail = async (): Promise<never> => {
    throw new Error('not in this test');
  };
  const base = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, fail])) as unknown as Handlers;
  return {
    ...base,
    'flow:scan': async ({ code }) => {
      seen.push(code);
      return { kind: 'ignored', code } as never;
    },
  };
}

async function scan(code: string): Promise<{ seen: string[]; message?: string; action?: string }> {
  const seen: string[] = [];
  const { log } = memoryLogger();
  const r = await invokeHandler(
    scanTable(seen),
    'flow:scan',
    { code },
    { host: 'web', supervisor: openGate, log },
  );
  if (r.ok) return { seen };
  expect(r.error.kind).toBe('invalid_input');
  return { seen, message: r.error.message, action: r.error.action };
}

/** Characters that look like nothing (or like a space) on the bench's screen. */
const INVISIBLES: [string, string][] = [
  ['\u00a0', 'U+00A0'], // no-break space
  ['\ufeff', 'U+FEFF'], // BOM
  ['\u3000', 'U+3000'], // ideographic space
  ['\u2028', 'U+2028'], // line separator
  ['\u2029', 'U+2029'], // paragraph separator
  ['\u200b', 'U+200B'], // zero-width space
  ['\u200d', 'U+200D'], // zero-width joiner
  ['\u2060', 'U+2060'], // word joiner
  ['\u202e', 'U+202E'], // right-to-left override
  ['\u0085', 'U+0085'], // next line (C1)
  ['\u000b', 'U+000B'], // vertical tab
  ['\u001d', 'U+001D'], // group separator
  ['\u0000', 'U+0000'],
  ['\u3164', 'U+3164'], // Hangul filler
];

describe('scan codes are exact', () => {
  it("trims only the scanner's ASCII whitespace", async () => {
    expect(trimScannerWhitespace(' \t ORD-1\r\n')).toBe('ORD-1');
    expect((await scan('  ORD-1\r\n')).seen).toEqual(['ORD-1']);
    expect((await scan('\tSKU KU\n')).seen).toEqual(['SKU KU']);
  });

  it.each(INVISIBLES)('refuses %j at the end, at the start and inside, naming %s', async (ch, name) => {
    for (const code of [`ORD-1${ch}`, `${ch}ORD-1`, `ORD${ch}-1`, `ORD-1${ch}\r\n`]) {
      const r = await scan(code);
      expect(r.seen, JSON.stringify(code)).toEqual([]);
      expect(r.message).toBe(`The scan had an invisible character (${name}), so it is not an exact code.`);
      expect(r.action).toMatch(/Scan again.*scanner's settings/);
    }
  });

  it('refuses visible characters no barcode carries, too long and empty codes, in words', async () => {
    expect((await scan('ORD-1é')).message).toBe('The code has a character a barcode cannot have (U+00E9).');
    expect((await scan('ORD-1😀')).message).toBe('The code has a character a barcode cannot have (U+1F600).');
    expect((await scan('A'.repeat(257))).message).toMatch(/longer than 256 characters/);
    expect((await scan(' \r\n')).message).toBe('The code is empty.');
    expect((await scan('A'.repeat(256))).seen).toHaveLength(1);
  });

  it('agrees with the renderer-side check the scan path uses', () => {
    expect(scanCodeProblem('ORD-1')).toBeNull();
    expect(scanCodeProblem('ORD-1\u00a0')).toEqual({ kind: 'invisible', char: 'U+00A0' });
    expect(scanCodeProblem('ORD-1\u{e0001}')).toEqual({ kind: 'invisible', char: 'U+E0001' });
  });
});
