// Keeping the toolbar badge fresh from extension pages.
export { keepBadgeFresh } from './keep-badge-fresh';
