/**
 * How a finding looks everywhere (pure: no Office, DOM or exceljs): words, severities and their
 * colours, the findings sheet's rows, cell notes, and the names of the sheets Cermat writes. The
 * Excel adapter, the xlsx writer, the CLI and both pane modes only draw what this gives them.
 */
export * from './catalog';
export * from './severity';
export * from './findings-sheet';
export * from './note';
export * from './sheets';
export * from './changes';
