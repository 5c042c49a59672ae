// The column lists and COPY text shared by the PostgreSQL writer's modules.

// An observation's key within its dataset, in the primary key's order.
export const KEY = '"reporterCode", "measure", "flow", "partnerCode", "year"';
export const COLUMNS =
  '"datasetId", "reporterCode", "partnerCode", "flow", "measure", "year", "value", "flag"';

// COPY's text format: tab-separated columns, \N for null, backslash escapes.
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
export const copyField = (value: string | number | null) =>
  value === null ? '\\N' : String(value).replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]);
