export * from './headerMapping';
export * from './contactSchemas';
export * from './searchSchemas';
export * from './dncSchemas';
export * from './importSchemas';
export { rowToContact } from './rowToContact';
export type { ContactDraft, ImportedPhone } from './rowToContact';
export { toCsvLine, UTF8_BOM } from './csvLine';
