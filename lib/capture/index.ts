// The capture flow the popup and side panel run: reading a tab, the review of its drafts, saving them.
export { invokedOn, MENU_CAPTURE_KEY, menuCaptureFrom, readMenuCapture } from './menu-capture';
export { draftErrors, isPersonDraft, previewReviewed, saveReviewed } from './review';
export { prefetchCapture } from './prefetch';
export { readTab } from './page-reader';
export { saveDrafts } from './save-drafts';
export { saveFromPage } from './page-save';
export { savedBesidePage } from './saved-beside-page';
export { type CaptureDeps, CaptureSession, type CaptureState } from './capture-session';
