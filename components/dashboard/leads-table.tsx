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
  sort?: SortKey;
  align?: 'right';
  cell: (row: LeadRow, context: CellContext) => React.ReactNode;
}

interface CellContext {
  currency: string;
  campaignNames: ReadonlyMap<string, string>;
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
    sort: 'name',
    cell: (row) => (
      <a href={`#/leads/${encodeURIComponent(row.id)}`} tabIndex={-1} className="truncate font-medium hover:underline">
        {row.fullName}
      </a>
    ),
  },
  { label: 'Title', width: 'minmax(8rem,1.5fr)', cell: (row) => row.title ?? '' },
  { label: 'Company', width: 'minmax(8rem,1.5fr)', sort: 'company', cell: (row) => row.company ?? '' },
  { label: 'Email', width: 'minmax(9rem,1.5fr)', cell: (row) => row.email ?? '' },
  { label: 'Stage', width: '7.5rem', sort: 'stage', cell: (row) => <StageBadge stage={row.stage} /> },
  {
    label: 'Deal value',
    width: '7rem',
    sort: 'dealValue',
    align: 'right',
    cell: (row, { currency }) => (row.dealValue === undefined ? '' : money(row.dealValue, row.dealCurrency ?? currency)),
  },
  {
    label: 'Campaigns',
    width: 'minmax(8rem,1.2fr)',
    cell: (row, { campaignNames }) => {
      const names = row.campaignIds.map((id) => campaignNames.get(id) ?? 'Deleted campaign');
      return names.length > 1 ? `${names[0]} +${names.length - 1}` : (names[0] ?? '');
    },
  },
  { label: 'Source', width: '7.5rem', cell: (row) => (row.utmSource ? `${SOURCE_LABELS[row.capturedFrom]} · ${row.utmSource}` : SOURCE_LABELS[row.capturedFrom]) },
  { label: 'Owner', width: '6.5rem', sort: 'owner', cell: (row) => row.owner ?? '' },
  { label: 'Captured', width: '7rem', sort: 'createdAt', cell: (row) => DATE.format(row.createdAt) },
  { label: 'Updated', width: '7rem', sort: 'updatedAt', cell: (row) => DATE.format(row.updatedAt) },
];

const TEMPLATE = `2.5rem ${COLUMNS.map((column) => column.width).join(' ')}`;

/** Row id in the DOM, for aria-activedescendant. */
const domId = (id: string) => `lead-row-${id}`;

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
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const anchor = useRef(0);
  // eslint-disable-next-line react-hooks/incompatible-library -- we do not run the React Compiler; TanStack Virtual re-renders on scroll itself
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const context = useMemo<CellContext>(() => ({ currency, campaignNames }), [currency, campaignNames]);
  const current = rows[Math.min(active, rows.length - 1)];
  // Opened with a row already active (back from that lead's page): bring it into view once.
  useEffect(() => {
    if (active > 0) virtualizer.scrollToIndex(Math.min(active, rows.length - 1), { align: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount only; later moves scroll in moveTo
  }, []);
  const allSelected = useMemo(() => rows.length > 0 && selected.size >= rows.length && rows.every((row) => selected.has(row.id)), [rows, selected]);

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
  const latest = useRef({ toggle, onRowClick, onOpen });
  useLayoutEffect(() => {
    latest.current = { toggle, onRowClick, onOpen };
  });
  const handlers = useMemo(
    () => ({
      toggle: (index: number, range: boolean) => latest.current.toggle(index, range),
      click: (event: MouseEvent, index: number) => latest.current.onRowClick(event, index),
      open: (id: string) => latest.current.onOpen(id),
    }),
    [],
  );

  return (
    <div
      ref={scroller}
      role="grid"
      aria-label="Leads"
      aria-rowcount={rows.length + 1}
      aria-colcount={COLUMNS.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={current ? domId(current.id) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="min-h-0 flex-1 overflow-auto rounded-md border border-slate-200 text-sm outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-800"
    >
      <div role="rowgroup" className="sticky top-0 z-10 min-w-[68rem] bg-slate-50 dark:bg-slate-900">
        <div role="row" aria-rowindex={1} className="grid items-center border-b border-slate-200 dark:border-slate-800" style={{ gridTemplateColumns: TEMPLATE }}>
          <div role="columnheader" className="flex justify-center">
            <input
              type="checkbox"
              aria-label={`Select all ${rows.length.toLocaleString()} leads shown`}
              checked={allSelected}
              onChange={() => onSelect(allSelected ? new Set() : new Set(rows.map((row) => row.id)))}
              tabIndex={-1}
            />
          </div>
          {COLUMNS.map((column) => {
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
                        direction: sorted && sort.direction === 'desc' ? 'asc' : sorted ? 'desc' : column.sort === 'name' || column.sort === 'company' || column.sort === 'owner' ? 'asc' : 'desc',
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
      <div role="rowgroup" className="relative min-w-[68rem]" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <LeadsTableRow
              key={row.id}
              row={row}
              index={item.index}
              top={item.start}
              selected={selected.has(row.id)}
              active={item.index === active}
              context={context}
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
 * One row; memoised so that scrolling renders only the rows that come into view.
 */
const LeadsTableRow = memo(function LeadsTableRow({
  row,
  index,
  top,
  selected,
  active,
  context,
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
  onClick: (event: MouseEvent, index: number) => void;
  onToggle: (index: number, range: boolean) => void;
  onOpen: (id: string) => void;
}) {
  return (
    <div
      id={domId(row.id)}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      onClick={(event) => onClick(event, index)}
      onDoubleClick={() => onOpen(row.id)}
      className={`absolute left-0 right-0 grid items-center border-b border-slate-100 dark:border-slate-800/60 ${
        selected ? 'bg-indigo-50 dark:bg-indigo-950/60' : 'hover:bg-slate-50 dark:hover:bg-slate-800/50'
      } ${active ? 'outline outline-2 -outline-offset-2 outline-indigo-400' : ''}`}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)`, gridTemplateColumns: TEMPLATE, contain: 'strict' }}
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
      {COLUMNS.map((column) => (
        <div key={column.label} role="gridcell" className={`truncate px-2 ${column.align === 'right' ? 'text-right tabular-nums' : ''}`}>
          {column.cell(row, context)}
        </div>
      ))}
    </div>
  );
});
