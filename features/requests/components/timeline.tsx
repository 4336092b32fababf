import { formatDateTime } from "@/lib/time/zones";
import { eventLabel, STATUS, type RequestStatus } from "../../lifecycle";

export interface TimelineEvent {
  id: string;
  kind: string;
  toStatus: RequestStatus | null;
  actorName?: string | null;
  message?: string | null;
  createdAt: Date;
}

/** The request's history, oldest first, times in the agency's zone. */
export function Timeline({ events, timeZone, showActors = true }: { events: TimelineEvent[]; timeZone: string; showActors?: boolean }) {
  return (
    <ol className="relative space-y-4 border-l-2 border-brand-100 pl-5">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span aria-hidden="true" className="absolute -left-[1.65rem] top-1 h-3 w-3 rounded-full bg-brand-700" />
          <p className="font-medium">
            {eventLabel(e.kind)}
            {e.toStatus && <span className="font-normal text-slate-700"> — status: {STATUS[e.toStatus].label}</span>}
          </p>
          <p className="text-sm text-slate-600">
            <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, timeZone)}</time>
            {showActors && e.actorName ? ` · ${e.actorName}` : ""}
          </p>
          {e.message && <p className="mt-1 whitespace-pre-line">{e.message}</p>}
        </li>
      ))}
    </ol>
  );
}
