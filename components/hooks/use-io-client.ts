import { useEffect, useState } from 'react';
import { createIoClient, type IoClient } from '@/lib/io';

/** The I/O worker client for this component; its worker starts on first use and ends on unmount. */
export function useIoClient(): IoClient {
  const [client] = useState(createIoClient);
  useEffect(() => () => client.dispose(), [client]);
  return client;
}
