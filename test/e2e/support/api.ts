// Setting up a spec's world through the API, as a signed-in person would.
import { request, type APIRequestContext } from 'playwright-core';
import type { SessionView } from '../../../src/shared/contracts/auth.js';
import type { CaseSummary, CreateCaseBody } from '../../../src/shared/contracts/cases.js';
import type { OrganisationView } from '../../../src/shared/contracts/organisations.js';
import type { CreateUserBody, UserView } from '../../../src/shared/contracts/users.js';
import { e2e } from './browser.js';
import type { Credentials } from './people.js';

export interface ApiSession {
  api: APIRequestContext;
  session: SessionView;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  if (!response.ok()) throw new Error(`${response.url()} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

export async function signInApi(credentials: Credentials): Promise<ApiSession> {
  const api = await request.newContext({ baseURL: e2e().baseUrl });
  const session = await json<SessionView>(await api.post('/api/v1/auth/sign-in', { data: credentials }));
  return { api, session };
}

export async function listOrganisations({ api }: ApiSession): Promise<OrganisationView[]> {
  return (await json<{ items: OrganisationView[] }>(await api.get('/api/v1/organisations'))).items;
}

export async function createPerson({ api, session }: ApiSession, body: CreateUserBody): Promise<UserView> {
  return json<UserView>(
    await api.post('/api/v1/users', { data: body, headers: { 'x-csrf-token': session.csrfToken } }),
  );
}

export async function createCase(
  { api, session }: ApiSession,
  body: CreateCaseBody,
): Promise<{ caseId: string; reference: string; attached: boolean }> {
  return json(await api.post('/api/v1/cases', { data: body, headers: { 'x-csrf-token': session.csrfToken } }));
}

export async function listCases({ api }: ApiSession, query: Record<string, string> = {}): Promise<CaseSummary[]> {
  const search = new URLSearchParams(query).toString();
  return (await json<{ items: CaseSummary[] }>(await api.get(`/api/v1/cases${search ? `?${search}` : ''}`))).items;
}
