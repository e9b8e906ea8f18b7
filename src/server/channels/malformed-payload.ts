// A webhook body that is not the provider's documented shape. Routes answer 400 rather than 500: the
// sender (or someone pretending to be it) is at fault, and a retry of the same bytes will not help.
import type { Provider } from './types.js';

export class MalformedPayload extends Error {
  override readonly name = 'MalformedPayload';

  constructor(
    readonly provider: Provider,
    readonly reason: string,
  ) {
    super(`${provider}: malformed payload: ${reason}`);
  }
}
