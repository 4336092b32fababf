import Link from "next/link";
import { maskIdentityNumber } from "@/features/identity/employee-number";
import { StatusBadge } from "@/features/requests/components/status-badge";
import { formatDateTime } from "@/lib/time/zones";
import type { QueueRow } from "../queue";

export function QueueTable({ rows, timeZone, now = new Date() }: { rows: QueueRow[]; timeZone: string; now?: Date }) {
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
            const overdue = r.dueAt && r.dueAt < now && ["DIAJUKAN", "DIVERIFIKASI", "DIPROSES"].includes(r.status);
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
                <td className={`p-2 whitespace-nowrap ${overdue ? "font-semibold text-red-800" : ""}`}>
                  {r.dueAt ? formatDateTime(r.dueAt, timeZone) : "—"}
                  {overdue ? " (terlambat)" : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
