/* A1 addresses of the strict Excel fake: one area ("A1", "B2:D9", "A:C", "3:5", "$A$1") as 0-based bounds. */

export type Area = { r0: number; c0: number; r1: number; c1: number };

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** One area of an address; throws as Excel does (InvalidArgument) on anything else. */
export function parseArea(address: string): Area {
  const text = address.replace(/\$/g, "").trim();
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const parts = text.split(":");
  if (parts.length === 1) {
    const m = cell.exec(parts[0]);
    if (!m) throw new Error(`InvalidArgument: address "${address}"`);
    const r = Number(m[2]) - 1;
    const c = column(m[1]);
    return check({ r0: r, c0: c, r1: r, c1: c }, address);
  }
  if (parts.length !== 2) throw new Error(`InvalidArgument: address "${address}"`);
  const [a, b] = parts;
  if (/^[A-Za-z]{1,3}$/.test(a) && /^[A-Za-z]{1,3}$/.test(b))
    return check({ r0: 0, c0: column(a), r1: MAX_ROWS - 1, c1: column(b) }, address);
  if (/^\d+$/.test(a) && /^\d+$/.test(b))
    return check({ r0: Number(a) - 1, c0: 0, r1: Number(b) - 1, c1: MAX_COLUMNS - 1 }, address);
  const m1 = cell.exec(a);
  const m2 = cell.exec(b);
  if (!m1 || !m2) throw new Error(`InvalidArgument: address "${address}"`);
  return check(
    {
      r0: Math.min(Number(m1[2]), Number(m2[2])) - 1,
      c0: Math.min(column(m1[1]), column(m2[1])),
      r1: Math.max(Number(m1[2]), Number(m2[2])) - 1,
      c1: Math.max(column(m1[1]), column(m2[1])),
    },
    address
  );
}

function check(area: Area, address: string): Area {
  if (area.r0 < 0 || area.c0 < 0 || area.r1 >= MAX_ROWS || area.c1 >= MAX_COLUMNS)
    throw new Error(`InvalidArgument: address "${address}" is outside the sheet`);
  return area;
}

/** Several areas separated by commas, as `getRanges` takes them. */
export const parseAreas = (address: string): Area[] => address.split(",").map(parseArea);

export const intersects = (a: Area, b: Area) =>
  a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

export const contains = (outer: Area, r: number, c: number) =>
  r >= outer.r0 && r <= outer.r1 && c >= outer.c0 && c <= outer.c1;

export const cellCount = (a: Area) => (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1);

export const WHOLE_SHEET: Area = { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 };
