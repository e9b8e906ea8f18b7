import { useMutation } from '@tanstack/react-query';
import { signInCodeAccepted, type SignInCodeBody } from '../../../shared/contracts/auth.js';
import { sendJson } from '../../api/client';

/**
 * Asks for a one-time code for a locked sign-in. The server answers the same whether or not the account exists or
 * a code was sent, so success means only "asked", never "sent".
 */
export function useRequestSignInCode() {
  return useMutation({
    mutationFn: (body: SignInCodeBody) => sendJson('POST', '/auth/sign-in-code', body, signInCodeAccepted),
  });
}
