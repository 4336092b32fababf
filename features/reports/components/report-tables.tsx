import Link from "next/link";
import { formatDuration } from "@/features/sla/status";
import { formatDateTime } from "@/lib/time/zones";
import { formatCount, formatHours, formatShare, formatTargetPercent } from "../format";
import { monthName } from "../params";
import type { OpenStageRow, OverdueRow, ServiceReport } from "../sla-report";
import type { SlaCell } from "../stats";

const TABLE = "w-full min-w-[44rem] border-collapse bg-white text-left text-sm";
const TH = "p-2 align-bottom";
const NUM = "p-2 text-right tabular-nums";

/** ✓/✗ with words: the colour (≥ 4.5:1 on white) only repeats what the text says. */
export function TargetMark({ meets }: { meets: boolean | null }) {
  if (meets === null) return <span className="text-slate-600">—</span>;
  return meets ? (
    <span className="font-semibold text-emerald-800">✓ Tercapai</span>
  ) : (
    <span className="font-semibold text-red-800">✗ Belum tercapai</span>
  );
}

function Cells({ c }: { c: SlaCell }) {
  return (
    <>
      <td className={NUM}>{formatCount(c.received)}</td>
      <td className={NUM}>{formatCount(c.completed)}</td>
      <td className={NUM}>{formatCount(c.onTime)}</td>
      <td className={NUM}>{formatShare(c.compliance)}</td>
      <td className="p-2 whitespace-nowrap"><TargetMark meets={c.meetsTarget} /></td>
      <td className={NUM}>{formatHours(c.avgHours)}</td>
      <td className={NUM}>{formatHours(c.p90Hours)}</td>
    </>
  );
}

export function ServiceMonthTable({ service, year, totalLabel }: { service: ServiceReport; year: number; totalLabel: string }) {
  return (
    <div className="overflow-x-auto">
      <table className={TABLE}>
        <caption className="sr-only">
          Kepatuhan SLA {service.name} per bulan, {year}, target {formatTargetPercent(service.targetPercent)}
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={TH}>Bulan</th>
            <th scope="col" className={`${TH} text-right`}>Diterima</th>
            <th scope="col" className={`${TH} text-right`}>Selesai</th>
            <th scope="col" className={`${TH} text-right`}>Tepat waktu</th>
            <th scope="col" className={`${TH} text-right`}>Kepatuhan</th>
            <th scope="col" className={TH}>Target {formatTargetPercent(service.targetPercent)}</th>
            <th scope="col" className={`${TH} text-right`}>Rata-rata (jam kerja)</th>
            <th scope="col" className={`${TH} text-right`}>P90 (jam kerja)</th>
          </tr>
        </thead>
        <tbody>
          {service.months.map((m) => (
            <tr key={m.month} className="border-b border-slate-100">
              <th scope="row" className="p-2 font-normal">{monthName(m.month)}</th>
              <Cells c={m} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 font-semibold">
            <th scope="row" className="p-2">{totalLabel}</th>
            <Cells c={service.total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function OpenByStageTable({ rows }: { rows: readonly OpenStageRow[] }) {
  if (rows.length === 0) return <p className="text-slate-600">Tidak ada permohonan terbuka.</p>;
  return (
    <div className="overflow-x-auto">
      <table className={TABLE}>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={TH}>Layanan</th>
            <th scope="col" className={TH}>Tahap</th>
            <th scope="col" className={`${TH} text-right`}>Jumlah</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.serviceId}-${r.stagePosition}`} className="border-b border-slate-100">
              <td className="p-2">{r.serviceName}</td>
              <td className="p-2">{r.stagePosition}. {r.stageName}</td>
              <td className={NUM}>{formatCount(r.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OverdueTable({ rows, timeZone }: { rows: readonly OverdueRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-slate-600">Tidak ada permohonan yang melewati batas waktu.</p>;
  return (
    <div className="overflow-x-auto">
      <table className={TABLE}>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={TH}>Nomor</th>
            <th scope="col" className={TH}>Layanan</th>
            <th scope="col" className={TH}>Tahap</th>
            <th scope="col" className={TH}>Batas waktu</th>
            <th scope="col" className={TH}>Terlambat</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.requestId} className="border-b border-slate-100 align-top">
              <td className="p-2 whitespace-nowrap">
                <Link href={`/meja/permohonan/${r.requestId}`}>{r.registrationNumber}</Link>
              </td>
              <td className="p-2">{r.serviceName}</td>
              <td className="p-2">{r.stagePosition}. {r.stageName}</td>
              <td className="p-2 whitespace-nowrap">{formatDateTime(r.dueAt, timeZone)}</td>
              <td className="p-2 font-semibold whitespace-nowrap text-red-800">{formatDuration(r.overdueMinutes, r.measure === "working")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
