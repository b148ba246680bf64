export * from './generate';
export * from './load';
export { seededRandom } from './random';
