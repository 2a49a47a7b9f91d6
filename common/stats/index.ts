export * from './stats-schemas';
export * from './stats-range';
export * from './call-metrics';
export * from './build-board';
export * from './export-tables';
