import type { FulfilmentStatus } from '../../../shared/enums.js';

export function fulfilmentOf(requested: number, fulfilled: number): FulfilmentStatus {
  if (fulfilled <= 0) return 'none';
  return fulfilled >= requested ? 'complete' : 'partial';
}
