import { createRoot } from 'react-dom/client';

// The floor of any React page of this extension: React loaded, evaluated and one element rendered.
// The popup and the side panel cannot open faster than this (see bench/README.md).
createRoot(document.getElementById('root')!).render(<p id="floor">React rendered.</p>);
