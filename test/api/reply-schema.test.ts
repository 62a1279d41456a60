// The client validates replies with zod's compiled fast path (replySchema). It must decide exactly as the
// runtime schema does: same success, same output, same issues — on the documentation's replies and on
// every one-field mutation of them. And the shared schemas stay tolerant and strict where design.md says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { replySchema } from '../../src/main/api/reply';
import {
  envelopeSchema,
  orderDetailSchema,
  orderPageSchema,
  shippingLabelSchema,
  trackingSchema,
} from '../../src/shared/orders';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/docs/${name}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

const CASES: [string, z.ZodType | null][] = [
  ['order-detail', orderDetailSchema],
  ['list-orders', orderPageSchema],
  ['tracking', trackingSchema],
  ['shipping-label', shippingLabelSchema],
  ['set-packed', null],
];

const VALUES: unknown[] = [null, '', ' ', '12', 'abc', 'ftp://x', 'https://x.test/a.pdf', 12, 0, -1, 1.5];
const MORE: unknown[] = [true, {}, [], ['x']];
const ABSENT = Symbol('absent');

/** Every path to a value in `root` (arrays: the first two items). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.slice(0, 2).forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

function withValue(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === ABSENT) delete node[last];
  else node[last] = value;
  return copy;
}

describe('compiled reply schema agrees with the runtime schema', () => {
  for (const [name, schema] of CASES) {
    it(name, () => {
      const compiled = replySchema(schema);
      const runtime = schema ? envelopeSchema.extend({ data: schema }) : envelopeSchema;
      // A schema zod cannot compile would silently run uncompiled: make sure this one is compiled.
      expect(() => z.compile(runtime, { strict: true })).not.toThrow();
      const reply = fixture(name);
      let accepted = 0;
      let refused = 0;
      for (const path of paths(reply)) {
        for (const value of [...VALUES, ...MORE, ABSENT]) {
          const input = withValue(reply, path, value);
          const fast = compiled.safeParse(input);
          const slow = runtime.safeParse(input);
          const where = `${path.join('.')} = ${value === ABSENT ? '(absent)' : JSON.stringify(value)}`;
          expect(fast.success, where).toBe(slow.success);
          if (fast.success && slow.success) {
            expect(fast.data, where).toStrictEqual(slow.data);
            accepted++;
          } else {
            expect(fast.error?.issues, where).toStrictEqual(slow.error?.issues);
            refused++;
          }
        }
      }
      expect(accepted).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
    });
  }
});

describe('shared reply schemas', () => {
  const detail = fixture('order-detail').data as Record<string, unknown>;

  it('are tolerant where the documentation is loose', () => {
    const { client_name: _dropped, ...rest } = detail;
    const parsed = orderDetailSchema.parse({
      ...rest,
      order_id: '5',
      price_info: { ...(detail.price_info as object), grand_total: 12000 },
      dropshipper_info: { name: null },
    });
    expect(parsed.client_name).toBeNull();
    expect(parsed.order_id).toBe(5);
    expect(parsed.price_info.grand_total).toBe('12000');
    expect(parsed.dropshipper_info).toStrictEqual({ name: null });
    expect(replySchema(null).safeParse(fixture('tracking')).success).toBe(true);
  });

  it('are strict where a mistake would cost: order codes and the label URL', () => {
    expect(orderDetailSchema.safeParse({ ...detail, order_code: '  ' }).success).toBe(false);
    const label = fixture('shipping-label').data as Record<string, unknown>;
    expect(shippingLabelSchema.safeParse({ ...label, url: 'ftp://x/l.pdf' }).success).toBe(false);
    expect(shippingLabelSchema.safeParse({ ...label, url: 'javascript:alert(1)' }).success).toBe(false);
  });
});
