// The ApiError a client call was expected to fail with (anything else fails the test loudly).
import { isApiError, type ApiError } from '../../../src/main/api/errors';

export async function failure(call: Promise<unknown>): Promise<ApiError> {
  const outcome = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isApiError(outcome)) throw new Error(`expected an ApiError, got ${String(outcome)}`);
  return outcome;
}
