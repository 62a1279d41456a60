// Money is shown exactly as the API gives it, only regrouped for reading: "12000.00" IDR → "Rp 12.000".
// Never recomputed (design.md §1 row 11).

export function formatMoney(amount: string, currency = 'IDR'): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return `${currency} ${amount}`;
  const [, sign, whole, fraction] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const cents = fraction && /[1-9]/.test(fraction) ? `,${fraction}` : '';
  const symbol = currency === 'IDR' ? 'Rp' : currency;
  return `${sign}${symbol} ${grouped}${cents}`;
}
