/** Display of report figures (Indonesian number format); the only place report values are rounded. */
const oneDecimal = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

/** 0.6667 → "66,7%"; null → "—". */
export function formatShare(fraction: number | null): string {
  return fraction === null ? "—" : `${oneDecimal.format(fraction * 100)}%`;
}

/** 13.333 → "13,3"; null → "—". */
export function formatHours(hours: number | null): string {
  return hours === null ? "—" : oneDecimal.format(hours);
}

export function formatCount(n: number): string {
  return integer.format(n);
}

/** 90 → "90%" (targets are whole percents). */
export function formatTargetPercent(percent: number): string {
  return `${integer.format(percent)}%`;
}
