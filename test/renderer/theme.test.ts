import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '../../src/shared/orders/status';
import { AA_TEXT, AAA_TEXT, contrastRatio, parseHexColor } from '../../src/renderer/src/theme/contrast';
import { PALETTES, THEME_NAMES, TONES } from '../../src/renderer/src/theme/palette';
import { buildThemeCss, cssVar } from '../../src/renderer/src/theme/theme-css';

describe('contrast ratio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });

  it('refuses what is not a hex colour', () => {
    expect(parseHexColor('#0aF')).toEqual([0, 170, 255]);
    expect(() => parseHexColor('red')).toThrow();
    expect(() => parseHexColor('#12345')).toThrow();
  });
});

describe('palette', () => {
  for (const theme of THEME_NAMES) {
    const p = PALETTES[theme];
    it(`${theme}: every status colour reaches 7:1 on its background`, () => {
      for (const status of ORDER_STATUSES) {
        const { fg, bg } = p.status[status];
        expect(contrastRatio(fg, bg), `${theme} ${status}`).toBeGreaterThanOrEqual(AAA_TEXT);
      }
    });

    it(`${theme}: message tones, body text and the accent button reach 7:1, secondary text 4.5:1`, () => {
      for (const tone of TONES) {
        expect(contrastRatio(p.tone[tone].fg, p.tone[tone].bg), `${theme} ${tone}`).toBeGreaterThanOrEqual(
          AAA_TEXT,
        );
      }
      for (const background of [p.bg, p.surface]) {
        expect(contrastRatio(p.text, background)).toBeGreaterThanOrEqual(AAA_TEXT);
        expect(contrastRatio(p.textMuted, background)).toBeGreaterThanOrEqual(AA_TEXT);
        // Borders and the focus ring are UI parts: 3:1 (WCAG 1.4.11).
        expect(contrastRatio(p.focus, background)).toBeGreaterThanOrEqual(3);
      }
      expect(contrastRatio(p.border, p.surface)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(p.accent.fg, p.accent.bg)).toBeGreaterThanOrEqual(AAA_TEXT);
    });
  }
});

describe('theme.css', () => {
  it('is exactly what palette.ts generates', async () => {
    await expect(buildThemeCss()).toMatchFileSnapshot('../../src/renderer/src/theme/theme.css');
  });

  it('declares every status colour of both themes', () => {
    const css = buildThemeCss();
    for (const theme of THEME_NAMES) {
      for (const status of ORDER_STATUSES) {
        const { fg, bg } = PALETTES[theme].status[status];
        expect(css).toContain(`${cssVar.statusFg(status)}: ${fg};`);
        expect(css).toContain(`${cssVar.statusBg(status)}: ${bg};`);
      }
    }
    expect(css).toContain(".ps-status[data-status='to_process']");
  });
});
