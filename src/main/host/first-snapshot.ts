// The first snapshot inlined in the page the browser host serves: what the tab needs before it can scan
// (app info, settings view, queue status and codes, tray, shift, outbox summary), so it needs no round trip
// first. The page itself is served without the launch token (the browser never sends the URL fragment), so
// the snapshot is sealed with it: AES-256-GCM under SHA-256 of the token. Only a tab that holds the token
// (src/renderer/src/bridge/first-snapshot.ts) can read it; anyone else who fetches the page sees bytes.
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import type { ChannelName } from '../../shared/ipc/contract';
import { FIRST_SNAPSHOT_CHANNELS, FIRST_SNAPSHOT_ELEMENT_ID } from '../../shared/ipc/first-snapshot';
import type { Station } from '../app/compose';

/** Each channel's Result as the RPC would have answered it. */
async function collect(station: Pick<Station, 'invoke'>): Promise<Record<string, unknown>> {
  const results = await Promise.all(
    FIRST_SNAPSHOT_CHANNELS.map((channel: ChannelName) => station.invoke(channel, undefined)),
  );
  return Object.fromEntries(FIRST_SNAPSHOT_CHANNELS.map((channel, i) => [channel, results[i]]));
}

export function sealSnapshot(value: unknown, token: string): { iv: string; data: string } {
  const key = createHash('sha256').update(token, 'utf8').digest();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([
    cipher.update(JSON.stringify(value), 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return { iv: iv.toString('base64'), data: body.toString('base64') };
}

/** index.html with the sealed snapshot before </head> (unchanged when there is no </head>). */
export async function withFirstSnapshot(
  html: Buffer,
  station: Pick<Station, 'invoke'>,
  token: string,
): Promise<Buffer> {
  const text = html.toString('utf8');
  const at = text.indexOf('</head>');
  if (at < 0) return html;
  const sealed = JSON.stringify(sealSnapshot(await collect(station), token));
  // A JSON data block is never run as script (the CSP stays 'self'); base64 holds no '<'.
  const tag = `<script type="application/json" id="${FIRST_SNAPSHOT_ELEMENT_ID}">${sealed}</script>`;
  return Buffer.from(text.slice(0, at) + tag + text.slice(at), 'utf8');
}
