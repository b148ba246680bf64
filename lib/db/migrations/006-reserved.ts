import type { Migration } from './types';

/**
 * Version 6 is another branch's migration (likely emails). This branch only keeps the numbering
 * contiguous so that 007 stands at 7; at merge the real 006 replaces this file.
 */
export const reserved006: Migration = {
  version: 6,
  name: 'reserved',
  up() {},
};
