import { useDeferredValue, useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import { getDb, getLead, type LeadRow } from '@/lib/db';
import { formatMoney } from '@/lib/format';
import { EMPTY_FILTERS, filterLeadRows, NO_CAMPAIGN_FILTER, stageMoveEdit, updateLead, type StageMoveDetails } from '@/lib/leads';
import { STAGE_LABELS, STAGES, type Stage } from '@/lib/model';
import { Button } from '../button';
import type { ViewContext } from '../view-context';
import { EmptyState } from '../empty-state';
import { useAction } from '../hooks/use-action';
import { useCampaigns } from '../hooks/use-campaigns';
import { navigate } from '../hooks/use-hash-route';
import { useUpdateLead } from '../hooks/use-lead-writes';
import { useLeadRows } from '../hooks/use-mirror';
import { SearchBox } from '../search-box';
import { MoveStageDialog } from './move-stage-dialog';

/** Cards shown per column before "Show more": a board of 50,000 cards helps nobody. */
const PAGE = 50;
const DRAG_TYPE = 'application/x-leadline-lead';

/**
 * The pipeline board: a column per stage with its deals and their value. Drag a card to another
 * column, or (keyboard) focus it and press Alt+→ / Alt+← or “Move…”. Moving to Won or Lost asks
 * for the deal value or the reason; every move lands in the lead's timeline.
 */
export function PipelineBoard({ settings, notify }: ViewContext) {
  const leads = useLeadRows(settings.currency);
  const { campaigns } = useCampaigns();
  const [query, setQuery] = useState('');
  const [campaign, setCampaign] = useState('');
  const [owner, setOwner] = useState('');
  const [limits, setLimits] = useState<Partial<Record<Stage, number>>>({});
  const [moving, setMoving] = useState<{ lead: LeadRow; stage: Stage }>();
  const [dropTarget, setDropTarget] = useState<Stage>();
  const filters = useDeferredValue({ ...EMPTY_FILTERS, query, campaign, owner });

  const columns = useMemo(() => {
    const byStage = new Map<Stage, LeadRow[]>(STAGES.map((stage) => [stage, []]));
    for (const row of filterLeadRows(leads.rows, filters)) byStage.get(row.stage)!.push(row);
    return STAGES.map((stage) => {
      const rows = byStage.get(stage)!.sort((a, b) => b.updatedAt - a.updatedAt);
      let value = 0;
      let foreign = 0;
      for (const row of rows) {
        if (row.dealValue === undefined) continue;
        if (!row.dealCurrency || row.dealCurrency === settings.currency) value += row.dealValue;
        else foreign += 1;
      }
      return { stage, rows, value, foreign };
    });
  }, [leads.rows, filters, settings.currency]);
  const owners = useMemo(() => [...new Set(leads.rows.flatMap((row) => (row.owner ? [row.owner] : [])))].sort(), [leads.rows]);

  const undoMove = useUpdateLead({ onError: (message) => notify({ text: `Could not undo the move: ${message}` }) });
  const moveAction = useAction(
    async (row: LeadRow, stage: Stage, details: StageMoveDetails = {}) => {
      const db = await getDb();
      const lead = await getLead(db, row.id);
      if (!lead) {
        notify({ text: `${row.fullName} no longer exists` });
        return;
      }
      const previous = lead.stage;
      await updateLead(db, lead.id, stageMoveEdit(lead, stage, details));
      notify({
        text: `Moved ${lead.fullName} to ${STAGE_LABELS[stage]}`,
        ...(previous !== stage
          ? { actionLabel: 'Undo', onAction: () => void undoMove.run(lead.id, stageMoveEdit({ ...lead, stage }, previous)) }
          : {}),
      });
    },
    { onError: (message, _caught, [row]) => notify({ text: `Could not move ${row.fullName}: ${message}` }) },
  );
  const move = moveAction.run;

  // Won and lost ask for the value or the reason; other stages move at once (with Undo).
  const requestMove = (row: LeadRow, stage: Stage) => {
    if (stage === row.stage) return;
    if (stage === 'won' || stage === 'lost') setMoving({ lead: row, stage });
    else void move(row, stage);
  };

  const onCardKey = (event: KeyboardEvent, row: LeadRow) => {
    if (!event.altKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    event.preventDefault();
    const index = STAGES.indexOf(row.stage) + (event.key === 'ArrowRight' ? 1 : -1);
    const stage = STAGES[index];
    if (stage) requestMove(row, stage);
  };

  const onDrop = (event: DragEvent, stage: Stage) => {
    event.preventDefault();
    setDropTarget(undefined);
    const id = event.dataTransfer.getData(DRAG_TYPE);
    const row = leads.rows.find((entry) => entry.id === id);
    if (row) requestMove(row, stage);
  };

  if (leads.error) return <p role="alert">Could not read leads: {leads.error.message}</p>;
  if (!leads.ready)
    return (
      <p role="status" className="text-sm text-slate-500">
        Loading the pipeline…
      </p>
    );
  if (!leads.rows.length) {
    return (
      <EmptyState title="The pipeline is empty" action={<Button onClick={() => navigate('leads')}>Go to leads</Button>}>
        Capture or add leads first; each one starts as New. Then drag deals across the stages here as they progress.
      </EmptyState>
    );
  }

  return (
    <section aria-labelledby="pipeline-heading" className="flex h-[calc(100vh-3rem)] flex-col gap-3">
      <header className="flex flex-wrap items-end gap-3">
        <h1 id="pipeline-heading" className="text-xl font-semibold">
          Pipeline
        </h1>
        <div className="ml-auto flex flex-wrap items-end gap-2 text-sm">
          <div className="w-72">
            <SearchBox value={query} onChange={setQuery} />
          </div>
          <select
            aria-label="Campaign"
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
            value={campaign}
            onChange={(event) => setCampaign(event.target.value)}
          >
            <option value="">All campaigns</option>
            <option value={NO_CAMPAIGN_FILTER}>No campaign</option>
            {campaigns.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
          <select
            aria-label="Owner"
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
            value={owner}
            onChange={(event) => setOwner(event.target.value)}
          >
            <option value="">Anyone</option>
            {owners.map((entry) => (
              <option key={entry} value={entry}>
                {entry}
              </option>
            ))}
          </select>
        </div>
      </header>
      <p className="text-xs text-slate-500">Drag a card to another stage, or focus it and press Alt+→ / Alt+←, or use “Move…”.</p>
      <div className="flex min-h-0 flex-1 gap-3 overflow-x-auto pb-2">
        {columns.map(({ stage, rows, value, foreign }) => {
          const limit = limits[stage] ?? PAGE;
          return (
            <section
              key={stage}
              aria-label={`${STAGE_LABELS[stage]}: ${rows.length} ${rows.length === 1 ? 'deal' : 'deals'}`}
              onDragOver={(event) => {
                if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
                event.preventDefault();
                setDropTarget(stage);
              }}
              onDragLeave={() => setDropTarget((current) => (current === stage ? undefined : current))}
              onDrop={(event) => onDrop(event, stage)}
              className={`flex w-56 shrink-0 flex-col rounded-lg border bg-slate-50 dark:bg-slate-900/60 ${
                dropTarget === stage ? 'border-indigo-400 ring-2 ring-indigo-300' : 'border-slate-200 dark:border-slate-800'
              }`}
            >
              <header className="border-b border-slate-200 px-3 py-2 dark:border-slate-800">
                <h2 className="text-sm font-semibold">
                  {STAGE_LABELS[stage]} <span className="font-normal text-slate-500">{rows.length.toLocaleString()}</span>
                </h2>
                <p className="text-xs tabular-nums text-slate-600 dark:text-slate-400" data-testid={`stage-value-${stage}`}>
                  {formatMoney(value, settings.currency)}
                  {foreign ? ` (+${foreign} in other currencies)` : ''}
                </p>
              </header>
              <ol className="flex min-h-16 flex-col gap-2 overflow-y-auto p-2">
                {rows.slice(0, limit).map((row) => (
                  <li
                    key={row.id}
                    draggable
                    onDragStart={(event) => {
                      event.dataTransfer.setData(DRAG_TYPE, row.id);
                      event.dataTransfer.effectAllowed = 'move';
                    }}
                    className="rounded-md border border-slate-200 bg-white p-2 text-sm shadow-sm dark:border-slate-700 dark:bg-slate-800"
                  >
                    <a
                      href={`#/leads/${encodeURIComponent(row.id)}`}
                      onKeyDown={(event) => onCardKey(event, row)}
                      aria-keyshortcuts="Alt+ArrowRight Alt+ArrowLeft"
                      className="block font-medium hover:underline"
                    >
                      {row.fullName}
                    </a>
                    <span className="block truncate text-xs text-slate-500">{row.company ?? row.email ?? ''}</span>
                    <span className="mt-1 flex items-center justify-between gap-2">
                      <span className="text-xs tabular-nums">
                        {row.dealValue === undefined ? '' : formatMoney(row.dealValue, row.dealCurrency ?? settings.currency)}
                      </span>
                      <button
                        type="button"
                        className="text-xs text-indigo-600 hover:underline dark:text-indigo-400"
                        aria-label={`Move ${row.fullName}`}
                        onClick={() => setMoving({ lead: row, stage: row.stage })}
                      >
                        Move…
                      </button>
                    </span>
                  </li>
                ))}
              </ol>
              {rows.length > limit ? (
                <Button variant="ghost" className="m-2" onClick={() => setLimits({ ...limits, [stage]: limit + PAGE })}>
                  Show {Math.min(PAGE, rows.length - limit)} more of {(rows.length - limit).toLocaleString()}
                </Button>
              ) : null}
            </section>
          );
        })}
      </div>
      {moving ? (
        <MoveStageDialog
          lead={moving.lead}
          initialStage={moving.stage}
          currency={settings.currency}
          onClose={() => setMoving(undefined)}
          onMove={(stage, details) => {
            setMoving(undefined);
            void move(moving.lead, stage, details);
          }}
        />
      ) : null}
    </section>
  );
}
