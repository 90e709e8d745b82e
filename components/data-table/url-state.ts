/**
 * A table's search, sort and page as URL parameters (`?q=payroll&sort=-name&page=2`),
 * so that a link reproduces the view. The page reads them on the server and
 * hands them to the table, which writes changes back.
 */
import type { SortingState } from "@tanstack/react-table";

export type DataTableUrlState = { q: string; sort: SortingState; page: number };

type Params = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export function parseDataTableUrlState(params: Params): DataTableUrlState {
  const sort = first(params.sort).trim();
  const page = Number.parseInt(first(params.page), 10);
  return {
    q: first(params.q).slice(0, 200),
    sort: /^-?[A-Za-z][\w.]*$/.test(sort) ? [{ id: sort.replace(/^-/, ""), desc: sort.startsWith("-") }] : [],
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The query string with the table's parameters replaced; other parameters (filters) are kept. */
export function writeDataTableUrlState(search: string, state: DataTableUrlState): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string) => (value ? params.set(key, value) : params.delete(key));
  set("q", state.q.trim());
  set("sort", state.sort[0] ? `${state.sort[0].desc ? "-" : ""}${state.sort[0].id}` : "");
  set("page", state.page > 1 ? String(state.page) : "");
  const query = params.toString();
  return query ? `?${query}` : "";
}
