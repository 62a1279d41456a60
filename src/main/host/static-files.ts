// Serves the built renderer (out/web) read-only: no directory listing, no path escaping the root,
// unknown routes without a file extension fall back to index.html (client-side routes).
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** Hashed assets can be cached; index.html never (it names the current assets). */
  immutable: boolean;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file for a URL path, or null (404). */
export async function findStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const wanted = resolve(join(base, decoded));
  if (wanted !== base && !wanted.startsWith(base + sep)) return null;
  let path = wanted;
  if (wanted === base || !(await isFile(wanted))) {
    if (extname(decoded) !== '') return null;
    path = join(base, 'index.html');
    if (!(await isFile(path))) return null;
  }
  const ext = extname(path);
  return {
    body: await readFile(path),
    contentType: TYPES[ext] ?? 'application/octet-stream',
    immutable: path.includes(`${sep}assets${sep}`),
  };
}
