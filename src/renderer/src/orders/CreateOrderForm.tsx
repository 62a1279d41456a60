// A manual order (phone or walk-in sale): checked in words before sending, behind the PIN; on success
// the form clears and the list reloads.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAYMENT_METHOD_TYPES } from '../../../shared/orders/options';
import { supervisorToken } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { station } from '../app/station';
import {
  EMPTY_DRAFT,
  EMPTY_PRODUCT,
  validateDraft,
  type OrderDraft,
  type Problem,
  type ProductDraft,
} from './create-order-form';
import { OutcomeNote, type WriteOutcome } from './ErrorNote';
import { FormField } from './FormField';
import { ordersActions } from './orders-store';
import { orderWriteError } from './write-error';

type TextField = Exclude<keyof OrderDraft, 'payment' | 'products'>;
const FIELDS: TextField[] = [
  'orderCode',
  'storeId',
  'locationId',
  'name',
  'phone',
  'address',
  'city',
  'province',
  'postalCode',
  'provider',
  'service',
];
const PRODUCT_FIELDS: (keyof ProductDraft)[] = ['sku', 'name', 'qty', 'unitPrice'];

export function CreateOrderForm({ onClose }: { onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<OrderDraft>(EMPTY_DRAFT);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<WriteOutcome | null>(null);

  const problemFor = (field: string): Problem | undefined => problems.find((p) => p.field === field);
  const problemText = (field: string): string | undefined => {
    const problem = problemFor(field);
    return problem && t(problem.key);
  };
  const setProduct = (i: number, patch: Partial<ProductDraft>): void =>
    setDraft({ ...draft, products: draft.products.map((p, j) => (j === i ? { ...p, ...patch } : p)) });

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    const { input, problems: found } = validateDraft(draft);
    setProblems(found);
    if (!input) return;
    setBusy(true);
    const res = await station.orders.create({ input, supervisorToken: supervisorToken() });
    setBusy(false);
    setOutcome(res.ok ? { ok: true, ...res.value } : { ok: false, error: orderWriteError(res.error, t) });
    if (!res.ok) return;
    setDraft(EMPTY_DRAFT);
    ordersActions.reload();
  }

  return (
    <section className="orders-create card" aria-label={t('orders.create')} data-testid="create-order">
      <h2>{t('orders.create')}</h2>
      <PinPrompt>
        <form className="orders-form" onSubmit={(e) => void submit(e)} noValidate>
          <label>
            {t('orders.form.payment')}
            <select
              value={draft.payment}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  payment: PAYMENT_METHOD_TYPES.find((p) => p === e.target.value) ?? 'NON COD',
                })
              }
            >
              {PAYMENT_METHOD_TYPES.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          {FIELDS.map((field) => (
            <FormField
              key={field}
              label={t(`orders.form.${field}`)}
              value={draft[field]}
              problem={problemText(field)}
              testId={`create-${field}`}
              onChange={(value) => setDraft({ ...draft, [field]: value })}
            />
          ))}
          <fieldset>
            <legend>{t('orders.items')}</legend>
            {problemFor('products') && <p className="form-error">{t('orders.form.noProducts')}</p>}
            {draft.products.map((p, i) => (
              <div className="orders-product" key={i} data-testid="create-product">
                {PRODUCT_FIELDS.map((field) => (
                  <FormField
                    key={field}
                    label={t(`orders.form.product.${field}`)}
                    value={p[field]}
                    problem={problemText(`products.${i}.${field}`)}
                    testId={`create-product-${i}-${field}`}
                    onChange={(value) => setProduct(i, { [field]: value })}
                  />
                ))}
                <button
                  type="button"
                  onClick={() => setDraft({ ...draft, products: draft.products.filter((_, j) => j !== i) })}
                >
                  {t('orders.form.removeProduct')}
                </button>
              </div>
            ))}
            <button
              type="button"
              onClick={() => setDraft({ ...draft, products: [...draft.products, EMPTY_PRODUCT] })}
            >
              {t('orders.form.addProduct')}
            </button>
          </fieldset>
          {problems.length > 0 && (
            <p className="form-error" role="alert" data-testid="create-problems">
              {problemFor('form')
                ? t('orders.form.invalid')
                : t('orders.form.fix', { count: problems.length })}
            </p>
          )}
          <button type="submit" className="btn-primary" disabled={busy} data-testid="create-submit">
            {t('orders.form.submit')}
          </button>
          <button type="button" onClick={onClose}>
            {t('orders.close')}
          </button>
        </form>
      </PinPrompt>
      {outcome && <OutcomeNote outcome={outcome} />}
    </section>
  );
}
