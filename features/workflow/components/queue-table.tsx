import Link from "next/link";
import { maskIdentityNumber } from "@/features/identity/employee-number";
import { StatusBadge } from "@/features/requests/components/status-badge";
import { formatDateTime } from "@/lib/time/zones";
import { SLA_MARK_LABEL, type SlaMark } from "@/features/sla/status";
import type { QueueRow } from "../queue";

const MARK_TONE: Record<SlaMark, string> = {
  tepat: "text-emerald-800",
  peringatan: "font-semibold text-amber-800",
  terlambat: "font-semibold text-red-800",
  dijeda: "text-slate-700",
  selesai: "text-slate-700",
  belum: "text-slate-600",
};

export function QueueTable({ rows, timeZone, marks }: { rows: QueueRow[]; timeZone: string; marks: Map<string, SlaMark> }) {
  if (rows.length === 0) return <p className="text-slate-600">Tidak ada permohonan.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] border-collapse bg-white text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">Nomor</th>
            <th scope="col" className="p-2">Layanan</th>
            <th scope="col" className="p-2">Pemohon</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Batas waktu</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const mark = marks.get(r.id) ?? "belum";
            return (
              <tr key={r.id} className="border-b border-slate-100 align-top">
                <td className="p-2 whitespace-nowrap">
                  <Link href={`/meja/permohonan/${r.id}`}>{r.registrationNumber}</Link>
                </td>
                <td className="p-2">{r.service.name}</td>
                <td className="p-2">
                  {r.applicantName}
                  <br />
                  <span className="text-slate-600">{maskIdentityNumber(r.employeeNumber)} · {r.opdName}</span>
                </td>
                <td className="p-2"><StatusBadge status={r.status} /></td>
                <td className="p-2 whitespace-nowrap">
                  {r.dueAt ? formatDateTime(r.dueAt, timeZone) : "—"}
                  <br />
                  <span className={MARK_TONE[mark]}>{SLA_MARK_LABEL[mark]}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
