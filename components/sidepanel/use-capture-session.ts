import { useEffect, useRef, useState } from 'react';
import { CaptureSession, type CaptureDeps, type CaptureState } from '@/lib/capture';

/** The panel's page, kept current by a CaptureSession for as long as the component is mounted. */
export function useCaptureSession(deps: CaptureDeps): { state: CaptureState; reload: () => void } {
  const [state, setState] = useState<CaptureState>({ status: 'finding-tab', drafts: [], origin: 'page', generation: 0 });
  const session = useRef<CaptureSession | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    const current = new CaptureSession(deps, setState);
    session.current = current;
    current.start(controller.signal);
    return () => controller.abort();
  }, [deps]);
  return { state, reload: () => session.current?.reload() };
}
