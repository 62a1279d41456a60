// The renderer's Content-Security-Policy. Identical to the <meta> in src/renderer/index.html (a test
// checks); both hosts also send it as a response header.
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
