// An error stays until acknowledged (Esc or the ACK barcode): it names the step, says why, shows the
// request_id to quote to support, and what to do. Scans are refused while it shows.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/errors';
import { errorWords, keyedWords } from '../errors/error-words';
import { isMessageKey } from '../i18n/keys';
import { acknowledge } from './scan-controller';
import { useRefusedAt } from './flow-store';

/**
 * Main words its errors in English. In another language the packer first reads the error kind's own
 * translated summary and action; main's exact words follow as details for the supervisor and support.
 */
function localised(
  error: ErrorInfo,
  t: TFunction,
  language: string,
): { summary: string; action: string } | null {
  if (language.startsWith('en')) return null;
  // Main gave its words a message key: they are translated in full, nothing is summarised.
  if (error.messageKey && isMessageKey(error.messageKey)) return null;
  if (/^(wrong_item|over_count):/.test(error.message) && error.step === 'verify') return null;
  const unreadable = unreadableOf(error);
  if (unreadable) return { summary: t(`${unreadable}.summary`), action: t(`${unreadable}.action`) };
  if (scanProblemOf(error)) return null;
  const title = `errors.${error.kind}.title`;
  const action = `errors.${error.kind}.action`;
  if (!isMessageKey(title) || !isMessageKey(action)) return null;
  return { summary: t(title), action: t(action) };
}

const WRITES = new Set(['set_process', 'set_packed', 'mark_printed', 'ship']);

/** An answer that came and cannot be read: for a write its outcome is unknown, for a read it stops. */
function unreadableOf(error: ErrorInfo): 'unreadable.read' | 'unreadable.write' | null {
  if (error.kind !== 'bad_response' || !error.step) return null;
  return WRITES.has(error.step) ? 'unreadable.write' : 'unreadable.read';
}

function titleOf(error: ErrorInfo, t: TFunction): string {
  if (!error.step) return t(`errors.${error.kind}.title`);
  const step = t(`steps.${error.step}`);
  return unreadableOf(error) ? t('unreadable.title', { step }) : t('alert.failedAt', { step });
}

/** A scan the renderer refused (scan-controller): `scan_<kind>:<U+XXXX>`, worded here in each language. */
function scanProblemOf(error: ErrorInfo): { kind: string; char: string } | null {
  if (error.kind !== 'invalid_input' || error.step) return null;
  const m = /^scan_(empty|too_long|invisible|not_barcode):(.*)$/.exec(error.message);
  return m ? { kind: m[1] ?? '', char: m[2] ?? '' } : null;
}

function messageOf(error: ErrorInfo, t: TFunction): string {
  const keyed = keyedWords(error, t);
  if (keyed) return keyed.message;
  // Verification errors are made in the renderer as `wrong_item:<code>` so they can be translated.
  const local = /^(wrong_item|over_count):(.*)$/.exec(error.message);
  if (local && error.step === 'verify') return t(`verify.${local[1]}`, { code: local[2] });
  const scan = scanProblemOf(error);
  if (scan) return t(`scanProblem.${scan.kind}`, { char: scan.char });
  return error.message;
}

function actionOf(error: ErrorInfo, t: TFunction): string {
  const scan = scanProblemOf(error);
  if (scan) return t(`scanProblem.${scan.kind}Action`);
  return errorWords(error, t).action ?? t(`errors.${error.kind}.action`);
}

export function ErrorPanel({
  error,
  orderCode,
}: {
  error: ErrorInfo;
  orderCode: string | null;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const refusedAt = useRefusedAt();
  const local = localised(error, t, i18n.language);
  return (
    <div
      className="overlay overlay-error"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="error-title"
      data-testid="error-panel"
    >
      <div className={`alert-box ${refusedAt ? 'flash' : ''}`} key={refusedAt}>
        <h2 id="error-title">{titleOf(error, t)}</h2>
        {orderCode && <p className="alert-order">{orderCode}</p>}
        {local ? (
          <>
            <p className="alert-message" data-testid="error-message">
              {local.summary}
            </p>
            <p className="alert-action">{local.action}</p>
            <p className="alert-details" lang="en" data-testid="error-details">
              {t('alert.details')}: {error.message}
              {error.action ? ` ${error.action}` : ''}
            </p>
          </>
        ) : (
          <>
            <p className="alert-message" data-testid="error-message">
              {messageOf(error, t)}
            </p>
            <p className="alert-action">{actionOf(error, t)}</p>
          </>
        )}
        {error.requestId && (
          <p className="alert-request">
            {t('alert.requestId')} <code data-testid="request-id">{error.requestId}</code>
          </p>
        )}
        {refusedAt > 0 && (
          <p className="alert-refused" data-testid="scan-refused">
            {t('alert.scanRefused')}
          </p>
        )}
        <button type="button" className="btn-primary" onClick={acknowledge} autoFocus>
          {t('alert.acknowledge')}
        </button>
      </div>
    </div>
  );
}
