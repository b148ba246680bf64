import type { Plugin } from 'vite';
/** Removes React DOM's innerHTML support and zod's `Function` JIT from production builds. */
export function textOnlyBuild(): Plugin;
