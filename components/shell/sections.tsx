import type { ReactNode } from 'react';
import { DuplicatesView } from '../leads/duplicates-view';
import { ImportExportView } from '../import-export/import-export-view';
import { CampaignsSection } from '../campaigns/campaigns-view';
import { PipelineBoard } from '../pipeline/pipeline-board';
import { ReportsView } from '../reports/reports-view';
import { LeadPage } from '../leads/lead-page';
import { LeadsView } from '../leads/leads-view';
import { NewLeadPage } from '../leads/new-lead-page';
import { SequencesView } from '../sequences/sequences-view';
import { SettingsView } from '../settings/settings-view';
import { TemplatesView } from '../templates/templates-view';
import type { ViewContext } from '../view-context';

/** One entry of the dashboard's navigation: its path (`#/<path>`), label and view. */
export interface Section {
  path: string;
  label: string;
  render: (context: ViewContext) => ReactNode;
}

/** The dashboard's sections, in navigation order. Add a view here and it gets a route and a link. */
export const SECTIONS: readonly Section[] = [
  {
    path: 'leads',
    label: 'Leads',
    render: (context) => {
      const [id] = context.params;
      if (id === 'new') return <NewLeadPage {...context} />;
      if (id) return <LeadPage key={id} id={id} {...context} />;
      return <LeadsView {...context} />;
    },
  },
  { path: 'duplicates', label: 'Possible duplicates', render: (context) => <DuplicatesView {...context} /> },
  { path: 'sequences', label: 'Sequences', render: (context) => <SequencesView key={context.params[0] ?? ''} {...context} /> },
  { path: 'templates', label: 'Templates', render: (context) => <TemplatesView {...context} /> },
  { path: 'import-export', label: 'Import & export', render: (context) => <ImportExportView {...context} /> },
  { path: 'pipeline', label: 'Pipeline', render: (context) => <PipelineBoard {...context} /> },
  { path: 'campaigns', label: 'Campaigns', render: (context) => <CampaignsSection {...context} /> },
  { path: 'reports', label: 'Reports', render: (context) => <ReportsView {...context} /> },
  { path: 'settings', label: 'Settings', render: (context) => <SettingsView {...context} /> },
];
