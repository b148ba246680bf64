import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { LeadRow } from '@/lib/db';
import type { LeadSort, SortKey } from '@/lib/leads';
import { SOURCE_LABELS, STAGE_LABELS } from '@/lib/model';
import { stageBadgeClass } from '../stage-badge';

const ROW_HEIGHT = 40;

interface Column {
  label: string;
  width: string;
  /** The narrowest it gets, in rem: the table scrolls sideways below the sum, never clips a column. */
  min: number;
  sort?: SortKey;
  align?: 'right';
  /** How the cell shows its text: a link to the lead's page, the stage's badge, or plain text. */
  kind?: 'link' | 'badge';
  text: (row: LeadRow, context: CellContext) => string;
}

interface CellContext {
  currency: string;
  campaignNames: ReadonlyMap<string, string>;
  /** Each row's formatted strings (`rowText`), kept while the currency and campaign names stay. */
  texts: WeakMap<LeadRow, RowText>;
}

/** What a row shows that takes formatting: made once per row, not on every render of it. */
interface RowText {
  dealValue: string;
  campaigns: string;
  source: string;
  captured: string;
  updated: string;
}

/** The row's formatted strings, from the cache when the row was shown before. */
function rowText(row: LeadRow, context: CellContext): RowText {
  let text = context.texts.get(row);
  if (!text) {
    const names = row.campaignIds.map((id) => context.campaignNames.get(id) ?? 'Deleted campaign');
    text = {
      dealValue: row.dealValue === undefined ? '' : money(row.dealValue, row.dealCurrency ?? context.currency),
      campaigns: names.length > 1 ? `${names[0]} +${names.length - 1}` : (names[0] ?? ''),
      source: row.utmSource ? `${SOURCE_LABELS[row.capturedFrom]} · ${row.utmSource}` : SOURCE_LABELS[row.capturedFrom],
      captured: DATE.format(row.createdAt),
      updated: DATE.format(row.updatedAt),
    };
    context.texts.set(row, text);
  }
  return text;
}

const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

// Building an Intl.NumberFormat costs far more than using one: one per currency and shape, reused.
const MONEY = new Map<string, Intl.NumberFormat>();
function money(amount: number, currency: string): string {
  const key = `${currency}:${Number.isInteger(amount)}`;
  let format = MONEY.get(key);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 });
    MONEY.set(key, format);
  }
  return format.format(amount);
}

const COLUMNS: readonly Column[] = [
  { label: 'Name', width: 'minmax(11rem,2fr)', min: 11, sort: 'name', kind: 'link', text: (row) => row.fullName },
  { label: 'Title', width: 'minmax(8rem,1.5fr)', min: 8, text: (row) => row.title ?? '' },
  { label: 'Company', width: 'minmax(8rem,1.5fr)', min: 8, sort: 'company', text: (row) => row.company ?? '' },
  { label: 'Email', width: 'minmax(9rem,1.5fr)', min: 9, text: (row) => row.email ?? '' },
  { label: 'Stage', width: '7.5rem', min: 7.5, sort: 'stage', kind: 'badge', text: (row) => STAGE_LABELS[row.stage] },
  {
    label: 'Deal value',
    width: '7rem',
    min: 7,
    sort: 'dealValue',
    align: 'right',
    text: (row, context) => rowText(row, context).dealValue,
  },
  { label: 'Campaigns', width: 'minmax(8rem,1.2fr)', min: 8, text: (row, context) => rowText(row, context).campaigns },
  { label: 'Source', width: '7.5rem', min: 7.5, text: (row, context) => rowText(row, context).source },
  { label: 'Owner', width: '6.5rem', min: 6.5, sort: 'owner', text: (row) => row.owner ?? '' },
  { label: 'Captured', width: '7rem', min: 7, sort: 'createdAt', text: (row, context) => rowText(row, context).captured },
  { label: 'Updated', width: '7rem', min: 7, sort: 'updatedAt', text: (row, context) => rowText(row, context).updated },
];

/** Every column's name, in order: the column chooser offers these (Name always shows). */
export const LEAD_COLUMN_LABELS: readonly string[] = COLUMNS.map((column) => column.label);

/** The shown columns, their grid template and the width under which the table scrolls sideways. */
function layout(hidden: ReadonlySet<string>) {
  const columns = COLUMNS.filter((column) => column.label === 'Name' || !hidden.has(column.label));
  return {
    columns,
    template: `2.5rem ${columns.map((column) => column.width).join(' ')}`,
    minWidth: `${2.5 + columns.reduce((sum, column) => sum + column.min, 0)}rem`,
  };
}

/** Row id in the DOM, for aria-activedescendant. */
const domId = (id: string) => `lead-row-${id}`;

const NONE_HIDDEN: ReadonlySet<string> = new Set();

/** Rows kept filled above and below the view, so that a fast scroll shows no empty rows. */
const OVERSCAN = 6;

type Shape = ReturnType<typeof layout>;

/** What the rows show: set on each render, read by the scroll handler between renders. */
interface RowsView {
  rows: readonly LeadRow[];
  selected: ReadonlySet<string>;
  active: number;
  context: CellContext;
  shape: Shape;
}

/**
 * One of the table's row elements and what it shows now. Rows are recycled: the element of a row
 * scrolled out shows the row scrolling in, and only what differs is written to it.
 */
interface Slot {
  row: HTMLElement;
  check: HTMLInputElement;
  /** Per shown column, the cell. */
  cells: HTMLElement[];
  /** Per shown column, the inline element whose text is the cell's (the link, the badge, or a span). */
  texts: HTMLElement[];
  /** Per shown column, whether the cell clips its text with an ellipsis (`clipOverflowing`). */
  clipped: boolean[];
  index: number;
  lead: LeadRow | undefined;
  context: CellContext | undefined;
  selected: boolean | undefined;
  active: boolean | undefined;
  shown: string[];
}

function rowClass(selected: boolean, active: boolean): string {
  return `absolute left-0 right-0 grid items-center border-b border-slate-100 dark:border-slate-800/60 ${
    selected ? 'bg-indigo-50 dark:bg-indigo-950/60' : 'hover:bg-slate-50 dark:hover:bg-slate-800/50'
  } ${active ? 'outline outline-2 -outline-offset-2 outline-indigo-400' : ''}`;
}

/**
 * Puts `text` in `element` by changing the text of its one text node. Setting `textContent`
 * replaces that node, and each new node is styled and given a layout object again: ten rows a frame
 * of a fast scroll made some eighty of them.
 */
function writeText(element: HTMLElement, text: string): void {
  const node = element.firstChild;
  if (node instanceof Text && node.nextSibling === null) node.data = text;
  else element.textContent = text;
}

/**
 * Writes into a row element what differs between what it shows and the lead at `index`. True when
 * a cell's new text is one `fit` does not know the width of: `clipOverflowing` then measures it.
 */
function paintSlot(slot: Slot, index: number, view: RowsView, fit: Fit): boolean {
  const lead = view.rows[index]!;
  const selected = view.selected.has(lead.id);
  const active = index === view.active;
  const { row, check } = slot;
  if (row.style.display === 'none') row.style.display = '';
  if (slot.index !== index) {
    row.setAttribute('aria-rowindex', String(index + 2));
    row.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
    slot.index = index;
  }
  const newLead = slot.lead !== lead || slot.context !== view.context;
  let unmeasured = false;
  if (newLead) {
    view.shape.columns.forEach((column, c) => {
      const text = column.text(lead, view.context);
      if (slot.shown[c] !== text) {
        writeText(slot.texts[c]!, text);
        slot.shown[c] = text;
        const width = fit.widths[c]?.get(text);
        const room = fit.room[c];
        if (width === undefined || room === undefined) unmeasured = true;
        else setClip(slot, c, width > room);
      }
      if (column.kind === 'link') slot.texts[c]!.setAttribute('href', `#/leads/${encodeURIComponent(lead.id)}`);
      if (column.kind === 'badge') slot.texts[c]!.className = stageBadgeClass(lead.stage);
    });
    check.setAttribute('aria-label', `Select ${lead.fullName}`);
    slot.lead = lead;
    slot.context = view.context;
  }
  if (newLead || slot.selected !== selected || slot.active !== active) {
    row.setAttribute('aria-selected', String(selected));
    row.className = rowClass(selected, active);
    // Only the active row has an id (aria-activedescendant names it): a row taking another lead
    // while scrolling then changes no id, which Chromium indexes on every change.
    if (active) row.id = domId(lead.id);
    else row.removeAttribute('id');
    slot.selected = selected;
    slot.active = active;
  }
  // Also after a click on the box itself, which flips it before the selection says so.
  if (check.checked !== selected) check.checked = selected;
  return unmeasured;
}

/** The classes that make a cell end its text with an ellipsis; the clip they need comes with them. */
const CLIP_CLASSES = ['overflow-hidden', 'text-ellipsis'] as const;

/** Texts whose widths a column keeps at most; past that it starts again (a scroll through 50,000). */
const WIDTHS_KEPT = 5000;

/**
 * What the table knows of its columns' widths, so that a cell gets its ellipsis as its text is
 * written. Only cells whose text is wider than their column clip: a clip on every cell is some 400
 * clip nodes that Chromium carries through each frame's commit while rows move, which took close to
 * half of its compositor's time a frame while scrolling (docs/performance.md). A text seen before in
 * a column (a company, a title, a date) is not measured again.
 */
interface Fit {
  /** A cell's horizontal padding, in px. */
  padding: number;
  /** Per shown column, the room for its text (the cells' content width, in px), once read. */
  room: Array<number | undefined>;
  /** Per shown column, the widths of texts laid out in it before. */
  widths: Array<Map<string, number>>;
}

function newFit(columns: number, padding: number): Fit {
  return { padding, room: [], widths: Array.from({ length: columns }, () => new Map<string, number>()) };
}

function setClip(slot: Slot, c: number, clip: boolean): void {
  if (slot.clipped[c] === clip) return;
  for (const name of CLIP_CLASSES) slot.cells[c]!.classList.toggle(name, clip);
  slot.clipped[c] = clip;
}

/**
 * Gives the cells of `slots` whose text is wider than their column the ellipsis, and takes it from
 * the others, for the texts `paintSlot` could not settle from `fit`. Every width is read before any
 * class is written, so the rows painted in one go are laid out again once at most.
 */
function clipOverflowing(slots: readonly Slot[], fit: Fit): void {
  const shown = slots.filter((slot) => slot.index >= 0);
  const first = shown[0];
  if (!first) return;
  for (let c = 0; c < first.cells.length; c++) fit.room[c] ??= first.cells[c]!.getBoundingClientRect().width - fit.padding;
  const measured = shown.map((slot) =>
    slot.texts.map((text, c) => fit.widths[c]!.get(slot.shown[c]!) ?? text.getBoundingClientRect().width),
  );
  shown.forEach((slot, s) => {
    measured[s]!.forEach((width, c) => {
      const widths = fit.widths[c]!;
      if (widths.size >= WIDTHS_KEPT) widths.clear();
      widths.set(slot.shown[c]!, width);
      setClip(slot, c, width > fit.room[c]!);
    });
  });
}

/** Fills the rows in and around the view; called on every scroll event and after every render. */
function paintRows(scroller: HTMLElement, slots: readonly Slot[], view: RowsView, fit: Fit): void {
  if (!slots.length) return;
  const start = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(view.rows.length, start + slots.length);
  const unmeasured: Slot[] = [];
  for (let index = start; index < end; index++) {
    const slot = slots[index % slots.length]!;
    if (paintSlot(slot, index, view, fit)) unmeasured.push(slot);
  }
  // Slots with no row in range (at the end of the list, or a list shorter than the view): hidden.
  for (let n = end - start; n < slots.length; n++) {
    const slot = slots[(start + n) % slots.length]!;
    if (slot.row.style.display === 'none') continue;
    slot.row.style.display = 'none';
    slot.index = -1;
  }
  if (unmeasured.length) clipOverflowing(unmeasured, fit);
}

/**
 * The virtualised leads grid. Keyboard: ↑/↓, Page Up/Down, Home/End move; Shift extends the
 * selection; Space selects; Enter opens; Ctrl/⌘+A selects every row shown; Escape clears.
 *
 * Rows are fixed at 40 px. React renders a pool of row elements (the rows in view and a few
 * around) and their cells; what they show (texts, link, badge, selection, position) is written by
 * `paintRows` on each scroll event and after each render, without a render: scrolling 50,000
 * leads then costs a few texts per row entering the view and their layout, nothing else.
 */
export function LeadsTable({
  rows,
  sort,
  onSort,
  selected,
  onSelect,
  active,
  onActive,
  onOpen,
  currency,
  campaignNames,
  hiddenColumns = NONE_HIDDEN,
}: {
  rows: readonly LeadRow[];
  sort: LeadSort;
  onSort: (sort: LeadSort) => void;
  selected: ReadonlySet<string>;
  onSelect: (next: Set<string>) => void;
  active: number;
  onActive: (index: number) => void;
  onOpen: (id: string) => void;
  currency: string;
  campaignNames: ReadonlyMap<string, string>;
  /** Columns the user chose not to see (by label). */
  hiddenColumns?: ReadonlySet<string>;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const shape = useMemo(() => layout(hiddenColumns), [hiddenColumns]);
  const anchor = useRef(0);
  const context = useMemo<CellContext>(() => ({ currency, campaignNames, texts: new WeakMap() }), [currency, campaignNames]);
  const current = rows[Math.min(active, rows.length - 1)];
  // The scroller's height, for the number of row elements (the rows in view, and OVERSCAN each side).
  const [height, setHeight] = useState(0);
  const count = Math.min(rows.length, Math.ceil(height / ROW_HEIGHT) + 1 + 2 * OVERSCAN);
  const rowElements = useRef<Array<HTMLElement | null>>([]);
  const slots = useRef<Slot[]>([]);
  const fit = useRef<Fit>(newFit(0, 0));
  const view = useRef<RowsView>({ rows, selected, active, context, shape });

  useLayoutEffect(() => {
    const element = scroller.current!;
    let width = element.clientWidth;
    const measure = () => {
      setHeight(element.clientHeight);
      // A new width gives the flexible columns new widths (and a zoom, texts new widths): measured
      // again. A new height only, or the observer's first call after mount, changes neither.
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fit.current = newFit(fit.current.widths.length, fit.current.padding);
      clipOverflowing(slots.current, fit.current);
    };
    measure();
    const onScroll = () => paintRows(element, slots.current, view.current, fit.current);
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, []);
  // New row elements or columns: every slot starts empty.
  useLayoutEffect(() => {
    slots.current = rowElements.current.slice(0, count).map((row) => {
      const cells = [...row!.children].slice(1) as HTMLElement[];
      return {
        row: row!,
        check: row!.querySelector('input')!,
        cells,
        texts: cells.map((cell) => cell.firstElementChild as HTMLElement),
        clipped: [],
        index: -1,
        lead: undefined,
        context: undefined,
        selected: undefined,
        active: undefined,
        shown: [],
      };
    });
    const cell = slots.current[0]?.cells[0];
    const style = cell && getComputedStyle(cell);
    fit.current = newFit(shape.columns.length, style ? (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0) : 0);
  }, [count, shape]);
  // After every render: the rows, the selection or the active row may have changed.
  useLayoutEffect(() => {
    view.current = { rows, selected, active, context, shape };
    paintRows(scroller.current!, slots.current, view.current, fit.current);
  });

  /** Scrolls so that row `index` is in view, under the sticky header (`center`: in the middle). */
  const scrollToRow = (index: number, align: 'auto' | 'center') => {
    const element = scroller.current;
    if (!element) return;
    const header = element.querySelector<HTMLElement>('[data-leads-header]')?.offsetHeight ?? 0;
    const top = index * ROW_HEIGHT;
    if (align === 'center') element.scrollTop = Math.max(0, top - (element.clientHeight - header - ROW_HEIGHT) / 2);
    else if (top < element.scrollTop) element.scrollTop = top;
    else if (header + top + ROW_HEIGHT > element.scrollTop + element.clientHeight)
      element.scrollTop = header + top + ROW_HEIGHT - element.clientHeight;
  };

  // Opened with a row already active (back from that lead's page): bring it into view once.
  useEffect(() => {
    if (active > 0) scrollToRow(Math.min(active, rows.length - 1), 'center');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount only; later moves scroll in moveTo
  }, []);
  const allSelected = useMemo(
    () => rows.length > 0 && selected.size >= rows.length && rows.every((row) => selected.has(row.id)),
    [rows, selected],
  );

  const selectRange = (from: number, to: number, base: ReadonlySet<string>) => {
    const next = new Set(base);
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) next.add(rows[i]!.id);
    onSelect(next);
  };

  const moveTo = (index: number, extend: boolean) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    if (extend) selectRange(anchor.current, target, selected);
    else anchor.current = target;
    onActive(target);
    scrollToRow(target, 'auto');
  };

  const toggle = (index: number, range: boolean) => {
    const row = rows[index];
    if (!row) return;
    if (range) {
      selectRange(anchor.current, index, selected);
    } else {
      const next = new Set(selected);
      if (next.has(row.id)) next.delete(row.id);
      else next.add(row.id);
      onSelect(next);
      anchor.current = index;
    }
    onActive(index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!rows.length) return;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: rows.length - 1,
    };
    let handled = true;
    if (event.key in moves) moveTo(moves[event.key]!, event.shiftKey);
    else if (event.key === ' ') toggle(active, event.shiftKey);
    else if (event.key === 'Enter' && current) onOpen(current.id);
    else if (event.key === 'Escape' && selected.size) onSelect(new Set());
    else if ((event.key === 'a' || event.key === 'A') && (event.ctrlKey || event.metaKey)) onSelect(new Set(rows.map((row) => row.id)));
    else handled = false;
    if (handled) event.preventDefault();
  };

  /** The index of the lead shown by the row an event happened in. */
  const indexAt = (target: EventTarget) => {
    const row = (target as HTMLElement).closest<HTMLElement>('[data-slot]');
    const index = row ? slots.current[Number(row.dataset.slot)]?.index : undefined;
    return index === undefined || index < 0 || index >= rows.length ? undefined : index;
  };

  const onRowsClick = (event: MouseEvent) => {
    const index = indexAt(event.target);
    if (index === undefined) return;
    const target = event.target as HTMLElement;
    if (target.closest('input')) toggle(index, event.shiftKey);
    else if (target.closest('a')) return;
    else if (event.shiftKey || event.ctrlKey || event.metaKey) toggle(index, event.shiftKey);
    else {
      anchor.current = index;
      onActive(index);
    }
    scroller.current?.focus();
  };

  const onRowsDoubleClick = (event: MouseEvent) => {
    const index = indexAt(event.target);
    if (index !== undefined) onOpen(rows[index]!.id);
  };

  // The header is memoised: its handler must keep its identity and call this render's.
  const toggleAll = () => onSelect(allSelected ? new Set() : new Set(rows.map((row) => row.id)));
  const latest = useRef(toggleAll);
  useLayoutEffect(() => {
    latest.current = toggleAll;
  });
  const onToggleAll = useMemo(() => () => latest.current(), []);

  return (
    <div
      ref={scroller}
      role="grid"
      aria-label="Leads"
      aria-rowcount={rows.length + 1}
      aria-colcount={shape.columns.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={current ? domId(current.id) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      // Opaque, as the page behind it: Chromium then scrolls it on the compositor instead of painting
      // every row again each frame (a see-through scroller keeps subpixel text by painting on scroll).
      className="min-h-0 flex-1 overflow-auto rounded-md border border-slate-200 bg-white text-sm outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-800 dark:bg-slate-950"
    >
      <LeadsTableHeader shape={shape} sort={sort} onSort={onSort} count={rows.length} allSelected={allSelected} onToggleAll={onToggleAll} />
      {/* Clicks are handled here for every row: a row element shows whichever lead is at its place. */}
      <div
        role="rowgroup"
        className="relative"
        style={{ height: rows.length * ROW_HEIGHT, minWidth: shape.minWidth }}
        onClick={onRowsClick}
        onDoubleClick={onRowsDoubleClick}
      >
        {Array.from({ length: count }, (_, slot) => (
          <div
            key={slot}
            ref={(element) => {
              rowElements.current[slot] = element;
            }}
            data-slot={slot}
            role="row"
            // Hidden until paintRows gives it a lead (in the same commit, before the page is painted).
            style={{ display: 'none', height: ROW_HEIGHT, gridTemplateColumns: shape.template, contain: 'strict' }}
          >
            <div role="gridcell" className="flex justify-center">
              <input type="checkbox" tabIndex={-1} />
            </div>
            {shape.columns.map((column) => (
              // No clip unless its text overflows (clipOverflowing).
              <div
                key={column.label}
                role="gridcell"
                className={`px-2 whitespace-nowrap ${column.align === 'right' ? 'text-right tabular-nums' : ''}`}
              >
                {column.kind === 'link' ? (
                  // paintRows gives it the lead's name and page.
                  <a tabIndex={-1} className="font-medium hover:underline" />
                ) : (
                  <span />
                )}
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * The column headers: memoised, since the table renders on every scroll event and the headers
 * change only with the sort, the columns shown, the row count or the selection.
 */
const LeadsTableHeader = memo(function LeadsTableHeader({
  shape,
  sort,
  onSort,
  count,
  allSelected,
  onToggleAll,
}: {
  shape: ReturnType<typeof layout>;
  sort: LeadSort;
  onSort: (sort: LeadSort) => void;
  count: number;
  allSelected: boolean;
  onToggleAll: () => void;
}) {
  return (
    <div role="rowgroup" data-leads-header className="sticky top-0 z-10 bg-slate-50 dark:bg-slate-900" style={{ minWidth: shape.minWidth }}>
      <div
        role="row"
        aria-rowindex={1}
        className="grid items-center border-b border-slate-200 dark:border-slate-800"
        style={{ gridTemplateColumns: shape.template }}
      >
        <div role="columnheader" className="flex justify-center">
          <input
            type="checkbox"
            aria-label={`Select all ${count.toLocaleString()} leads shown`}
            checked={allSelected}
            onChange={onToggleAll}
            tabIndex={-1}
          />
        </div>
        {shape.columns.map((column) => {
          const sorted = column.sort && sort.key === column.sort;
          return (
            <div
              key={column.label}
              role="columnheader"
              aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              className={`px-2 py-2 text-xs font-medium text-slate-600 dark:text-slate-400 ${column.align === 'right' ? 'text-right' : ''}`}
            >
              {column.sort ? (
                <button
                  type="button"
                  className="inline-flex items-center gap-1 hover:text-slate-900 dark:hover:text-slate-100"
                  onClick={() =>
                    onSort({
                      key: column.sort!,
                      direction:
                        sorted && sort.direction === 'desc'
                          ? 'asc'
                          : sorted
                            ? 'desc'
                            : column.sort === 'name' || column.sort === 'company' || column.sort === 'owner'
                              ? 'asc'
                              : 'desc',
                    })
                  }
                >
                  {column.label}
                  <span aria-hidden="true">{sorted ? (sort.direction === 'asc' ? '▲' : '▼') : ''}</span>
                </button>
              ) : (
                column.label
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});
