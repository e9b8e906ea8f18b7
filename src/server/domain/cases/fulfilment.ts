import type { FulfilmentStatus } from '../../../shared/enums.js';

export function fulfilmentOf(requested: number, fulfilled: number): FulfilmentStatus {
  if (fulfilled <= 0) return 'none';
  return fulfilled >= requested ? 'complete' : 'partial';
}

/** Masks all but the country code, the first two and the last three digits: +91 98xxx xx345. */
export function maskPhone(e164: string): string {
  const national = e164.startsWith('+91') ? e164.slice(3) : e164.replace(/^\+/, '');
  if (national.length < 6) return '•••';
  return `+91 ${national.slice(0, 2)}xxx xx${national.slice(-3)}`;
}
