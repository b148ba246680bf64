// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeadsTable } from '@/components/leads/leads-table';
import { leadRowFrom, withDerivedKeys, type LeadRow } from '@/lib/db';
import { DEFAULT_SORT } from '@/lib/leads';
import { LeadSchema, type LeadInput } from '@/lib/model';
import '../../react-helpers';

const day = (d: number) => Date.UTC(2026, 9, d, 12);
const row = (input: Partial<LeadInput> & { id: string; fullName: string }): LeadRow =>
  leadRowFrom(withDerivedKeys(LeadSchema.parse({ createdAt: day(1), updatedAt: day(2), ...input })))!;

// 120 fictional leads. Every third has a deal and a campaign, the others none: a row element that
// showed a lead with a deal and is handed one without must come out blank in those cells.
const FIRST = ['Ottilie', 'Bram', 'Sunniva', 'Kasimir', 'Ewa', 'Thandiwe', 'Ruairi', 'Mireille'];
const LAST = ['Vantongeren', 'Oyelaran', 'Castellanos', 'Brightwater', 'Nakashima', 'Lindqvist'];
const LEADS: LeadRow[] = Array.from({ length: 120 }, (_, i) =>
  row({
    id: `lead-${i}`,
    fullName: `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]} ${i}`,
    company: i % 4 === 0 ? undefined : `Harrow & Pike ${i}`,
    title: i % 5 === 0 ? undefined : `Buyer ${i}`,
    dealValue: i % 3 === 0 ? 1000 + i : undefined,
    campaignIds: i % 3 === 0 ? ['spring'] : [],
    stage: i % 3 === 0 ? 'won' : 'new',
  }),
);

const EUROS = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

// happy-dom lays nothing out: the grid is given a 400 px view (ten 40 px rows).
const VIEW = 400;
let restore: PropertyDescriptor | undefined;
beforeEach(() => {
  restore = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('role') === 'grid' ? VIEW : 0;
    },
  });
});
afterEach(() => {
  if (restore) Object.defineProperty(HTMLElement.prototype, 'clientHeight', restore);
});

/** The table with the state its view keeps (selection, active row); `rows` comes from the mirror. */
function Table({ rows, hidden }: { rows: LeadRow[]; hidden?: ReadonlySet<string> }) {
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [active, setActive] = useState(0);
  return (
    <LeadsTable
      rows={rows}
      sort={DEFAULT_SORT}
      onSort={() => undefined}
      selected={selected}
      onSelect={setSelected}
      active={active}
      onActive={setActive}
      onOpen={() => undefined}
      currency="EUR"
      campaignNames={new Map([['spring', 'Spring fair']])}
      hiddenColumns={hidden}
    />
  );
}

function show(rows = LEADS) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const setRows = (next: LeadRow[], hidden?: ReadonlySet<string>) => act(() => root.render(<Table rows={next} hidden={hidden} />));
  setRows(rows);
  const view = {
    host,
    setRows,
    unmount: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
  const grid = view.host.querySelector<HTMLElement>('[role="grid"][aria-label="Leads"]')!;
  const shown = () =>
    [...grid.querySelectorAll<HTMLElement>('[role="row"][data-slot]')]
      .filter((element) => element.style.display !== 'none')
      .map((element) => {
        const cells = [...element.querySelectorAll<HTMLElement>('[role="gridcell"]')].map((cell) => cell.textContent);
        const box = element.querySelector('input')!;
        return {
          element,
          index: Number(element.getAttribute('aria-rowindex')) - 2,
          name: element.querySelector('a')!.textContent,
          href: element.querySelector('a')!.getAttribute('href'),
          title: cells[2],
          company: cells[3],
          stage: cells[5],
          deal: cells[6],
          campaigns: cells[7],
          selected: element.getAttribute('aria-selected'),
          checked: box.checked,
          label: box.getAttribute('aria-label'),
          top: element.style.transform,
        };
      })
      .sort((a, b) => a.index - b.index);
  const scrollTo = (top: number) =>
    act(() => {
      grid.scrollTop = top;
      grid.dispatchEvent(new Event('scroll'));
    });
  return { ...view, grid, shown, scrollTo };
}

/** Every shown row shows, in every cell, the lead at its place. */
function expectRowsMatch(rows: ReturnType<ReturnType<typeof show>['shown']>, leads = LEADS) {
  for (const shown of rows) {
    const lead = leads[shown.index]!;
    expect(shown.name).toBe(lead.fullName);
    expect(shown.href).toBe(`#/leads/${lead.id}`);
    expect(shown.label).toBe(`Select ${lead.fullName}`);
    expect(shown.title).toBe(lead.title ?? '');
    expect(shown.company).toBe(lead.company ?? '');
    expect(shown.stage).toBe(lead.stage === 'won' ? 'Won' : 'New');
    expect(shown.deal).toBe(lead.dealValue === undefined ? '' : EUROS.format(lead.dealValue));
    expect(shown.campaigns).toBe(lead.campaignIds.length ? 'Spring fair' : '');
    expect(shown.top).toBe(`translateY(${shown.index * 40}px)`);
  }
}

describe('leads table rows while scrolling', () => {
  it('hands a scrolled-out row element to the lead scrolling in, every cell rewritten', () => {
    const { shown, scrollTo, unmount } = show();
    const first = shown();
    expect(first.map((r) => r.index)).toEqual(Array.from({ length: first.length }, (_, i) => i));
    expectRowsMatch(first);
    const elements = new Set(first.map((r) => r.element));
    const nameNodes = new Set(first.map((r) => r.element.querySelector('a')!.firstChild));

    // 30 rows down: every row now shown is another lead, in the same elements (none made).
    scrollTo(30 * 40);
    const after = shown();
    expect(after[0]!.index).toBeGreaterThan(first.at(-1)!.index - 6);
    expect(after.some((r) => r.index === 30)).toBe(true);
    expect(new Set(after.map((r) => r.index)).size).toBe(after.length);
    expect(after.every((r) => elements.has(r.element))).toBe(true);
    // The names are written into the text nodes the rows had: no node is made while scrolling.
    expect(after.every((r) => nameNodes.has(r.element.querySelector('a')!.firstChild))).toBe(true);
    expectRowsMatch(after);

    // A lead with a deal (index 33) recycled into… whichever lead comes to its element next.
    scrollTo(0);
    expectRowsMatch(shown());
    unmount();
  });

  it('keeps the selection with the lead, not with the row element', () => {
    const { shown, scrollTo, unmount } = show();
    const box = shown()
      .find((r) => r.index === 2)!
      .element.querySelector('input')!;
    act(() => box.click());
    let two = shown().find((r) => r.index === 2)!;
    expect([two.selected, two.checked]).toEqual(['true', true]);
    const element = two.element;

    scrollTo(40 * 40);
    const recycled = shown().find((r) => r.element === element)!;
    expect(recycled.index).not.toBe(2);
    expect([recycled.selected, recycled.checked]).toEqual(['false', false]);
    expect(shown().filter((r) => r.selected === 'true')).toEqual([]);

    scrollTo(0);
    two = shown().find((r) => r.index === 2)!;
    expect([two.selected, two.checked, two.name]).toEqual(['true', true, LEADS[2]!.fullName]);
    expect(
      shown()
        .filter((r) => r.checked)
        .map((r) => r.index),
    ).toEqual([2]);
    unmount();
  });

  it('names the active row for assistive technology as the keyboard moves and scrolls', () => {
    const { grid, shown, unmount } = show();
    const press = (key: string) => {
      act(() => {
        grid.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
    };
    press('ArrowDown');
    press('ArrowDown');
    expect(grid.getAttribute('aria-activedescendant')).toBe('lead-row-lead-2');
    expect(document.getElementById('lead-row-lead-2')?.querySelector('a')?.textContent).toBe(LEADS[2]!.fullName);

    press('End');
    expect(grid.getAttribute('aria-activedescendant')).toBe('lead-row-lead-119');
    const last = document.getElementById('lead-row-lead-119')!;
    expect(last.getAttribute('aria-rowindex')).toBe('121');
    expect(last.querySelector('a')?.textContent).toBe(LEADS[119]!.fullName);
    // Only the active row carries an id.
    expect(
      shown()
        .filter((r) => r.element.id)
        .map((r) => r.index),
    ).toEqual([119]);
    expectRowsMatch(shown());
    unmount();
  });

  it('shows a change to a visible lead made elsewhere (a new row from the mirror)', () => {
    const { shown, setRows, scrollTo, unmount } = show();
    const changed = LEADS.map((lead, i) => (i === 4 ? { ...lead, fullName: 'Ottilie Vantongeren-Okafor', dealValue: undefined } : lead));
    setRows(changed);
    const four = shown().find((r) => r.index === 4)!;
    expect([four.name, four.deal, four.label]).toEqual(['Ottilie Vantongeren-Okafor', '', 'Select Ottilie Vantongeren-Okafor']);
    expectRowsMatch(shown(), changed);

    // At the end of the list some row elements have no lead; new columns empty every element,
    // and those stay hidden (no name left over from before).
    scrollTo(120 * 40);
    setRows(changed, new Set(['Title']));
    expect(shown().at(-1)!.index).toBe(119);
    expect(new Set(shown().map((r) => r.index)).size).toBe(shown().length);
    expect(shown().every((r) => r.name === changed[r.index]!.fullName)).toBe(true);
    scrollTo(0);

    // Fewer leads than the view holds: the spare row elements are hidden.
    setRows(changed.slice(0, 3));
    expect(shown().map((r) => r.name)).toEqual([LEADS[0]!.fullName, LEADS[1]!.fullName, LEADS[2]!.fullName]);
    unmount();
  });
});
