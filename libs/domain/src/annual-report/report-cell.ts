/**
 * One number of the report. null is a blank cell: printed empty, which is not the same
 * as 0 (the format wants 0 written out), so it is never summed as 0.
 */
export type Cell = number | null;
