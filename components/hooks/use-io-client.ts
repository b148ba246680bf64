import { useEffect, useState } from 'react';
import { createIoClient, type IoClient } from '@/lib/io';

/**
 * The I/O worker client for this component; its worker starts on first use and ends on unmount.
 * With `warm`, it starts once the page is idle after the first render (a page whose first action
 * is an import or an export: Import & export).
 */
export function useIoClient({ warm = false }: { warm?: boolean } = {}): IoClient {
  const [client] = useState(createIoClient);
  useEffect(() => {
    const idle = warm ? requestIdleCallback(() => client.warm(), { timeout: 1000 }) : undefined;
    return () => {
      if (idle !== undefined) cancelIdleCallback(idle);
      client.dispose();
    };
  }, [client, warm]);
  return client;
}
