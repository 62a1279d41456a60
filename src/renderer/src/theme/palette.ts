// The station's colours, light and dark: the single source theme.css is generated from (theme-css.ts)
// and the contrast test reads. Status colours are text-on-tint pairs that reach 7:1 in both themes.
import type { OrderStatus } from '../../../shared/orders/status';

export const THEME_NAMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** A text colour and the background it is shown on. */
export interface ColourPair {
  fg: string;
  bg: string;
}

/** Message tones: success, failure, warning (stop screens), information (demo banner, offline). */
export const TONES = ['ok', 'error', 'warn', 'info'] as const;
export type ToneColour = (typeof TONES)[number];

export interface Palette {
  bg: string;
  surface: string;
  text: string;
  textMuted: string;
  border: string;
  focus: string;
  accent: ColourPair;
  status: Record<OrderStatus, ColourPair>;
  tone: Record<ToneColour, ColourPair>;
}

export const PALETTES: Readonly<Record<ThemeName, Palette>> = {
  light: {
    bg: '#f4f5f7',
    surface: '#ffffff',
    text: '#111418',
    textMuted: '#4a5260',
    border: '#8a93a3',
    focus: '#0050b3',
    accent: { fg: '#ffffff', bg: '#003f8c' },
    status: {
      pending: { fg: '#5a3b00', bg: '#fff3d1' },
      to_process: { fg: '#00386b', bg: '#e2efff' },
      process: { fg: '#3a1d72', bg: '#efe8ff' },
      packed: { fg: '#00463b', bg: '#dcf5ee' },
      shipped: { fg: '#233d00', bg: '#eef6de' },
      completed: { fg: '#0b4419', bg: '#e1f5e6' },
      cancelled: { fg: '#7a000f', bg: '#ffe7e9' },
      returned: { fg: '#5c2800', bg: '#fdebde' },
    },
    tone: {
      ok: { fg: '#0b4419', bg: '#e1f5e6' },
      error: { fg: '#7a000f', bg: '#ffe7e9' },
      warn: { fg: '#5a3b00', bg: '#fff3d1' },
      info: { fg: '#00386b', bg: '#e2efff' },
    },
  },
  dark: {
    bg: '#101216',
    surface: '#1a1d23',
    text: '#f2f4f7',
    textMuted: '#b4bcc8',
    border: '#6f7989',
    focus: '#7db7ff',
    accent: { fg: '#0a1a33', bg: '#8fc2ff' },
    status: {
      pending: { fg: '#ffd98a', bg: '#2b2100' },
      to_process: { fg: '#a9d2ff', bg: '#0a2340' },
      process: { fg: '#d8c9ff', bg: '#22153f' },
      packed: { fg: '#8ff0da', bg: '#002e27' },
      shipped: { fg: '#cfe99c', bg: '#1b2805' },
      completed: { fg: '#a8f0ba', bg: '#0a2c13' },
      cancelled: { fg: '#ffb8be', bg: '#3b0a10' },
      returned: { fg: '#ffcaa0', bg: '#381b05' },
    },
    tone: {
      ok: { fg: '#a8f0ba', bg: '#0a2c13' },
      error: { fg: '#ffb8be', bg: '#3b0a10' },
      warn: { fg: '#ffd98a', bg: '#2b2100' },
      info: { fg: '#a9d2ff', bg: '#0a2340' },
    },
  },
};
