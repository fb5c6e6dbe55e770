import fc from "fast-check";
import { excelRound, roundDecimal, roundTo15Significant } from "../../src/core/util/excel-round";

describe("excelRound (Excel's ROUND on the value as stored to 15 digits)", () => {
  it.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.005, 2, 1.01], // 1.00499999999999989… in binary
    [1.00499999999999989, 2, 1.01],
    [2.675, 2, 2.68], // 2.67499999999999982… in binary
    [1.0049999, 2, 1],
    [84.999999999, 2, 85],
    [85.000000001, 2, 85],
    [0.285, 2, 0.29],
    [1234.5678, 2, 1234.57],
    [1234.5678, 0, 1235],
    [-0.004, 2, 0],
    [0.5, 0, 1],
    [0.4, 0, 0],
    [0.05, 0, 0],
    [99.995, 2, 100],
    [9.995, 2, 10],
    [1e-20, 2, 0],
    [123456789.125, 2, 123456789.13],
    [0, 2, 0],
  ])("ROUND(%p, %p) = %p", (value, digits, expected) => {
    expect(excelRound(value, digits)).toBe(expected);
  });

  it("does not produce negative zero", () => {
    expect(Object.is(excelRound(-0.001, 2), 0)).toBe(true);
  });

  it("rounds a sum that is 1.005 in decimal up, as Excel does", () => {
    const composite = (30 * 1.005 + 70 * 1.005) / 100; // binary noise around 1.005
    expect(excelRound(composite, 2)).toBe(1.01);
  });

  it("keeps 15 significant digits", () => {
    expect(roundTo15Significant(0.1 + 0.2)).toBe(0.3);
    expect(roundTo15Significant(84.99999999999999)).toBe(85);
  });

  it("agrees with the decimal value to within half a unit and is idempotent (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (value, digits) => {
          const rounded = excelRound(value, digits);
          expect(Math.abs(rounded - value)).toBeLessThanOrEqual(
            0.5 * 10 ** -digits + 1e-9 * Math.max(1, Math.abs(value))
          );
          expect(excelRound(rounded, digits)).toBe(rounded);
        }
      )
    );
  });
});

describe("excelRound's fast path", () => {
  it("gives exactly what the decimal-digit path gives (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e7, max: 1e7, noNaN: true }),
          fc.integer({ min: -1e7, max: 1e7 }).map((k) => k / 1000 + 0.0005)
        ),
        fc.integer({ min: 0, max: 6 }),
        (value, digits) => {
          expect(excelRound(value, digits)).toBe(roundDecimal(value, digits));
        }
      ),
      { numRuns: 5000 }
    );
  });
});
