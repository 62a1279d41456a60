import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/main/sandbox';
import { allOrders, api, control, plainOrder, start, TENANTS } from './helpers';

interface Label {
  order_id: number;
  channel: string;
  order_code: string;
  url: string;
}

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start();
});
afterAll(() => sb.close());

const label = (order_code: string, mark_as_printed: unknown = 'false') =>
  api<Label>(sb, '/orders/fulfillment/shipping-label', { order_code, mark_as_printed });

/** Names of image XObjects on the page's resources. */
function imageXObjects(doc: PDFDocument): string[] {
  const resources = doc.getPage(0).node.Resources();
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects) return [];
  return xobjects
    .keys()
    .filter((key) => {
      const stream = xobjects.lookup(key);
      return stream instanceof PDFRawStream && stream.dict.get(PDFName.of('Subtype')) === PDFName.of('Image');
    })
    .map((key) => key.asString());
}

describe('shipping label', () => {
  it('points at the label origin and serves a one-page 4×6 PDF with a barcode image', async () => {
    const order = await plainOrder(sb, 'Packed');
    const r = await label(order.order_code);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ order_id: order.order_header_id, order_code: order.order_code });
    expect(r.body.data.channel).toBe(order.store_platform);
    const url = new URL(r.body.data.url);
    expect(url.origin).toBe(sb.labelOrigin);
    expect(url.origin).not.toBe(sb.apiOrigin);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 288, height: 432 });
    expect(imageXObjects(doc)).toHaveLength(1);
    // The same label again comes from the cache, byte for byte.
    const again = new Uint8Array(await (await fetch(url)).arrayBuffer());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('is refused with 409 before packed', async () => {
    const order = await plainOrder(sb, 'To Process');
    const r = await label(order.order_code);
    expect(r.status).toBe(409);
    expect(r.body.message).toContain(`Order ${order.order_code} is To Process`);
  });

  it('accepts mark_as_printed as "true" or a boolean and records when', async () => {
    const order = await plainOrder(sb, 'Shipped');
    await label(order.order_code, false);
    const before = await control<{ printedAt: number | null }>(sb, `/orders/${order.order_code}`);
    expect(before.body.printedAt).toBeNull();
    expect((await label(order.order_code, 'true')).status).toBe(200);
    const after = await control<{ printedAt: number | null; product_info: unknown[] }>(
      sb,
      `/orders/${order.order_code}`,
    );
    expect(after.body.printedAt).toEqual(expect.any(Number));
    expect(after.body.product_info.length).toBeGreaterThan(0);
    expect((await label(order.order_code, true)).status).toBe(200);
    const bad = await label(order.order_code, 'yes');
    expect(bad.status).toBe(422);
    expect(bad.body.errors?.mark_as_printed).toBeDefined();
  });

  it('records every label request and whether it carried Authorization', async () => {
    const order = await plainOrder(sb, 'Completed');
    const { url } = (await label(order.order_code)).body.data;
    await (await fetch(url)).arrayBuffer();
    await (await fetch(url, { headers: { authorization: `Bearer ${TENANTS[0].key}` } })).arrayBuffer();
    const tampered = await fetch(url.replace(/sig=\w+/, 'sig=0000'));
    expect(tampered.status).toBe(403);
    const records = (await control<{ path: string; authorization_present: boolean }[]>(sb, '/label-requests'))
      .body;
    const path = new URL(url).pathname;
    expect(records.filter((r) => r.path === path)).toEqual([
      { path, authorization_present: false },
      { path, authorization_present: true },
      { path, authorization_present: false },
    ]);
  });

  it("another tenant's order code is 404 at the label endpoint", async () => {
    const theirs = new Set((await allOrders(sb, TENANTS[1])).map((o) => o.order_code));
    const mine = (await allOrders(sb)).find(
      (o) => o.internal_status === 'Packed' && !theirs.has(o.order_code),
    );
    const r = await api(
      sb,
      '/orders/fulfillment/shipping-label',
      { order_code: mine?.order_code },
      TENANTS[1],
    );
    expect(r.status).toBe(404);
  });
});
