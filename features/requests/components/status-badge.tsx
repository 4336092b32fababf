import { STATUS, TONE_CLASS, type RequestStatus } from "../../lifecycle";

export function StatusBadge({ status }: { status: RequestStatus }) {
  const s = STATUS[status];
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-medium ${TONE_CLASS[s.tone]}`}>{s.label}</span>;
}
