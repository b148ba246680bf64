import { createRoot } from 'react-dom/client';
import { PanelApp } from '@/components/sidepanel/panel-app';
import { openExtensionPage } from '@/lib/browser';
import '@/components/app.css';

createRoot(document.getElementById('root')!).render(
  <PanelApp actions={{ openDashboard: (hash = '') => void openExtensionPage(`/dashboard.html${hash}`) }} />,
);
