import type { ToastMessage } from './toast';
import type { Settings } from '@/lib/model';

/** Shows a toast from anywhere in the dashboard. */
export type Notify = (toast: Omit<ToastMessage, 'id'>) => void;

/** What every dashboard view receives from the shell. */
export interface ViewContext {
  /** The route after the section: `#/leads/<id>` gives `[id]`. */
  params: string[];
  settings: Settings;
  notify: Notify;
}
