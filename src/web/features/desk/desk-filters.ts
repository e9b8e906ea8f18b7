import {
  caseStatuses,
  channels,
  priorities,
  resourceCodes,
  type CaseStatus,
  type Channel,
  type Priority,
  type ResourceCode,
} from '../../../shared/enums.js';
import type { CaseListQuery } from '../cases/case-queries';

/** The queue's filters as they live in the address bar: shareable, reloadable, and back-button friendly. */
export interface DeskFilters {
  district: string;
  status: CaseStatus | 'open';
  priority: Priority | '';
  need: ResourceCode | '';
  channel: Channel | '';
  /** 'me', 'unassigned', a person's id, or '' for anyone. */
  assignee: string;
  overdue: boolean;
  q: string;
  offset: number;
}

export const defaultFilters: DeskFilters = {
  district: '',
  status: 'open',
  priority: '',
  need: '',
  channel: '',
  assignee: '',
  overdue: false,
  q: '',
  offset: 0,
};

export const pageSize = 50;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the address; anything unknown (an old link, a typo) falls back to the default rather than failing. */
export function parseDeskFilters(params: URLSearchParams): DeskFilters {
  const assignee = params.get('assignee') ?? '';
  const district = params.get('district') ?? '';
  const offset = Number(params.get('offset'));
  return {
    district: /^[A-Z0-9-]{2,16}$/.test(district) ? district : '',
    status: oneOf([...caseStatuses, 'open'] as const, params.get('status')) || 'open',
    priority: oneOf(priorities, params.get('priority')),
    need: oneOf(resourceCodes, params.get('need')),
    channel: oneOf(channels, params.get('channel')),
    assignee: assignee === 'me' || assignee === 'unassigned' || uuidPattern.test(assignee) ? assignee : '',
    overdue: params.get('overdue') === 'true',
    q: (params.get('q') ?? '').trim().slice(0, 100),
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Writes only what differs from the defaults, so a plain queue has a plain address. */
export function deskSearchParams(filters: DeskFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(defaultFilters) as (keyof DeskFilters)[]) {
    const value = filters[key];
    if (value !== defaultFilters[key]) params.set(key, String(value));
  }
  return params;
}

/** The API query for these filters. */
export function caseQueryFor(filters: DeskFilters): CaseListQuery {
  const query: CaseListQuery = { status: filters.status, limit: pageSize, offset: filters.offset };
  if (filters.district !== '') query.district = filters.district;
  if (filters.priority !== '') query.priority = filters.priority;
  if (filters.need !== '') query.need = filters.need;
  if (filters.channel !== '') query.channel = filters.channel;
  if (filters.assignee !== '') query.assignee = filters.assignee;
  if (filters.overdue) query.overdue = 'true';
  if (filters.q !== '') query.q = filters.q;
  return query;
}

export function hasNarrowingFilters(filters: DeskFilters): boolean {
  return deskSearchParams({ ...filters, offset: 0 }).toString() !== '';
}
