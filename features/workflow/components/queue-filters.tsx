import Link from "next/link";
import { Checkbox } from "@/components/forms/choice-fields";
import { buttonClass } from "@/components/forms/submit-button";
import { Select, TextField } from "@/components/forms/text-fields";
import { STATUS } from "@/features/lifecycle";
import { type QueueParams, STATUS_VALUES } from "../queue";

type Named = { id: string; name: string };

const STATUS_OPTIONS = [
  { value: "terbuka", label: "Masih berjalan" },
  { value: "semua", label: "Semua" },
  ...STATUS_VALUES.map((s) => ({ value: s, label: STATUS[s].label })),
];
const ORDER_OPTIONS = [
  { value: "urgensi", label: "Paling mendesak" },
  { value: "terbaru", label: "Terbaru" },
];

/** The agency queue's filters: a plain GET form, so a filtered queue is a link an officer can share. */
export function QueueFilters({
  agencies,
  agencyId,
  params,
  services,
  opds,
}: {
  agencies: readonly { id: string; shortName: string }[];
  agencyId: string;
  params: QueueParams;
  services: readonly Named[];
  opds: readonly Named[];
}) {
  const all = (items: readonly Named[]) => items.map((i) => ({ value: i.id, label: i.name }));
  return (
    <form
      method="get"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-3"
      aria-label="Filter antrian"
    >
      {agencies.length > 1 && (
        <Select
          id="q-instansi"
          name="instansi"
          label="Instansi"
          defaultValue={agencyId}
          options={agencies.map((a) => ({ value: a.id, label: a.shortName }))}
        />
      )}
      <Select
        id="q-layanan"
        name="layanan"
        label="Layanan"
        defaultValue={params.layanan ?? ""}
        placeholder="Semua"
        options={all(services)}
      />
      <Select id="q-status" name="status" label="Status" defaultValue={params.status} options={STATUS_OPTIONS} />
      <TextField
        id="q-tahap"
        name="tahap"
        label="Tahap"
        type="number"
        inputMode="numeric"
        min={1}
        max={20}
        defaultValue={params.tahap ?? ""}
      />
      <Select id="q-opd" name="opd" label="Dinas (OPD)" defaultValue={params.opd ?? ""} placeholder="Semua" options={all(opds)} />
      <TextField id="q-dari" name="dari" label="Diajukan dari" type="date" defaultValue={params.dari ?? ""} />
      <TextField id="q-sampai" name="sampai" label="sampai" type="date" defaultValue={params.sampai ?? ""} />
      <TextField id="q-cari" name="q" label="Cari nomor atau nama pemohon" type="search" maxLength={80} defaultValue={params.q ?? ""} />
      <Select id="q-urut" name="urut" label="Urutkan" defaultValue={params.urut} options={ORDER_OPTIONS} />
      <Checkbox id="q-terlambat" name="terlambat" value="1" label="Hanya yang terlambat" defaultChecked={params.terlambat === "1"} />
      <Checkbox
        id="q-untuk"
        name="untuk"
        value="saya"
        label="Hanya yang dapat saya tindak lanjuti"
        defaultChecked={params.untuk === "saya"}
      />
      <div className="flex flex-wrap items-center gap-3 sm:items-end">
        <button type="submit" className={buttonClass("primary")}>
          Terapkan
        </button>
        <Link href="/meja/antrian">Atur ulang</Link>
      </div>
    </form>
  );
}
