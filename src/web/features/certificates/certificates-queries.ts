// The certificates' reads and writes, checked against the shared contracts (shared/contracts/certificates.ts).
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ZodType } from 'zod';
import type { SessionView } from '../../../shared/contracts/auth.js';
import {
  campCertificatesResult,
  certificateList,
  certificateSettingsView,
  publicCertificateView,
  sendCertificateResult,
  type CertificateSettingsBody,
} from '../../../shared/contracts/certificates.js';
import type { Language } from '../../../shared/enums.js';
import { ApiError, apiErrorFromResponse, type ClientErrorCode } from '../../api/api-error';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryClient } from '../../api/query-client';
import { queryKeys } from '../../api/query-keys';
import i18n from '../../i18n';
import { certificateKeys } from './certificate-keys';

const settingsPath = (organisationId: string) =>
  `/organisations/${encodeURIComponent(organisationId)}/certificate-settings`;

/** The desk's PDF (signed in) and the public one (the donor's link), by number and language. */
export const certificatePdfUrl = (number: string, language: Language) =>
  `/api/v1/certificates/${encodeURIComponent(number)}/pdf?lang=${language}`;
export const publicCertificatePdfUrl = (number: string, language: Language) =>
  `/api/v1/public/certificates/${encodeURIComponent(number)}/pdf?lang=${language}`;
/** Where the organisation's logo is read (signed in). */
export const certificateLogoUrl = (organisationId: string, version: string | null) =>
  `/api/v1${settingsPath(organisationId)}/logo${version ? `?v=${encodeURIComponent(version)}` : ''}`;

export function useCertificateSettings(organisationId: string) {
  return useQuery({
    queryKey: certificateKeys.settings(organisationId),
    queryFn: ({ signal }) => getJson(settingsPath(organisationId), certificateSettingsView, signal),
  });
}

export function useUpdateCertificateSettings(organisationId: string) {
  return useMutation({
    mutationFn: (body: CertificateSettingsBody) =>
      sendJson('PUT', settingsPath(organisationId), body, certificateSettingsView),
    onSuccess: (view) => queryClient.setQueryData(certificateKeys.settings(organisationId), view),
  });
}

/** PUTs a file's bytes as they are (the JSON client sends JSON only); the server decides the type from the bytes. */
async function sendBytes<T>(path: string, file: File, schema: ZodType<T>): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'accept-language': i18n.language,
    'content-type': file.type || 'application/octet-stream',
  };
  const token = queryClient.getQueryData<SessionView | null>(queryKeys.session)?.csrfToken;
  if (token !== undefined) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method: 'PUT', headers, body: file, credentials: 'same-origin' });
  } catch (cause) {
    const code: ClientErrorCode = 'network_error';
    throw new ApiError({ status: 0, code, title: code, cause });
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  const result = schema.safeParse(await response.json());
  if (result.success) return result.data;
  const code: ClientErrorCode = 'unexpected_response';
  throw new ApiError({ status: 200, code, title: code, cause: result.error });
}

export function useUploadCertificateLogo(organisationId: string) {
  return useMutation({
    mutationFn: (file: File) => sendBytes(`${settingsPath(organisationId)}/logo`, file, certificateSettingsView),
    onSuccess: (view) => queryClient.setQueryData(certificateKeys.settings(organisationId), view),
  });
}

export function useCampCertificates(campId: string) {
  return useQuery({
    queryKey: certificateKeys.list(campId),
    queryFn: ({ signal }) => getJson(withQuery('/certificates', { campId, limit: 500 }), certificateList, signal),
  });
}

export function useIssueCampCertificates(campId: string) {
  return useMutation({
    mutationFn: () =>
      sendJson('POST', `/camps/${encodeURIComponent(campId)}/certificates`, undefined, campCertificatesResult),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.list(campId) }),
  });
}

export function useSendCertificate(campId: string) {
  return useMutation({
    mutationFn: (number: string) =>
      sendJson('POST', `/certificates/${encodeURIComponent(number)}/send`, undefined, sendCertificateResult),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.list(campId) }),
  });
}

export function usePublicCertificate(number: string) {
  return useQuery({
    queryKey: certificateKeys.public(number),
    queryFn: ({ signal }) =>
      getJson(`/public/certificates/${encodeURIComponent(number)}`, publicCertificateView, signal),
    enabled: number !== '',
    retry: false,
  });
}
