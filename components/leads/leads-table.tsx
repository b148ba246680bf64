import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { LeadRow } from '@/lib/db';
import type { LeadSort, SortKey } from '@/lib/leads';
import { SOURCE_LABELS } from '@/lib/model';
import { StageBadge } from '../stage-badge';

const ROW_HEIGHT = 40;

interface Column {
  label: string;
  width: string;
  /** The narrowest it gets, in rem: the table scrolls sideways below the sum, never clips a column. */
  min: number;
  sort?: SortKey;
  align?: 'right';
  cell: (row: LeadRow, context: CellContext) => React.ReactNode;
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
  {
    label: 'Name',
    width: 'minmax(11rem,2fr)',
    min: 11,
    sort: 'name',
    cell: (row) => (
      <a href={`#/leads/${encodeURIComponent(row.id)}`} tabIndex={-1} className="truncate font-medium hover:underline">
        {row.fullName}
      </a>
    ),
  },
  { label: 'Title', width: 'minmax(8rem,1.5fr)', min: 8, cell: (row) => row.title ?? '' },
  { label: 'Company', width: 'minmax(8rem,1.5fr)', min: 8, sort: 'company', cell: (row) => row.company ?? '' },
  { label: 'Email', width: 'minmax(9rem,1.5fr)', min: 9, cell: (row) => row.email ?? '' },
  { label: 'Stage', width: '7.5rem', min: 7.5, sort: 'stage', cell: (row) => <StageBadge stage={row.stage} /> },
  {
    label: 'Deal value',
    width: '7rem',
    min: 7,
    sort: 'dealValue',
    align: 'right',
    cell: (row, context) => rowText(row, context).dealValue,
  },
  { label: 'Campaigns', width: 'minmax(8rem,1.2fr)', min: 8, cell: (row, context) => rowText(row, context).campaigns },
  { label: 'Source', width: '7.5rem', min: 7.5, cell: (row, context) => rowText(row, context).source },
  { label: 'Owner', width: '6.5rem', min: 6.5, sort: 'owner', cell: (row) => row.owner ?? '' },
  { label: 'Captured', width: '7rem', min: 7, sort: 'createdAt', cell: (row, context) => rowText(row, context).captured },
  { label: 'Updated', width: '7rem', min: 7, sort: 'updatedAt', cell: (row, context) => rowText(row, context).updated },
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

/**
 * The virtualised leads grid. Keyboard: ↑/↓, Page Up/Down, Home/End move; Shift extends the
 * selection; Space selects; Enter opens; Ctrl/⌘+A selects every row shown; Escape clears.
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
  // eslint-disable-next-line react-hooks/incompatible-library -- we do not run the React Compiler; TanStack Virtual re-renders on scroll itself
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const context = useMemo<CellContext>(() => ({ currency, campaignNames, texts: new WeakMap() }), [currency, campaignNames]);
  const current = rows[Math.min(active, rows.length - 1)];
  // Opened with a row already active (back from that lead's page): bring it into view once.
  useEffect(() => {
    if (active > 0) virtualizer.scrollToIndex(Math.min(active, rows.length - 1), { align: 'center' });
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
    virtualizer.scrollToIndex(target, { align: 'auto' });
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

  const onRowClick = (event: MouseEvent, index: number) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, a')) return;
    if (event.shiftKey || event.ctrlKey || event.metaKey) toggle(index, event.shiftKey);
    else {
      anchor.current = index;
      onActive(index);
    }
    scroller.current?.focus();
  };

  // Rows get handlers that never change identity (so memoised rows skip re-rendering on scroll)
  // and that call this render's handlers.
  const toggleAll = () => onSelect(allSelected ? new Set() : new Set(rows.map((row) => row.id)));
  const latest = useRef({ toggle, onRowClick, onOpen, toggleAll });
  useLayoutEffect(() => {
    latest.current = { toggle, onRowClick, onOpen, toggleAll };
  });
  const handlers = useMemo(
    () => ({
      toggleAll: () => latest.current.toggleAll(),
      toggle: (index: number, range: boolean) => latest.current.toggle(index, range),
      click: (event: MouseEvent, index: number) => latest.current.onRowClick(event, index),
      open: (id: string) => latest.current.onOpen(id),
    }),
    [],
  );

  // Rows are keyed by slot, not by lead: the n rows shown are n consecutive indexes, so `index % n`
  // names each once, and a row scrolled out hands its slot (and its elements) to the row scrolling
  // in. They stay in slot order in the DOM, so React moves nothing and only updates a few texts and
  // attributes per row, instead of building one row's fifteen elements and dropping another's (the
  // style, layout and garbage of that work dropped most frames while scrolling 50,000 rows).
  // Assistive technology reads each row's place from aria-rowindex, and the keyboard moves through
  // aria-activedescendant, neither of which depends on that order.
  const items = virtualizer.getVirtualItems();
  const bySlot = items.slice();
  for (const item of items) bySlot[item.index % items.length] = item;

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
      <LeadsTableHeader
        shape={shape}
        sort={sort}
        onSort={onSort}
        count={rows.length}
        allSelected={allSelected}
        onToggleAll={handlers.toggleAll}
      />
      <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize(), minWidth: shape.minWidth }}>
        {bySlot.map((item) => {
          const row = rows[item.index]!;
          return (
            <LeadsTableRow
              key={item.index % bySlot.length}
              row={row}
              index={item.index}
              top={item.start}
              selected={selected.has(row.id)}
              active={item.index === active}
              context={context}
              shape={shape}
              onClick={handlers.click}
              onToggle={handlers.toggle}
              onOpen={handlers.open}
            />
          );
        })}
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
    <div role="rowgroup" className="sticky top-0 z-10 bg-slate-50 dark:bg-slate-900" style={{ minWidth: shape.minWidth }}>
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

/**
 * One row; memoised so that scrolling renders only the rows that come into view.
 */
const LeadsTableRow = memo(function LeadsTableRow({
  row,
  index,
  top,
  selected,
  active,
  context,
  shape,
  onClick,
  onToggle,
  onOpen,
}: {
  row: LeadRow;
  index: number;
  top: number;
  selected: boolean;
  active: boolean;
  context: CellContext;
  shape: ReturnType<typeof layout>;
  onClick: (event: MouseEvent, index: number) => void;
  onToggle: (index: number, range: boolean) => void;
  onOpen: (id: string) => void;
}) {
  return (
    <div
      // Only the active row needs an id (aria-activedescendant names it): a row taking another lead's
      // slot while scrolling then changes no id, which Chromium indexes on every change.
      id={active ? domId(row.id) : undefined}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      onClick={(event) => onClick(event, index)}
      onDoubleClick={() => onOpen(row.id)}
      className={`absolute left-0 right-0 grid items-center border-b border-slate-100 dark:border-slate-800/60 ${
        selected ? 'bg-indigo-50 dark:bg-indigo-950/60' : 'hover:bg-slate-50 dark:hover:bg-slate-800/50'
      } ${active ? 'outline outline-2 -outline-offset-2 outline-indigo-400' : ''}`}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)`, gridTemplateColumns: shape.template, contain: 'strict' }}
    >
      <div role="gridcell" className="flex justify-center">
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={`Select ${row.fullName}`}
          checked={selected}
          onChange={() => undefined}
          onClick={(event) => onToggle(index, event.shiftKey)}
        />
      </div>
      {shape.columns.map((column) => (
        <div key={column.label} role="gridcell" className={`truncate px-2 ${column.align === 'right' ? 'text-right tabular-nums' : ''}`}>
          {column.cell(row, context)}
        </div>
      ))}
    </div>
  );
});
