import { useMutation } from '@tanstack/react-query';
import { sendJson } from '../../api/client';
import { understandingView } from './understanding';

/** Asks the understanding engine what a pasted message says (POST /understand). */
export function useUnderstand() {
  return useMutation({
    mutationFn: (text: string) => sendJson('POST', '/understand', { text }, understandingView),
  });
}
