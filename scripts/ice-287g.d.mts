export const ICE_287G_PAGE: string;
export const REQUIRED_COLUMNS: string[];
export function asOfFromFileName(name: string): string;
export function parseCsv(text: string): Record<string, string>[];
export function countiesByState(rows: Record<string, string>[], replace?: Record<string, string>[]): Record<string, [string, string][]>;
export function countyKey(name: string): string;
export function cleanMoaUrl(url: string): string | undefined;
export function isoDate(v: unknown): string;
export interface WorkbookRow {
  state: string;
  agency: string;
  type: string;
  county: string;
  model: string;
  signed: unknown;
  moa: string;
}
export function rowsFromTable(table: unknown[][]): WorkbookRow[];
export interface ConvertedAgency {
  state: string;
  name: string;
  scope: 'county' | 'municipal' | 'state';
  county: string | null;
  how: string;
  models: { model: 'JEM' | 'WSO' | 'TFM'; signed: string; moa?: string }[];
}
export interface Unplaced {
  line: number;
  state: string;
  agency: string;
  type: string;
  county: string;
  model: string;
  why: string;
}
export function convert(
  rows: WorkbookRow[],
  opts: { counties: Record<string, [string, string][]>; fixes: Record<string, string>[]; asOf: string; sourceFile: string },
): { data: { asOf: string; sourceFile: string; page: string; rows: number; agencies: ConvertedAgency[] }; unplaced: Unplaced[] };
export function readWorkbook(input: string | Buffer): Promise<unknown[][]>;
export function rebuild(
  workbook: string,
  opts?: { root?: string },
): Promise<{
  asOf: string;
  rows: number;
  agencies: number;
  countiesWithAgreement: number;
  unplacedRows: number;
  unplacedWhy: Record<string, number>;
}>;
