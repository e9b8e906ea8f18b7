import type { ReactElement } from 'react';
import type { CampDetail } from '../../../shared/contracts/camps.js';
import { ApiError } from '../../api/api-error';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../shell/NotFoundPage';
import { useCamp } from './camps-queries';

/** A camp outside one's organisation or districts is "not found", as on the server (any 404). */
export const isMissing = (error: unknown) => error instanceof ApiError && error.status === 404;

/** The camp of the page's address, loaded, or the loading / not found / problem screens in its place. */
export function CampLoader({ id, children }: { id: string; children: (camp: CampDetail) => ReactElement }) {
  const camp = useCamp(id);
  if (camp.isPending) return <Loading />;
  if (camp.isError) {
    return isMissing(camp.error) ? (
      <NotFoundPage />
    ) : (
      <LoadError error={camp.error} onRetry={() => void camp.refetch()} />
    );
  }
  return children(camp.data);
}
