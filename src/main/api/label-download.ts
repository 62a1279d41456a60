// Downloads a shipping label PDF from wherever the API says it lives (often a CDN). A separate request
// with NO credentials (the key goes only to the API origin), streamed to a temp file beside the target,
// size-capped, checked to start with `%PDF-`, then renamed into place. Partial files never remain.
// Each hop (the first URL and up to 3 redirects) is checked before it is requested (label-host-policy.ts):
// no https → http downgrade, no private or loopback target unless the label's own address is private.
import { createHash, randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { request } from 'undici';
import type { Agent, Dispatcher } from 'undici';
import type { LabelFile } from './types';
import { ApiError, isApiError } from './errors';
import { cancelledError, deadlineError, transportError } from './error-mapping';
import type { CallContext } from './error-mapping';
import { backoffDelay, isRetryableFailure, sleep } from './retry';
import type { RetryPolicy } from './retry';
import type { Timeouts } from './transport';
import { discardBody } from './reply';
import { checkHop, isPrivateOrigin, systemLabelHostPolicy } from './label-host-policy';
import type { LabelHostPolicy } from './label-host-policy';
import { needsPin, pinnedAgent, type PinConnectOptions } from './label-pin';
import type { PinnedAgents } from './label-agents';

/** A pinned agent a download used: its own (closed after it) or a warm one from the client's pool. */
interface OpenedAgent {
  agent: Agent;
  warm: boolean;
}

export const DEFAULT_LABEL_MAX_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 3;
const PDF_MAGIC = Buffer.from('%PDF-');

export interface LabelDownloadOptions {
  dispatcher: Dispatcher;
  timeouts: Timeouts;
  retry: RetryPolicy;
  random: () => number;
  maxBytes?: number;
  deadlineMs?: number;
  signal?: AbortSignal;
  /** Where hops may go (tests treat a loopback origin as public); the system resolver by default. */
  hostPolicy?: LabelHostPolicy;
  /** TLS options of the pinned connections to a checked host name (a test's own CA). */
  pinConnect?: PinConnectOptions;
  /**
   * Warm pinned connections kept between labels (the client's pool). Without it each download opens
   * its own pinned connection and closes it after.
   */
  pinnedAgents?: PinnedAgents;
}

/** A label failure in words, with the renderer's key for them (apiErrors.label.<key>) and their values. */
function labelError(
  ctx: CallContext,
  message: string,
  key: string,
  values: Record<string, string | number> = {},
  httpStatus: number | null = null,
): ApiError {
  return new ApiError({
    kind: 'label',
    method: ctx.method,
    path: ctx.path,
    httpStatus,
    retryable: false,
    message,
    key: { key: `apiErrors.label.${key}`, values },
  });
}

/** http(s) only, no user:password; the query (signed tokens) is kept out of errors and logs. */
function checkLabelUrl(raw: string, ctx: CallContext): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw labelError(ctx, 'The label address from the API is not a web address.', 'notUrl');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw labelError(
      ctx,
      'The label address from the API is not http(s); the station will not open it.',
      'notHttp',
    );
  }
  if (url.username || url.password) {
    throw labelError(ctx, 'The label address carries a password; refused.', 'password');
  }
  return url;
}

async function fetchOnce(
  start: URL,
  destPath: string,
  maxBytes: number,
  ctx: CallContext,
  options: LabelDownloadOptions,
  signal: AbortSignal,
  opened: OpenedAgent[],
): Promise<LabelFile> {
  const policy = options.hostPolicy ?? systemLabelHostPolicy;
  const pinFor = (hostname: string, addresses: readonly string[]): Agent => {
    const pool = options.pinnedAgents;
    const agent = pool
      ? pool.agentFor(hostname, addresses, options.timeouts)
      : pinnedAgent(hostname, addresses, options.timeouts, options.pinConnect);
    opened.push({ agent, warm: pool !== undefined });
    return agent;
  };
  const originPrivate = await isPrivateOrigin(start, policy);
  let url = start;
  let from: URL | null = null;
  for (let hop = 0; ; hop++) {
    const verdict = await checkHop({ hop, from, to: url, originPrivate }, policy);
    if (verdict.refused) {
      throw labelError(
        ctx,
        `Downloading the label: ${verdict.why}. Refused; nothing was fetched from it.`,
        'hopRefused',
        { why: verdict.why },
      );
    }
    // A checked host name is reached at the addresses checked, never resolved a second time.
    const pinned =
      verdict.addresses && needsPin(url.hostname) ? pinFor(url.hostname, verdict.addresses) : null;
    const res = await request(url, {
      dispatcher: pinned ?? options.dispatcher,
      method: 'GET',
      // Deliberately no Authorization / X-Tenant-Id: the label host is not the API.
      headers: { accept: 'application/pdf' },
      signal,
      headersTimeout: options.timeouts.headersMs,
      bodyTimeout: options.timeouts.bodyMs,
    });
    const location = res.headers.location;
    if (
      res.statusCode >= 300 &&
      res.statusCode < 400 &&
      typeof location === 'string' &&
      hop < MAX_REDIRECTS
    ) {
      await res.body.dump();
      from = url;
      url = checkLabelUrl(new URL(location, url).toString(), ctx);
      continue;
    }
    if (res.statusCode !== 200) {
      await res.body.dump();
      if (res.statusCode >= 500) {
        throw new ApiError({
          kind: 'server',
          method: ctx.method,
          path: ctx.path,
          httpStatus: res.statusCode,
          message: `The label server had a problem on its side (HTTP ${res.statusCode}).`,
          key: { key: 'apiErrors.label.server', values: { status: res.statusCode } },
        });
      }
      throw labelError(
        ctx,
        `The label server answered HTTP ${res.statusCode} instead of the label.`,
        'status',
        { status: res.statusCode },
        res.statusCode,
      );
    }
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      discardBody(res.body);
      throw labelError(ctx, tooLarge(maxBytes), 'tooLarge', { mib: mib(maxBytes) }, res.statusCode);
    }
    return streamToFile(res.body, destPath, maxBytes, ctx);
  }
}

/** Disk failures are label failures (not network ones): they must not be retried as if the wire broke. */
async function onDisk<T>(ctx: CallContext, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const why = String(code ?? err);
    throw labelError(ctx, `The label could not be saved on this computer (${why}).`, 'notSaved', { why });
  }
}

function mib(maxBytes: number): number {
  return Math.round(maxBytes / 1024 / 1024);
}

function tooLarge(maxBytes: number): string {
  return `The label is larger than ${mib(maxBytes)} MiB; refused.`;
}

async function streamToFile(
  body: Dispatcher.ResponseData['body'],
  destPath: string,
  maxBytes: number,
  ctx: CallContext,
): Promise<LabelFile> {
  const temp = join(dirname(destPath), `.${basename(destPath)}.${randomUUID()}.part`);
  const file = await onDisk(ctx, () => open(temp, 'wx'));
  const hash = createHash('sha256');
  let bytes = 0;
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of body) {
      const buf = chunk as Buffer;
      bytes += buf.length;
      if (bytes > maxBytes)
        throw labelError(ctx, tooLarge(maxBytes), 'tooLarge', { mib: mib(maxBytes) }, 200);
      if (head.length < PDF_MAGIC.length) {
        head = Buffer.concat([head, buf]).subarray(0, 64);
        if (head.length >= PDF_MAGIC.length && !head.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
          throw labelError(ctx, 'The label file is not a PDF; it was not saved.', 'notPdf', {}, 200);
        }
      }
      hash.update(buf);
      for (let offset = 0; offset < buf.length;) {
        offset += (await onDisk(ctx, () => file.write(buf, offset))).bytesWritten;
      }
    }
    if (head.length < PDF_MAGIC.length) {
      throw labelError(ctx, 'The label file is empty or cut short.', 'empty', {}, 200);
    }
    await onDisk(ctx, () => file.close());
    await onDisk(ctx, () => rename(temp, destPath));
    return { path: destPath, bytes, sha256: hash.digest('hex') };
  } catch (err) {
    discardBody(body);
    await file.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw err;
  }
}

export async function downloadLabel(
  rawUrl: string,
  destPath: string,
  options: LabelDownloadOptions,
): Promise<LabelFile> {
  const ctx: CallContext = { method: 'GET', path: rawUrl.split('?')[0], service: 'label server' };
  const url = checkLabelUrl(rawUrl, ctx);
  ctx.path = url.origin + url.pathname;
  const maxBytes = options.maxBytes ?? DEFAULT_LABEL_MAX_BYTES;
  const deadlineMs = options.deadlineMs ?? options.timeouts.deadlineMs;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), deadlineMs);
  const signal = options.signal ? AbortSignal.any([deadline.signal, options.signal]) : deadline.signal;
  try {
    for (let n = 1; ; n++) {
      const opened: OpenedAgent[] = [];
      let failed = false;
      try {
        return await fetchOnce(url, destPath, maxBytes, ctx, options, signal, opened);
      } catch (raw) {
        failed = true;
        const err = deadline.signal.aborted
          ? deadlineError(ctx, deadlineMs, raw)
          : isApiError(raw)
            ? raw
            : signal.aborted
              ? cancelledError(ctx, raw)
              : transportError(ctx, raw, options.timeouts);
        if (!isRetryableFailure(err) || n >= options.retry.maxAttempts || signal.aborted) throw err;
        await sleep(backoffDelay(options.retry, n, options.random), signal).catch(() => {
          throw err;
        });
      } finally {
        // A one-download agent goes now; a warm one stays for the next label unless this try failed.
        for (const { agent, warm } of opened) {
          if (!warm) void agent.destroy().catch(() => undefined);
          else if (failed) options.pinnedAgents?.drop(agent);
        }
      }
    }
  } finally {
    clearTimeout(timer);
  }
}
