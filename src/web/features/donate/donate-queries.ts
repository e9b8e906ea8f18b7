// The public donor pages' requests. Asking for a code is limited like the help form: only when the server says this
// source is noisy (428 `challenge_required`) does the browser solve a proof of work and ask again with it.
import { useMutation } from '@tanstack/react-query';
import { altchaChallenge } from '../../../shared/contracts/public.js';
import {
  donorCodeSent,
  donorSelfView,
  publicDonorRegistered,
  type DonorCodeBody,
  type DonorCodeSent,
  type DonorSelfBody,
  type DonorSelfCodeBody,
  type PublicDonorBody,
} from '../../../shared/contracts/public-donors.js';
import { isApiError } from '../../api/api-error';
import { getJson, sendJson } from '../../api/client';
import { solveAltcha } from '../public/altcha';

export type CodePhase = 'sending' | 'solving';

async function askWithChallenge<B extends object>(
  path: string,
  body: B,
  onPhase: (phase: CodePhase) => void,
): Promise<DonorCodeSent> {
  onPhase('sending');
  try {
    return await sendJson('POST', path, body, donorCodeSent);
  } catch (error) {
    if (!isApiError(error, 'challenge_required')) throw error;
    onPhase('solving');
    const altcha = await solveAltcha(await getJson('/public/challenge', altchaChallenge));
    onPhase('sending');
    return sendJson('POST', path, { ...body, altcha }, donorCodeSent);
  }
}

export function useRegistrationCode(onPhase: (phase: CodePhase) => void) {
  return useMutation({
    mutationFn: (body: DonorCodeBody) => askWithChallenge('/public/donors/code', body, onPhase),
  });
}

export function usePublicRegistration() {
  return useMutation({
    mutationFn: (body: PublicDonorBody) => sendJson('POST', '/public/donors', body, publicDonorRegistered),
  });
}

export function useOwnRecordCode(onPhase: (phase: CodePhase) => void) {
  return useMutation({
    mutationFn: (body: DonorSelfCodeBody) => askWithChallenge('/public/donors/me/code', body, onPhase),
  });
}

export function useOwnRecord() {
  return useMutation({
    mutationFn: (body: DonorSelfBody) => sendJson('POST', '/public/donors/me', body, donorSelfView),
  });
}
