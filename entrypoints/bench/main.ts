import { benchApi } from '@/lib/bench/bench-api';

// Exposes the in-page measurements to the Playwright benchmark driver (tests/bench).
(window as unknown as { leadlineBench: typeof benchApi }).leadlineBench = benchApi;
document.title = 'Leadline benchmarks (ready)';
