// The renderer's Content-Security-Policy. Both hosts send it as a response header; the <meta> in
// src/renderer/index.html carries the same policy minus frame-ancestors, which browsers ignore in a
// <meta> (a test checks the two agree).
export const RENDERER_META_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export const RENDERER_CSP = `${RENDERER_META_CSP}; frame-ancestors 'none'`;
