export * from './statsSchemas';
export * from './statsRange';
export * from './callMetrics';
export * from './buildBoard';
export * from './exportTables';
