export * from './header-mapping';
export * from './contact-schemas';
export * from './search-schemas';
export * from './dnc-schemas';
export * from './import-schemas';
export { rowToContact } from './row-to-contact';
export type { ContactDraft, ImportedPhone } from './row-to-contact';
export { toCsvLine, UTF8_BOM } from './csv-line';
export * from './import-report-text';
