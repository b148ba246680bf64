import { buttonClass, type ButtonVariant } from '../button-class';
import { COMPOSE_PENDING_KEY } from '../follow-ups/compose-pending-key';
import { describeDueHere, type EarlyTodayPage, type FollowUp } from '@/lib/sequences';

// The popup as React's first render shows it (PopupApp, LeadSearchList, TodayView, FollowUpRow), drawn
// with plain DOM by the popup's early script the moment its read of "Today" answers, while the main
// script (React, zod, the views) is still loading. Text only (textContent), the same elements and
// classes: React's first commit replaces it without moving a pixel. Its buttons are inert
// (aria-disabled) until then; a click on one is kept and made again on React's button
// (early-handover.ts). tests/unit/components/popup/early-popup.test.tsx holds the two renders equal.

type Child = Node | string | null | undefined | false;

function el(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A button as `Button` draws it, inert until React takes over. */
const button = (variant: ButtonVariant, className: string, label: string, attributes: Record<string, string> = {}) =>
  el('button', { type: 'button', class: buttonClass(variant, className), 'aria-disabled': 'true', ...attributes }, label);

const SMALL = '!px-2 !py-1 text-xs';

/**
 * The step's one-click button, or why it is blocked, as `stepAction` gives them before any template
 * is read (React's first render has none yet): its labels without its URLs. `stepAction` itself
 * brings zod and every schema with it, a hundred kilobytes this script does not load.
 */
function plainAction({ task, step, lead }: FollowUp, { mailProvider }: EarlyTodayPage['settings']): { label?: string; blocked?: string } {
  if (!lead) return {};
  switch (step?.type ?? task.type) {
    case 'email': {
      const to = lead.emails[0];
      if (!to) return { blocked: `${lead.fullName} has no email address` };
      const label = mailProvider === 'outlook' ? 'Compose in Outlook' : 'Compose in Gmail';
      const address = to.toLowerCase();
      const guessed = lead.emailGuesses.some((guess) => guess.email === address && guess.confirmedAt === undefined);
      return { label: guessed ? `${label} · guessed address` : label };
    }
    case 'linkedin-connect':
    case 'linkedin-message':
      return lead.linkedinUrl && /^https?:$/.test(protocolOf(lead.linkedinUrl))
        ? { label: 'Open profile' }
        : { blocked: `${lead.fullName} has no LinkedIn profile` };
    case 'call': {
      const phone = lead.phones[0];
      return phone ? { label: `Call ${phone}` } : { blocked: `${lead.fullName} has no phone number` };
    }
    default:
      return {};
  }
}

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

/** One follow-up as `FollowUpRow` first draws it (before any template is read: the step's plain action). */
function row(item: FollowUp, page: EarlyTodayPage, now: number, late: boolean): HTMLElement {
  const { task, lead } = item;
  const name = lead?.fullName ?? 'Deleted lead';
  const action = plainAction(item, page.settings);
  return el(
    'li',
    { 'aria-label': `${name}: ${task.title}`, class: 'flex flex-col gap-1 rounded-md border border-slate-200 p-2 dark:border-slate-800' },
    el(
      'div',
      { class: 'flex items-baseline gap-2' },
      el('span', { class: 'min-w-0 flex-1 truncate text-sm font-medium' }, name),
      el(
        'span',
        { class: `shrink-0 text-xs ${late ? 'font-medium text-rose-600 dark:text-rose-400' : 'text-slate-500'}` },
        describeDueHere(task.dueAt, now),
      ),
    ),
    el('p', { class: 'truncate text-xs text-slate-600 dark:text-slate-400' }, task.title),
    task.instructions ? el('p', { class: 'text-xs text-slate-500' }, task.instructions) : null,
    action.blocked ? el('p', { role: 'note', class: 'text-xs text-amber-700 dark:text-amber-400' }, action.blocked) : null,
    el(
      'div',
      { class: 'flex flex-wrap items-center gap-1' },
      action.label ? button('primary', SMALL, action.label) : null,
      button('secondary', SMALL, 'Done'),
      button('ghost', SMALL, 'Skip'),
      el('div', { class: 'relative' }, button('ghost', SMALL, 'Snooze', { 'aria-expanded': 'false' })),
      lead ? button('ghost', SMALL, 'Open lead') : null,
    ),
  );
}

function section(label: string, items: FollowUp[], total: number, late: (item: FollowUp) => boolean, page: EarlyTodayPage, now: number) {
  if (!items.length) return null;
  return el(
    'section',
    { 'aria-label': label, class: 'flex flex-col gap-1.5' },
    el(
      'h2',
      { class: 'px-1 text-xs font-medium uppercase tracking-wide text-slate-500' },
      label,
      ' ',
      el('span', { class: 'font-normal' }, '(', total.toLocaleString(), ')'),
    ),
    el('ul', { 'aria-label': label, class: 'flex flex-col gap-1.5' }, ...items.map((item) => row(item, page, now, late(item)))),
    total > items.length
      ? el(
          'p',
          { class: 'px-1 text-xs text-slate-500' },
          'and ',
          (total - items.length).toLocaleString(),
          ' more: work through these first.',
        )
      : null,
  );
}

/** "Today" as `TodayView` first shows it: the groups, or what to do when there is nothing. */
function today(page: EarlyTodayPage, now: number): HTMLElement {
  const { overdue, today: dueToday, upcoming } = page;
  if (!overdue.length && !dueToday.length && !upcoming.length) {
    return el(
      'div',
      { class: 'flex flex-col gap-3' },
      el(
        'div',
        {
          class: 'flex flex-col items-center gap-3 rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700',
        },
        el('h2', { class: 'text-base font-semibold' }, 'No follow-ups'),
        el(
          'div',
          { class: 'max-w-md text-sm text-slate-600 dark:text-slate-400' },
          'Type above to find a lead. Enroll leads in a sequence (Dashboard → a lead → Sequences) and each step comes due here on the right day.',
        ),
      ),
    );
  }
  return el(
    'div',
    { class: 'flex flex-col gap-3' },
    section('Overdue', overdue, page.overdueCount, () => true, page, now),
    section('Due today', dueToday, page.todayCount, (item) => item.task.dueAt <= now, page, now),
    !overdue.length && !dueToday.length ? el('p', { class: 'px-1 text-sm text-slate-500' }, 'Nothing due today.') : null,
    section('Upcoming', upcoming, upcoming.length, () => false, page, now),
  );
}

/**
 * The popup (`PopupApp`) with "Today" as its first render shows it: the header, the search box and
 * the list. The sync line and the campaign picker are not there yet in that render either (each
 * waits for its own read).
 */
export function earlyPopup(page: EarlyTodayPage, now: number): HTMLElement {
  return el(
    'div',
    { class: 'flex w-[22rem] flex-col gap-3 p-3' },
    el(
      'header',
      { class: 'flex items-center gap-2' },
      el('img', { src: '/icon/32.png', alt: '', width: '20', height: '20' }),
      el('h1', { class: 'text-base font-semibold' }, 'Leadline'),
      el(
        'div',
        { class: 'ml-auto flex gap-1' },
        button('primary', '', 'Capture', { title: 'Capture the person on this page (Alt+Shift+S)' }),
        button('secondary', '', 'Dashboard'),
      ),
    ),
    el(
      'div',
      { class: 'flex flex-col gap-2' },
      el('input', {
        type: 'search',
        'aria-label': 'Search leads',
        placeholder: 'Search name, company or email',
        class:
          'w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-400 focus:border-indigo-500 dark:border-slate-700 dark:bg-slate-900',
        value: '',
      }),
      today(page, now),
    ),
  );
}

/**
 * True when Today will open by asking whether an email went (a Compose noted for one of these rows,
 * see compose-return.ts): that question is React's to ask, so nothing is drawn early then.
 */
export function asksAboutCompose(page: EarlyTodayPage): boolean {
  let noted: unknown;
  try {
    noted = JSON.parse(localStorage.getItem(COMPOSE_PENDING_KEY) ?? 'null');
  } catch {
    return false; // React's read fails the same way: no question
  }
  if (noted === null) return false;
  const taskId = typeof noted === 'object' ? (noted as { taskId?: unknown }).taskId : undefined;
  return [...page.overdue, ...page.today, ...page.upcoming].some((item) => item.task.id === taskId);
}
