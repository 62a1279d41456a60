// Edit an order from its detail: recipient, buyer, notes and tags, prefilled from the detail, behind the
// PIN. Only the statuses the API accepts an update in offer it (else the button says why not); only
// changed fields are checked and sent; the API's 422 reasons show next to their fields; a save reloads
// the detail.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/errors';
import type { OrderDetail } from '../../../shared/orders/schemas';
import { parseStatus } from '../../../shared/orders/status';
import { supervisorToken } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { station } from '../app/station';
import type { Problem } from './create-order-form';
import {
  apiFieldProblems,
  draftFromDetail,
  EDITABLE_STATUSES,
  isEditable,
  validateEdit,
  type EditDraft,
  type EditField,
} from './edit-order-form';
import { ErrorNote, OutcomeNote, type WriteOutcome } from './ErrorNote';
import { FormField } from './FormField';
import { ordersActions } from './orders-store';
import { orderWriteError } from './write-error';

const RECIPIENT: EditField[] = ['name', 'phone', 'address', 'city', 'province', 'postalCode', 'country'];
const BUYER: EditField[] = ['buyerName', 'buyerPhone', 'buyerEmail'];

interface Editing {
  initial: EditDraft;
  draft: EditDraft;
  problems: Problem[];
  /** The API's own reasons, by form field (from a 422). */
  refused: Partial<Record<EditField, string>>;
  error: ErrorInfo | null;
  unchanged: boolean;
}

export function EditOrder({ detail }: { detail: OrderDetail }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const code = detail.order_code;
  const status = parseStatus(detail.internal_status);
  const editable = isEditable(status);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<WriteOutcome | null>(null);

  function open(): void {
    const initial = draftFromDetail(detail);
    setEditing({ initial, draft: initial, problems: [], refused: {}, error: null, unchanged: false });
    setSaved(null);
  }

  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    if (!editing) return;
    const checked = validateEdit(code, editing.initial, editing.draft);
    const cleared = { ...editing, refused: {}, error: null };
    if (!checked.input) {
      return setEditing({ ...cleared, problems: checked.problems, unchanged: 'unchanged' in checked });
    }
    setEditing({ ...cleared, problems: [], unchanged: false });
    setBusy(true);
    const res = await station.orders.update({ input: checked.input, supervisorToken: supervisorToken() });
    setBusy(false);
    if (res.ok) {
      setEditing(null);
      setSaved({ ok: true, ...res.value });
      ordersActions.reload();
      return;
    }
    const { byField, rest } = apiFieldProblems(res.error.fieldErrors);
    const onFields = Object.keys(byField).length > 0;
    const error = onFields
      ? {
          ...res.error,
          message: t('orders.edit.apiRefused'),
          action: t('orders.edit.fixFields'),
          fieldErrors: Object.keys(rest).length > 0 ? rest : undefined,
        }
      : orderWriteError(res.error, t);
    setEditing((now) => now && { ...now, refused: byField, error });
  }

  const problemText = (field: EditField): string | undefined => {
    const problem = editing?.problems.find((p) => p.field === field);
    return problem ? t(problem.key) : editing?.refused[field];
  };

  const field = (name: EditField, label: string, multiline = false): React.JSX.Element => (
    <FormField
      key={name}
      label={label}
      value={editing?.draft[name] ?? ''}
      problem={problemText(name)}
      testId={`edit-${name}`}
      multiline={multiline}
      onChange={(value) =>
        setEditing((now) => now && { ...now, draft: { ...now.draft, [name]: value }, unchanged: false })
      }
    />
  );

  const label = (name: EditField): string =>
    RECIPIENT.includes(name) && name !== 'country' ? t(`orders.form.${name}`) : t(`orders.edit.${name}`);

  return (
    <section className="orders-section" data-testid="order-edit">
      {!editing && (
        <div className="orders-buttons">
          <button
            type="button"
            onClick={open}
            disabled={!editable}
            aria-describedby={editable ? undefined : 'edit-why'}
            data-testid="edit-open"
          >
            {t('orders.edit.open')}
          </button>
          {!editable && (
            <p id="edit-why" className="muted" data-testid="edit-why">
              {t('orders.edit.notEditable', {
                allowed: new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(
                  EDITABLE_STATUSES.map((s) => t(`status.${s}`)),
                ),
                status: status ? t(`status.${status}`) : detail.internal_status,
              })}
            </p>
          )}
        </div>
      )}
      {editing && (
        <>
          <h3>{t('orders.edit.title', { code })}</h3>
          <PinPrompt>
            <form className="orders-form" onSubmit={(e) => void save(e)} noValidate data-testid="edit-form">
              <fieldset className="orders-edit-group">
                <legend>{t('orders.edit.recipient')}</legend>
                {RECIPIENT.map((name) => field(name, label(name)))}
              </fieldset>
              <fieldset className="orders-edit-group">
                <legend>{t('orders.edit.buyer')}</legend>
                {BUYER.map((name) => field(name, label(name)))}
              </fieldset>
              <p className="muted orders-edit-hint">{t('orders.edit.notesHint')}</p>
              {field('notes', t('orders.edit.notes'), true)}
              {field('tags', t('orders.edit.tags'))}
              {editing.problems.length > 0 && (
                <p className="form-error" role="alert" data-testid="edit-problems">
                  {editing.problems.some((p) => p.field === 'form')
                    ? t('orders.form.invalid')
                    : t('orders.edit.fix', { count: editing.problems.length })}
                </p>
              )}
              {editing.unchanged && (
                <p className="muted" role="status" data-testid="edit-unchanged">
                  {t('orders.edit.unchanged')}
                </p>
              )}
              {editing.error && <ErrorNote error={editing.error} />}
              <button type="submit" className="btn-primary" disabled={busy} data-testid="edit-save">
                {t('orders.edit.save')}
              </button>
              <button type="button" disabled={busy} onClick={() => setEditing(null)}>
                {t('orders.back')}
              </button>
            </form>
          </PinPrompt>
        </>
      )}
      {saved && <OutcomeNote outcome={saved} />}
    </section>
  );
}
