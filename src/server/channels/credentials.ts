// An account saved without the secret a request needs is a configuration fault, not a provider failure:
// it is thrown so the worker records it once instead of retrying a request that cannot be built.
import type { AccountCredentials, Provider } from './types.js';

export class MissingCredential extends Error {
  override readonly name = 'MissingCredential';

  constructor(
    readonly provider: Provider,
    readonly field: keyof AccountCredentials,
  ) {
    super(`${provider}: account credentials lack ${field}`);
  }
}

export function requireCredential(
  credentials: AccountCredentials,
  field: keyof AccountCredentials,
  provider: Provider,
): string {
  const value = credentials[field];
  if (value === undefined || value === '') throw new MissingCredential(provider, field);
  return value;
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}
