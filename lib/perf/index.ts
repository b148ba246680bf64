// Performance marks and measures the pages set and the bench reads. No imports: any layer may use it.
export { DRAFTS_SHOWN_MARK, FLOOR_MARKS, FLOOR_SHOWN_MARK, markOnce, measured, POPUP_MARKS, TODAY_SHOWN_MARK } from './measure';
