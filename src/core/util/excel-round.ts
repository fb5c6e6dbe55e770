/**
 * Excel's ROUND: half away from zero, applied to the value as Excel stores and shows it,
 * i.e. first reduced to 15 significant digits. Done on the decimal digits, not with a scaled
 * Math.round, so that binary noise never turns a 5 into a 4
 * (1.00499999999999989… is 1.005 to 15 digits and rounds to 1.01).
 */
export function roundTo15Significant(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(15));
}

export function excelRound(value: number, digits: number): number {
  if (value === 0) return 0;
  if (!Number.isFinite(value)) return value;
  // Fast path: away from a half, rounding the binary value and the 15-digit decimal agree, and k / 10^d
  // is the double nearest the decimal result (IEEE division is correctly rounded).
  const scale = 10 ** digits;
  const scaled = Math.abs(value) * scale;
  if (scaled < 1e9 && digits <= 15) {
    const fraction = scaled - Math.floor(scaled);
    if (Math.abs(fraction - 0.5) > 1e-6) {
      const rounded = Math.floor(scaled + 0.5) / scale;
      return value < 0 && rounded !== 0 ? -rounded : rounded;
    }
  }
  return roundDecimal(value, digits);
}

/** The exact path: round the 15-significant-digit decimal digits, half away from zero. */
export function roundDecimal(value: number, digits: number): number {
  if (value === 0) return 0;
  const negative = value < 0;
  // "d.dddddddddddddde±x": exactly 15 significant digits.
  const [mantissa, exponentText] = Math.abs(value).toExponential(14).split("e");
  const exponent = Number(exponentText);
  const digitsOf = mantissa.replace(".", "").split("").map(Number);
  // Index (in digitsOf) of the first digit that is dropped.
  const cut = exponent + 1 + digits;
  if (cut >= digitsOf.length) return roundTo15Significant(value);
  if (cut < 0) return 0;
  const kept = digitsOf.slice(0, cut);
  let carry = digitsOf[cut] >= 5 ? 1 : 0;
  for (let i = kept.length - 1; i >= 0 && carry; i--) {
    const d = kept[i] + carry;
    kept[i] = d % 10;
    carry = d >= 10 ? 1 : 0;
  }
  let exp = exponent;
  if (carry) {
    kept.unshift(1);
    exp += 1;
  }
  if (kept.length === 0) return 0;
  // kept holds the digits from 10^exp down to 10^-digits.
  const text = `${kept.join("")}e${exp - (kept.length - 1)}`;
  const rounded = Number(text);
  return negative && rounded !== 0 ? -rounded : rounded;
}
