import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/dashboard-app';
import '@/components/app.css';

createRoot(document.getElementById('root')!).render(<DashboardApp />);
