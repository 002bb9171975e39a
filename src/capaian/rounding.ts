/**
 * Binary noise off a computed capaian: 0.3 + 0.61 is 0.9099999999999999, so a capaian meant as 91
 * can arrive as 90.99999999999999. Differences below 1e-9 are snapped away before any band is chosen
 * (Excel itself compares at about 15 significant digits, so its native formulas agree).
 */
export function snapNoise(capaian: number): number {
  if (!(Math.abs(capaian) < 1e12)) return capaian;
  return Math.round(capaian * 1e9) / 1e9 + 0;
}

/**
 * The one rounding rule of the PermenPANRB 8/2021 scale: capaian to a whole percent, half away from
 * zero, exactly as Excel's ROUND(capaian; 0), so the native formula gives the same band.
 * Noise is snapped first (a computed 98.49999999999999 is meant as 98.5 and rounds to 99).
 */
export function roundPercent(capaian: number): number {
  if (!(Math.abs(capaian) < 1e12)) return Math.round(capaian) + 0;
  const snapped = snapNoise(capaian);
  return Math.sign(snapped) * Math.floor(Math.abs(snapped) + 0.5) + 0;
}

/**
 * The capaian as the sheet shows it (format 0.00"%"): rounded half away from zero to 2 decimals, like
 * Excel's ROUND(capaian; 2): a cell showing "91,00%" must be judged 91. Done on the decimal digits, not
 * on the binary value, because a double such as 50.995 or 1.005 lies just below its decimal (toFixed(2)
 * gives "50.99", Math.round(1.005 * 100) gives 100). Noise is snapped first (9 decimals, as snapNoise).
 */
export function roundShown(capaian: number): number {
  if (!(Math.abs(capaian) < 1e12)) return capaian;
  // toFixed(9) of a value already snapped to 9 decimals gives exactly its decimal digits.
  const [bulat, pecahan] = Math.abs(snapNoise(capaian)).toFixed(9).split(".");
  let sen = Number(bulat) * 100 + Number(pecahan.slice(0, 2));
  if (Number(pecahan[2]) >= 5) sen += 1;
  return Math.sign(capaian) * (sen / 100) + 0;
}

/**
 * Excel's ROUND(value; places): half away from zero on the decimal digits as Excel shows them (15
 * significant digits), not on the binary value: ROUND(1.005; 2) is 1.01 in Excel, while
 * Math.round(1.005 * 100) / 100 gives 1. The shift goes through decimal exponent notation, which
 * JavaScript parses exactly.
 */
export function roundDecimal(value: number, places: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return value;
  const p = Math.max(-15, Math.min(15, Math.trunc(places)));
  const digits = String(Math.abs(Number(value.toPrecision(15))));
  if (digits.includes("e")) {
    // Below 1e-6 the binary error is far under the rounding step: plain scaling is exact enough.
    const factor = Math.pow(10, p);
    return Math.sign(value) * (Math.floor(Math.abs(value) * factor + 0.5) / factor) + 0;
  }
  const shifted = Math.floor(Number(`${digits}e${p}`) + 0.5);
  return Math.sign(value) * Number(`${shifted}e${-p}`) + 0;
}
