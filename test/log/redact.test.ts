import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/main/log/redact';

/** `{ a: { a: ... { leaf } } }`, `levels` objects deep. */
function nested(levels: number, leaf: Record<string, unknown>): Record<string, unknown> {
  let value: Record<string, unknown> = leaf;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe('log redactor', () => {
  it('masks known secrets and secret-named fields at any depth it reads', () => {
    const r = createRedactor();
    r.addSecret('sk_live_abcdef123456');
    const out = JSON.stringify(r.meta(nested(3, { note: 'key sk_live_abcdef123456', token: 'abc' })));
    expect(out).not.toContain('sk_live_abcdef123456');
    expect(out).not.toContain('abc"');
  });

  it('replaces an object nested deeper than it reads with a placeholder, never passing it through', () => {
    const r = createRedactor();
    r.addSecret('sk_live_abcdef123456');
    const deep = nested(12, { apiKey: 'plain-key-value', note: 'Bearer sk_live_abcdef123456' });
    const out = JSON.stringify(r.meta(deep));
    expect(out).not.toContain('plain-key-value');
    expect(out).not.toContain('sk_live_abcdef123456');
    expect(out).toContain('[nested too deep]');
    // Arrays count as levels too.
    let arr: unknown = { authorization: 'Bearer xyz-123' };
    for (let i = 0; i < 10; i++) arr = [arr];
    expect(JSON.stringify(r.meta({ arr }))).not.toContain('xyz-123');
  });
});
