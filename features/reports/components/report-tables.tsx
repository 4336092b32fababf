import Link from "next/link";
import { type Column, StackedTable } from "@/components/data/stacked-table";
import { formatDuration } from "@/features/sla/status";
import { formatDateTime } from "@/lib/time/zones";
import { formatCount, formatHours, formatShare, formatTargetPercent } from "../format";
import { monthName } from "../params";
import type { OpenStageRow, OverdueRow, ServiceReport } from "../sla-report";
import type { SlaCell } from "../stats";

/** ✓/✗ with words: the colour (≥ 4.5:1 on white) only repeats what the text says. */
export function TargetMark({ meets }: { meets: boolean | null }) {
  if (meets === null) return <span className="text-slate-600">—</span>;
  return meets ? (
    <span className="font-semibold text-emerald-800">✓ Tercapai</span>
  ) : (
    <span className="font-semibold text-red-800">✗ Belum tercapai</span>
  );
}

type PeriodRow = { key: string; label: string; cell: SlaCell };

function slaColumns(targetPercent: number): Column<PeriodRow>[] {
  const count = (header: string, value: (c: SlaCell) => string): Column<PeriodRow> => ({
    header,
    align: "right",
    cell: (r) => value(r.cell),
  });
  return [
    { header: "Bulan", rowHeader: true, cell: (r) => r.label },
    count("Diterima", (c) => formatCount(c.received)),
    count("Selesai", (c) => formatCount(c.completed)),
    count("Tepat waktu", (c) => formatCount(c.onTime)),
    count("Kepatuhan", (c) => formatShare(c.compliance)),
    { header: `Target ${formatTargetPercent(targetPercent)}`, nowrap: true, cell: (r) => <TargetMark meets={r.cell.meetsTarget} /> },
    count("Rata-rata (jam kerja)", (c) => formatHours(c.avgHours)),
    count("P90 (jam kerja)", (c) => formatHours(c.p90Hours)),
  ];
}

export function ServiceMonthTable({ service, year, totalLabel }: { service: ServiceReport; year: number; totalLabel: string }) {
  return (
    <StackedTable<PeriodRow>
      caption={`Kepatuhan SLA ${service.name} per bulan, ${year}, target ${formatTargetPercent(service.targetPercent)}`}
      columns={slaColumns(service.targetPercent)}
      rows={service.months.map((m) => ({ key: String(m.month), label: monthName(m.month), cell: m }))}
      footer={{ key: "total", label: totalLabel, cell: service.total }}
      rowKey={(r) => r.key}
    />
  );
}

export function OpenByStageTable({ rows }: { rows: readonly OpenStageRow[] }) {
  if (rows.length === 0) return <p className="text-slate-600">Tidak ada permohonan terbuka.</p>;
  return (
    <StackedTable<OpenStageRow>
      caption="Permohonan terbuka per layanan dan tahap"
      rows={rows}
      rowKey={(r) => `${r.serviceId}-${r.stagePosition}`}
      columns={[
        { header: "Layanan", cell: (r) => r.serviceName },
        { header: "Tahap", cell: (r) => `${r.stagePosition}. ${r.stageName}` },
        { header: "Jumlah", align: "right", cell: (r) => formatCount(r.count) },
      ]}
    />
  );
}

export function OverdueTable({ rows, timeZone }: { rows: readonly OverdueRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-slate-600">Tidak ada permohonan yang melewati batas waktu.</p>;
  return (
    <StackedTable<OverdueRow>
      caption="Permohonan yang melewati batas waktu"
      rows={rows}
      rowKey={(r) => r.requestId}
      columns={[
        {
          header: "Nomor",
          rowHeader: true,
          nowrap: true,
          cell: (r) => <Link href={`/meja/permohonan/${r.requestId}`}>{r.registrationNumber}</Link>,
        },
        { header: "Layanan", cell: (r) => r.serviceName },
        { header: "Tahap", cell: (r) => `${r.stagePosition}. ${r.stageName}` },
        { header: "Batas waktu", nowrap: true, cell: (r) => formatDateTime(r.dueAt, timeZone) },
        {
          header: "Terlambat",
          nowrap: true,
          cell: (r) => <span className="font-semibold text-red-800">{formatDuration(r.overdueMinutes, r.measure === "working")}</span>,
        },
      ]}
    />
  );
}
