// orders:update against the strict sandbox: what is sent lands on the order and nothing else moves, the
// statuses the API refuses come back as its 409, a 422 keeps its per-field messages, an empty update is
// never sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrdersClient } from '../../src/main/api/client';
import type { RunningSandbox } from '../../src/main/sandbox';
import type { UpdateOrderInput } from '../../src/shared/orders/requests';
import { control, plainOrder } from '../sandbox/helpers';
import { clientFor, ctx, failureOf, startStrict, supervisor } from './helpers';

interface Party {
  name: string | null;
  phone: string | null;
  email: string | null;
  fullAddress: string | null;
  city: string | null;
}
interface RawOrder {
  status: string;
  recipient: Party;
  buyer: Party;
  notes: string | null;
  tags: string[];
}

let sb: RunningSandbox;
let client: OrdersClient;

const raw = async (code: string): Promise<RawOrder> => (await control<RawOrder>(sb, `/orders/${code}`)).body;

beforeAll(async () => {
  sb = await startStrict();
  client = clientFor(sb.apiOrigin);
});
afterAll(async () => {
  await client.close();
  await sb.close();
});

describe('orders:update', () => {
  it('changes the recipient phone and address only, and the detail shows them', async () => {
    const { order_code: code, order_header_id: id } = await plainOrder(sb, 'To Process');
    const before = await raw(code);
    const { handlers, changed } = supervisor(client);
    const ack = await handlers['orders:update'](
      {
        input: {
          order_code: code,
          shipping_address: { phone: '+62 811 2222 333', address: 'Jl. Asia Afrika 8, Bandung' },
          notes: 'Call before delivery',
          tags: ['fragile'],
        },
      },
      ctx,
    );
    expect(ack.requestId).toBeTruthy();
    expect(changed).toEqual([code]);

    const after = await raw(code);
    expect(after.recipient).toEqual({
      ...before.recipient,
      phone: '+62 811 2222 333',
      fullAddress: 'Jl. Asia Afrika 8, Bandung',
    });
    expect(after.buyer).toEqual(before.buyer);
    expect(after.status).toBe('to_process');
    expect([after.notes, after.tags]).toEqual(['Call before delivery', ['fragile']]);

    const detail = await handlers['orders:detail']({ orderId: id }, ctx);
    expect(detail.recipient_info.phone).toBe('+62 811 2222 333');
    expect(detail.recipient_info.full_address).toBe('Jl. Asia Afrika 8, Bandung');
  });

  it('passes the API refusal of a packed order on as it is (409 naming the status)', async () => {
    const { order_code: code } = await plainOrder(sb, 'Packed');
    const before = await raw(code);
    const { handlers, changed } = supervisor(client);
    const error = await failureOf(() =>
      handlers['orders:update']({ input: { order_code: code, notes: 'Too late' } }, ctx),
    );
    expect(error).toMatchObject({ kind: 'conflict', httpStatus: 409 });
    expect(error.message).toMatch(/Packed/);
    expect(error.requestId).toBeTruthy();
    expect(changed).toEqual([]);
    expect(await raw(code)).toEqual(before);
  });

  it('keeps a 422 with its per-field messages (the API checks more than the station does)', async () => {
    const { order_code: code } = await plainOrder(sb, 'Pending');
    const { handlers } = supervisor(client);
    // A real API may refuse values the station lets through; a number where a text belongs does here.
    const input = { order_code: code, shipping_address: { phone: 628123 } } as unknown as UpdateOrderInput;
    const error = await failureOf(() => handlers['orders:update']({ input }, ctx));
    expect(error).toMatchObject({ kind: 'validation', httpStatus: 422 });
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(['shipping_address.phone']);
  });

  it('sends nothing when the update changes nothing', async () => {
    const { order_code: code } = await plainOrder(sb, 'To Process', 1);
    const before = await raw(code);
    const { handlers } = supervisor(client);
    const error = await failureOf(() => handlers['orders:update']({ input: { order_code: code } }, ctx));
    expect(error.kind).toBe('invalid_input');
    expect(error.message).toMatch(/changes nothing/);
    expect(await raw(code)).toEqual(before);
  });
});
