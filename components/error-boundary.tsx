import { Component, StrictMode, type ErrorInfo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Button } from './button';

interface Props {
  /** What failed, for the message: "the Reports view", "the side panel". */
  what: string;
  children: ReactNode;
}

interface State {
  error?: Error;
}

/**
 * Catches a render error below it and shows what failed with a way to try again, so one broken view
 * never leaves a blank page. React needs a class for this: hooks cannot catch render errors.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Leadline: ${this.props.what} failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div
        role="alert"
        className="m-4 rounded-md border border-rose-300 bg-rose-50 p-4 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100"
      >
        <p className="font-medium">Something went wrong in {this.props.what}.</p>
        <p className="mt-1 break-words">{error.message}</p>
        <div className="mt-3 flex gap-2">
          <Button onClick={() => this.setState({ error: undefined })}>Try again</Button>
          <Button variant="ghost" onClick={() => location.reload()}>
            Reload the page
          </Button>
        </div>
      </div>
    );
  }
}

/** Mounts a page's React tree in `#root`, in strict mode and inside an error boundary for the page. */
export function renderPage(what: string, page: ReactNode) {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary what={what}>{page}</ErrorBoundary>
    </StrictMode>,
  );
}
