import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

// React's act() needs to know it runs in a test environment (every test file importing this).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Lets queries and renders settle until `check()` holds; fails naming `what` after ~2 s. */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Renders `node` into a new element of the document; `unmount()` takes both away again. */
export function mount(node: ReactNode): { host: HTMLElement; unmount: () => void } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(node));
  return {
    host,
    unmount: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
}
