// What the benchmarks import from core: its public surface, plus the forecast while its
// export from the package index is still being added.
export * from '../../packages/core/src/index.js';
export { marginForecast } from '../../packages/core/src/margin/forecast.js';
