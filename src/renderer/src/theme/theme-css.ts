// Generates theme.css from palette.ts, so the colours the contrast test checks are the colours on screen.
// theme.css is committed (Vite imports it like any stylesheet); test/renderer/theme.test.ts fails when it
// drifts from this output and rewrites it with `npx vitest run test/renderer/theme.test.ts -u`.
import { ORDER_STATUSES } from '../../../shared/orders/status';
import { PALETTES, TONES, type Palette } from './palette';

/** CSS custom property names, for components that set inline styles. */
export const cssVar = {
  bg: '--ps-bg',
  surface: '--ps-surface',
  text: '--ps-text',
  textMuted: '--ps-text-muted',
  border: '--ps-border',
  focus: '--ps-focus',
  accentFg: '--ps-accent-fg',
  accentBg: '--ps-accent-bg',
  statusFg: (status: string) => `--ps-status-${status.replace(/_/g, '-')}-fg`,
  statusBg: (status: string) => `--ps-status-${status.replace(/_/g, '-')}-bg`,
  toneFg: (tone: string) => `--ps-tone-${tone}-fg`,
  toneBg: (tone: string) => `--ps-tone-${tone}-bg`,
};

/** Every custom property of a palette, name → colour. */
export function paletteVariables(p: Palette): [string, string][] {
  return [
    [cssVar.bg, p.bg],
    [cssVar.surface, p.surface],
    [cssVar.text, p.text],
    [cssVar.textMuted, p.textMuted],
    [cssVar.border, p.border],
    [cssVar.focus, p.focus],
    [cssVar.accentFg, p.accent.fg],
    [cssVar.accentBg, p.accent.bg],
    ...ORDER_STATUSES.flatMap((s): [string, string][] => [
      [cssVar.statusFg(s), p.status[s].fg],
      [cssVar.statusBg(s), p.status[s].bg],
    ]),
    ...TONES.flatMap((t): [string, string][] => [
      [cssVar.toneFg(t), p.tone[t].fg],
      [cssVar.toneBg(t), p.tone[t].bg],
    ]),
  ];
}

function block(selector: string, scheme: string, p: Palette, indent = ''): string {
  const lines = paletteVariables(p).map(([name, value]) => `${indent}  ${name}: ${value};`);
  return [`${indent}${selector} {`, `${indent}  color-scheme: ${scheme};`, ...lines, `${indent}}`].join('\n');
}

function rule(selector: string, declarations: string[]): string {
  return [`${selector} {`, ...declarations.map((d) => `  ${d};`), '}'].join('\n');
}

/** The whole of theme.css (formatted as Prettier would leave it). */
export function buildThemeCss(): string {
  const parts = [
    '/* Generated from palette.ts by theme-css.ts: edit those, then run\n   npx vitest run test/renderer/theme.test.ts -u */',
    block(':root', 'light', PALETTES.light),
    // Follow the system unless the packer picked a theme in settings (data-theme on <html>).
    `@media (prefers-color-scheme: dark) {\n${block(":root:not([data-theme='light'])", 'dark', PALETTES.dark, '  ')}\n}`,
    block(":root[data-theme='dark']", 'dark', PALETTES.dark),
    rule('body', ['background-color: var(--ps-bg)', 'color: var(--ps-text)']),
    rule(':focus-visible', ['outline: 3px solid var(--ps-focus)', 'outline-offset: 2px']),
    ...ORDER_STATUSES.map((s) =>
      rule(`.ps-status[data-status='${s}']`, [
        `color: var(${cssVar.statusFg(s)})`,
        `background-color: var(${cssVar.statusBg(s)})`,
      ]),
    ),
    ...TONES.map((t) =>
      rule(`.ps-tone-${t}`, [
        `color: var(${cssVar.toneFg(t)})`,
        `background-color: var(${cssVar.toneBg(t)})`,
      ]),
    ),
  ];
  return parts.join('\n\n') + '\n';
}
