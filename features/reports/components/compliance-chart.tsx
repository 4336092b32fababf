import { formatShare, formatTargetPercent } from "../format";
import { monthName } from "../params";
import type { MonthRow } from "../sla-report";

/**
 * Monthly compliance as bars against the target line: plain server-rendered SVG, no script. The
 * picture is one image to assistive technology (role="img") with the data spelled out in its
 * label; the table next to it holds the same figures. Colour is never the only cue: every bar
 * carries its value and ✓/✗.
 */
const MET = "#15803d"; // green-700: 5.0:1 on white
const MISSED = "#b91c1c"; // red-700: 6.5:1 on white
const INK = "#1e293b"; // slate-800

const LEFT = 40;
const TOP = 24;
const PLOT_H = 140;
const SLOT = 46;
const BAR = 28;

const short = (month: number) => monthName(month).slice(0, 3).replace("Agu", "Agt");

export function chartSummary(serviceName: string, year: number, targetPercent: number, months: readonly MonthRow[]): string {
  const parts = months.map((m) =>
    m.compliance === null
      ? `${monthName(m.month)}: belum ada permohonan selesai`
      : `${monthName(m.month)}: ${formatShare(m.compliance)} (${m.meetsTarget ? "target tercapai" : "di bawah target"})`,
  );
  return `Kepatuhan SLA per bulan, ${serviceName}, ${year}. Target ${formatTargetPercent(targetPercent)}. ${parts.join("; ")}.`;
}

export function ComplianceChart({
  serviceName,
  year,
  targetPercent,
  months,
}: {
  serviceName: string;
  year: number;
  targetPercent: number;
  months: readonly MonthRow[];
}) {
  const plotEnd = LEFT + Math.max(1, months.length) * SLOT;
  const width = plotEnd + 64;
  const height = TOP + PLOT_H + 28;
  const y = (fraction: number) => TOP + PLOT_H * (1 - fraction);
  const targetY = y(targetPercent / 100);
  return (
    <svg
      role="img"
      aria-label={chartSummary(serviceName, year, targetPercent, months)}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto max-h-64 w-full max-w-3xl"
    >
      {[0, 0.5, 1].map((f) => (
        <g key={f}>
          <line x1={LEFT} x2={plotEnd} y1={y(f)} y2={y(f)} stroke="#cbd5e1" strokeWidth={1} />
          <text x={LEFT - 6} y={y(f) + 4} textAnchor="end" fontSize={11} fill={INK}>
            {f * 100}%
          </text>
        </g>
      ))}
      {months.map((m, i) => {
        const x = LEFT + i * SLOT + (SLOT - BAR) / 2;
        const cx = x + BAR / 2;
        return (
          <g key={m.month}>
            {m.compliance !== null && (
              <>
                <rect
                  x={x}
                  y={y(m.compliance)}
                  width={BAR}
                  height={Math.max(0, PLOT_H * m.compliance)}
                  fill={m.meetsTarget ? MET : MISSED}
                />
                <text x={cx} y={y(m.compliance) - 4} textAnchor="middle" fontSize={10} fill={INK}>
                  {Math.round(m.compliance * 100)}
                  {m.meetsTarget ? "✓" : "✗"}
                </text>
              </>
            )}
            {m.compliance === null && (
              <text x={cx} y={y(0) - 4} textAnchor="middle" fontSize={10} fill={INK}>
                –
              </text>
            )}
            <text x={cx} y={TOP + PLOT_H + 16} textAnchor="middle" fontSize={11} fill={INK}>
              {short(m.month)}
            </text>
          </g>
        );
      })}
      <line x1={LEFT} x2={plotEnd} y1={targetY} y2={targetY} stroke={INK} strokeWidth={2} strokeDasharray="6 4" />
      <text x={plotEnd + 4} y={targetY + 4} fontSize={10} fill={INK}>
        Target {formatTargetPercent(targetPercent)}
      </text>
    </svg>
  );
}
