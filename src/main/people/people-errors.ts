// The people feature's refusals as values: English words for logs and support, and a message key (with
// its values) so the screen says the same thing in the packer's language.
import type { ErrorInfo } from '../../shared/errors';

function refusal(
  kind: ErrorInfo['kind'],
  key: string,
  message: string,
  action: string,
  values: Record<string, string> = {},
): ErrorInfo {
  return {
    kind,
    message,
    action,
    retryable: false,
    requestId: null,
    httpStatus: null,
    messageKey: key,
    messageValues: values,
  };
}

export const peopleErrors = {
  /** "A packer is required" is on and nobody scanned a badge: the order scan is refused. */
  packerRequired: (orderCode: string): ErrorInfo => ({
    ...refusal(
      'invalid_input',
      'people.errors.required',
      `Nobody is packing on this bench: scan your badge before order ${orderCode}. Nothing was done to the order.`,
      'Scan your badge, or pick your name, then scan the order again.',
      { code: orderCode },
    ),
    step: 'resolve',
  }),
  unknownBadge: (badge: string): ErrorInfo =>
    refusal(
      'not_found',
      'people.errors.unknownBadge',
      `Badge ${badge} belongs to nobody on this station's packer list.`,
      'Ask your supervisor to add you to the packer list.',
      { badge },
    ),
  retired: (name: string): ErrorInfo =>
    refusal(
      'invalid_input',
      'people.errors.retired',
      `${name} is retired from the packer list and cannot start packing.`,
      'Ask your supervisor.',
      { name },
    ),
  unknownPacker: (): ErrorInfo =>
    refusal(
      'not_found',
      'people.errors.unknownPacker',
      'That packer is not on this station’s list.',
      'Pick a name from the list.',
    ),
  badgeTaken: (badge: string, name: string): ErrorInfo =>
    refusal(
      'invalid_input',
      'people.errors.badgeTaken',
      `Badge ${badge} already belongs to ${name}.`,
      'Choose another badge number.',
      { badge, name },
    ),
  notABadge: (prefix: string): ErrorInfo =>
    refusal(
      'invalid_input',
      'people.errors.notABadge',
      `A badge barcode starts with ${prefix}.`,
      'Scan the badge again.',
      { prefix },
    ),
};
