// Code-point order of strings: the same on every machine, unlike localeCompare (which follows the system locale,
// and whose first call costs a plan several milliseconds of loading ICU's collation data).

export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
