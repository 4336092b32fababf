import Link from "next/link";
import { StackedTable } from "@/components/data/stacked-table";
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

/** A queue of requests: a table on a desk, one card per request on a phone. */
export function QueueTable({ rows, timeZone, marks }: { rows: QueueRow[]; timeZone: string; marks: Map<string, SlaMark> }) {
  if (rows.length === 0) return <p className="text-slate-600">Tidak ada permohonan.</p>;
  return (
    <StackedTable<QueueRow>
      caption="Daftar permohonan"
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        {
          header: "Nomor",
          rowHeader: true,
          nowrap: true,
          cell: (r) => (
            <Link href={`/meja/permohonan/${r.id}`} className="inline-block py-1 wrap-anywhere sm:py-0">
              {r.registrationNumber}
            </Link>
          ),
        },
        { header: "Layanan", cell: (r) => r.service.name },
        {
          header: "Pemohon",
          cell: (r) => (
            <>
              {r.applicantName}
              <br />
              <span className="text-slate-600">
                {maskIdentityNumber(r.employeeNumber)} · {r.opdName}
              </span>
            </>
          ),
        },
        { header: "Status", cell: (r) => <StatusBadge status={r.status} /> },
        {
          header: "Batas waktu",
          cell: (r) => {
            const mark = marks.get(r.id) ?? "belum";
            return (
              <>
                <span className="sm:whitespace-nowrap">{r.dueAt ? formatDateTime(r.dueAt, timeZone) : "—"}</span>
                <br />
                <span className={MARK_TONE[mark]}>{SLA_MARK_LABEL[mark]}</span>
              </>
            );
          },
        },
      ]}
    />
  );
}
