// @vitest-environment happy-dom
import { act, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { PlatformProvider } from '@/components/platform';
import { closeEarlyPopup, showEarlyPopup } from '@/components/popup/early-handover';
import { asksAboutCompose, earlyPopup } from '@/components/popup/early-popup';
import { PopupApp } from '@/components/popup/popup-app';
import { getDb, updateSettings } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { STEP_TYPES, type Lead, type Task } from '@/lib/model';
import { EARLY_STEP_TYPES, earlyTodayShape, enrollLeads, saveSequence, todayPageFromEarly, type TodayPage } from '@/lib/sequences';
import { readEarlyToday, type EarlyToday } from '@/lib/sequences/early-today';
import { until } from '../../react-helpers';
import { callTask } from '../../db-helpers';

const NOW = Date.parse('2026-01-14T15:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const actions = { openDashboard: () => undefined, capture: () => undefined };

/** Elements, their attributes and their text, in order: what a user (and a screen reader) gets. */
function tree(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  const element = node as Element;
  const attributes = Object.fromEntries(
    [...element.attributes]
      // The early buttons say they are inert; React's snooze button names its menu by a generated id.
      .filter((attribute) => !['aria-disabled', 'aria-controls'].includes(attribute.name))
      .map((attribute) => [attribute.name, attribute.value]),
  );
  // Adjacent text nodes read as one text: React and the DOM may split them differently.
  const children: unknown[] = [];
  for (const child of element.childNodes) {
    const value = tree(child);
    const last = children.at(-1);
    if (typeof value === 'string' && typeof last === 'string') children[children.length - 1] = last + value;
    else children.push(value);
  }
  return { tag: element.tagName.toLowerCase(), attributes, children };
}

/** PopupApp's DOM at its first commit, given the same read as a checked page. */
function reactFirstCommit(page: TodayPage): { html: Element; host: HTMLElement; unmount: () => void } {
  let first: Element | undefined;
  const host = document.createElement('div');
  document.body.append(host);
  function Snapshot({ children }: { children: ReactNode }) {
    useLayoutEffect(() => {
      first ??= host.firstElementChild!.cloneNode(true) as Element;
    }, []);
    return children;
  }
  const root = createRoot(host);
  act(() =>
    root.render(
      <Snapshot>
        <PlatformProvider value={{ now: () => NOW }}>
          <PopupApp actions={actions} takeFirstToday={() => page} />
        </PlatformProvider>
      </Snapshot>,
    ),
  );
  return {
    html: first!,
    host,
    unmount: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
}

const task = callTask;

async function lead(patch: Partial<Lead> & { fullName: string }): Promise<Lead> {
  return (await saveLead(await getDb(), { patch, origin: { kind: 'manual' } }, NOW)).lead;
}

async function earlyRead(): Promise<EarlyToday> {
  const early = await readEarlyToday(NOW);
  expect(early).toBeDefined();
  return early!;
}

// In order: the first test sees an empty Today, the later ones add follow-ups.
describe("the popup's early rows (plain DOM before React)", () => {
  it('with nothing due, show the same empty state React shows first', async () => {
    const db = await getDb();
    await lead({ fullName: 'Vera Ohlsson' });
    await db.get('leads', 'none'); // the database exists: the early read can run
    const early = await earlyRead();
    const page = earlyTodayShape(early)!;
    const drawn = earlyPopup(page, NOW);
    expect(drawn.querySelector('h2')?.textContent).toBe('No follow-ups');
    const react = reactFirstCommit(todayPageFromEarly(early, undefined)!);
    expect(tree(drawn)).toEqual(tree(react.html));
    react.unmount();
  });

  it('draw exactly the rows React first draws: names, due labels, steps, counts and buttons', async () => {
    const db = await getDb();
    await updateSettings(db, { mailProvider: 'outlook' });
    const emails = await saveSequence(db, { name: 'Intro', steps: [{ id: 'e1', type: 'email', delayDays: 0 }] }, NOW);
    const linkedin = await saveSequence(db, { name: 'Social', steps: [{ id: 'l1', type: 'linkedin-connect', delayDays: 0 }] }, NOW);
    const ines = await lead({ fullName: 'Inês Duarte', emails: ['ines@quillfield.example'] });
    const noMail = await lead({ fullName: 'Tomás Reyes' });
    const guessed = await lead({ fullName: 'Petra Lindqvist', emails: ['petra.lindqvist@kestrel.example'] });
    await db.put('leads', {
      ...(await db.get('leads', guessed.id))!,
      emailGuesses: [
        { email: 'petra.lindqvist@kestrel.example', pattern: 'first.last', support: 3, total: 4, evidence: '', at: NOW - DAY },
      ],
    });
    const social = await lead({ fullName: 'Noor Haddad', linkedinUrl: 'https://www.linkedin.com/in/noor-haddad-fictional' });
    const noProfile = await lead({ fullName: 'Aiko Brandt' });
    const caller = await lead({ fullName: 'Jonas Weber', phones: ['+49 30 901820'] });
    await enrollLeads(db, [ines.id, noMail.id, guessed.id], emails.sequence.id, NOW - 2 * HOUR);
    await enrollLeads(db, [social.id, noProfile.id], linkedin.sequence.id, NOW - 2 * HOUR);
    // Eleven overdue calls (one more than the popup shows), one due later today, one after a week,
    // one whose lead is gone, one with a note to the user.
    for (let i = 0; i < 11; i++) await db.put('tasks', task(`late-${i}`, caller.id, NOW - (i + 1) * DAY - i * HOUR));
    await db.put('tasks', task('later-today', caller.id, NOW + 2 * HOUR));
    await db.put('tasks', task('next-week', caller.id, NOW + 7 * DAY, { type: 'task', title: 'Send the pricing sheet' }));
    await db.put('tasks', task('orphan', 'lead-deleted-long-ago', NOW - 30 * DAY));
    await db.put('tasks', task('noted', noProfile.id, NOW - HOUR, { instructions: 'Mention the Lisbon meetup' }));

    const early = await earlyRead();
    const page = earlyTodayShape(early)!;
    expect(page).toBeDefined();
    const drawn = earlyPopup(page, NOW);
    const react = reactFirstCommit(todayPageFromEarly(early, undefined)!);
    expect(tree(drawn)).toEqual(tree(react.html));

    // What a user reads, spelled out once (the comparison above holds every detail equal).
    const sectionOf = (label: string) => drawn.querySelector(`section[aria-label="${label}"]`)!;
    expect(sectionOf('Overdue').querySelector('h2')?.textContent).toBe('Overdue (12)');
    expect(sectionOf('Overdue').textContent).toContain('and 2 more: work through these first.');
    const rowText = (li: Element) =>
      [li.querySelector('span')?.textContent, li.querySelectorAll('span')[1]?.textContent, li.querySelector('button')?.textContent].join(
        ' | ',
      );
    const dueToday = [...sectionOf('Due today').querySelectorAll('li')].map(rowText).sort();
    expect(dueToday).toEqual([
      'Aiko Brandt | 1 hour late | Done',
      'Aiko Brandt | 2 hours late | Done',
      'Inês Duarte | 2 hours late | Compose in Outlook',
      'Jonas Weber | due at ' + new Date(NOW + 2 * HOUR).toTimeString().slice(0, 5) + ' | Call +49 30 901820',
      'Noor Haddad | 2 hours late | Open profile',
      'Petra Lindqvist | 2 hours late | Compose in Outlook · guessed address',
      'Tomás Reyes | 2 hours late | Done',
    ]);
    expect([...drawn.querySelectorAll('[role="note"]')].map((note) => note.textContent).sort()).toEqual([
      'Aiko Brandt has no LinkedIn profile',
      'Aiko Brandt has no phone number',
      'Tomás Reyes has no email address',
    ]);
    expect(drawn.textContent).toContain('Mention the Lisbon meetup');
    expect(drawn.querySelector('li[aria-label^="Deleted lead:"]')?.textContent).not.toContain('Open lead');
    expect(sectionOf('Upcoming').querySelector('li')?.getAttribute('aria-label')).toBe('Jonas Weber: Send the pricing sheet');
    // Inert until React takes over, and said so.
    expect([...drawn.querySelectorAll('button')].every((b) => b.getAttribute('aria-disabled') === 'true')).toBe(true);
    react.unmount();
  });

  it('keep hostile text as text', async () => {
    const db = await getDb();
    const hostile = await lead({ fullName: '<img src=x onerror="globalThis.owned=1">Mallory &amp; Co' });
    await db.put(
      'tasks',
      task('hostile', hostile.id, NOW - 3 * HOUR, { title: '<script>globalThis.owned=2</script>', instructions: '<b>bold</b>' }),
    );
    const early = await earlyRead();
    const drawn = earlyPopup(earlyTodayShape(early)!, NOW);
    const row = drawn.querySelector('li[aria-label^="<img"]')!;
    expect(row.querySelector('span')?.textContent).toBe('<img src=x onerror="globalThis.owned=1">Mallory &amp; Co');
    expect(row.textContent).toContain('<script>globalThis.owned=2</script>');
    expect(row.textContent).toContain('<b>bold</b>');
    expect(drawn.querySelectorAll('img')).toHaveLength(1); // the header's icon only
    expect(drawn.querySelectorAll('script, b')).toHaveLength(0);
    expect((globalThis as { owned?: number }).owned).toBeUndefined();
    const react = reactFirstCommit(todayPageFromEarly(early, undefined)!);
    expect(tree(drawn)).toEqual(tree(react.html));
    react.unmount();
    await db.delete('tasks', 'hostile');
  });

  it('draw nothing when a record is not the shape its row needs, or the day is cut in another zone', async () => {
    const db = await getDb();
    const early = await earlyRead();
    expect(earlyTodayShape(early)).toBeDefined();
    const [first] = early.records.overdue as Task[];
    const broken = (change: Partial<EarlyToday['records']>) => earlyTodayShape({ ...early, records: { ...early.records, ...change } });
    expect(broken({ overdue: [{ ...first, title: 42 }] })).toBeUndefined();
    expect(broken({ overdue: [{ ...first, dueAt: 'yesterday' }] })).toBeUndefined();
    expect(broken({ overdue: ['not a task'] })).toBeUndefined();
    expect(broken({ overdue: [{ ...first, type: 'carrier-pigeon' }] })).toBeUndefined();
    expect(EARLY_STEP_TYPES).toEqual(STEP_TYPES);
    const leads = new Map(early.records.leads);
    const [leadId, raw] = [...leads][0]!;
    expect(broken({ leads: new Map([...leads, [leadId, { ...(raw as Lead), phones: '+49 30 901820' }]]) })).toBeUndefined();
    expect(broken({ leads: new Map([...leads, [leadId, { ...(raw as Lead), fullName: ' ' }]]) })).toBeUndefined();
    expect(
      earlyTodayShape({ ...early, settings: { timeZone: early.zone === 'Asia/Tokyo' ? 'Europe/Lisbon' : 'Asia/Tokyo' } }),
    ).toBeUndefined();
    expect(earlyTodayShape({ ...early, settings: { mailProvider: 'carrier-pigeon' } })).toBeUndefined();

    // A Compose noted for one of these rows: React opens by asking about it, so nothing is drawn early.
    const page = earlyTodayShape(early)!;
    localStorage.setItem('leadline-compose-pending', JSON.stringify({ taskId: first!.id, name: 'Jonas Weber', at: NOW - HOUR }));
    expect(asksAboutCompose(page)).toBe(true);
    localStorage.setItem('leadline-compose-pending', JSON.stringify({ taskId: 'gone', name: 'Someone', at: NOW - HOUR }));
    expect(asksAboutCompose(page)).toBe(false);
    localStorage.removeItem('leadline-compose-pending');
    await db.get('tasks', first!.id);
  });

  it('give way to React’s first commit, which makes again the click and the typing they received', async () => {
    const db = await getDb();
    const early = await earlyRead();
    const host = document.createElement('div');
    document.body.append(host);
    expect(showEarlyPopup(host, earlyPopup(earlyTodayShape(early)!, NOW), () => true)).toBe(true);
    // Drawn once: a second draw is refused.
    expect(showEarlyPopup(host, earlyPopup(earlyTodayShape(early)!, NOW), () => true)).toBe(false);
    // The oldest overdue follow-up comes first: the one whose lead is gone.
    const firstDone = () => [...host.querySelectorAll('li')[0]!.querySelectorAll('button')].find((b) => b.textContent === 'Done')!;
    expect(host.querySelector('li')?.getAttribute('aria-label')).toBe('Deleted lead: Call orphan');
    (host.querySelector('input') as HTMLInputElement).value = 'jon';
    firstDone().click();
    expect((await db.get('tasks', 'orphan'))?.status).toBe('open'); // inert: nothing done yet

    const handOver = closeEarlyPopup(host);
    const root = createRoot(host);
    function AfterCommit({ children }: { children: ReactNode }) {
      useLayoutEffect(() => queueMicrotask(handOver), []);
      return children;
    }
    const page = todayPageFromEarly(early, undefined)!;
    act(() =>
      root.render(
        <AfterCommit>
          <PopupApp actions={actions} takeFirstToday={() => page} />
        </AfterCommit>,
      ),
    );
    // React's render alone is in the page; the click went to its Done, the typing to its search box.
    expect(host.querySelectorAll('header')).toHaveLength(1);
    expect(host.querySelector('[aria-disabled]')).toBeNull();
    await until(() => (host.querySelector('input[type="search"]') as HTMLInputElement).value === 'jon', 'the typed query');
    await until(() => host.querySelector('ul[aria-label="Search results"]') !== null, 'the search results');
    const done = async () => (await db.get('tasks', 'orphan'))?.status === 'done';
    for (let i = 0; i < 100 && !(await done()); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect((await db.get('tasks', 'orphan'))?.status).toBe('done');
    // Once React is there, no early rows are drawn any more.
    expect(showEarlyPopup(document.createElement('div'), earlyPopup(earlyTodayShape(early)!, NOW))).toBe(false);
    act(() => root.unmount());
    host.remove();
  });
});
