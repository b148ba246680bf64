export { generateDemoData, type DemoData } from './generate';
export { loadSampleData, removeSampleData } from './load';
