import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../shell/NotFoundPage';
import { ItemView } from './ItemPage';
import { useScannedItem } from './equipment-queries';

/** Where a scanned QR label lands: the item itself (an item outside one's scope is "not found", as on the server). */
export function ScanPage() {
  const { token = '' } = useParams();
  const item = useScannedItem(token);
  if (item.isPending) return <Loading />;
  if (item.isError) {
    return isApiError(item.error, 'not_found') ? (
      <NotFoundPage />
    ) : (
      <LoadError error={item.error} onRetry={() => void item.refetch()} />
    );
  }
  return <ItemView item={item.data} />;
}
