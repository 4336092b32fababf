import Link from "next/link";
import { ROLE_NAMES, type Role } from "@/features/auth/roles";
import { formatFileSize } from "@/features/documents/file-type";
import { maskIdentityNumber } from "@/features/identity/employee-number";
import { StatusBadge } from "@/features/requests/components/status-badge";
import { Timeline } from "@/features/requests/components/timeline";
import { HistoryPager, withCursor } from "@/features/requests/components/history-pager";
import { t } from "@/lib/i18n";
import { IDENTITY_LABELS } from "@/features/requests/form-schema";
import { scopeNamesOf } from "@/features/requests/scopes";
import { formatDate, formatDateTime } from "@/lib/time/zones";
import { StackedTable } from "@/components/data/stacked-table";
import { AssignForm, CompleteForm, DisposeForm, NoteForm, RejectForm, SendBackForm } from "./desk-action-forms";
import { ResultUpload } from "./result-upload";
import { ReturnForm } from "./return-form";
import { VerifyPanel } from "./verify-panel";
import type { DeskRequest } from "../desk-queries";
import { actionLabel, auditActionLabel, clockStartLabel, URGENCY_NAMES } from "../../lifecycle";

/** The URL parameters of the page's paged lists. */
export type HistoryParam = "riwayat" | "catatan" | "audit";

const panelId = (title: string) => `panel-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  const id = panelId(title);
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

type AuditRow = DeskRequest["audit"][number];

/** Outcomes shown after an action moved the request on (the form itself is gone by then). */
export const OUTCOMES: Record<string, string> = {
  disposisi: "Disposisi terkirim.",
  lengkap: "Berkas dinyatakan lengkap dan diteruskan.",
  dikembalikan: "Permohonan dikembalikan kepada pemohon untuk perbaikan.",
  ditugaskan: "Penanggung jawab teknis ditugaskan.",
  selesai: "Permohonan selesai.",
  ditolak: "Permohonan ditolak.",
  mundur: "Permohonan dikembalikan satu langkah.",
};

export function DeskRequestView({
  data,
  outcome,
  sla,
  identityRevealed = false,
  history,
}: {
  data: DeskRequest;
  /** The query the page was opened with (its lists' cursors) and whether a cursor in it was not valid. */
  history?: { query: Partial<Record<string, string | string[]>>; invalid: boolean };
  outcome?: string;
  sla?: React.ReactNode;
  /** The whole NIP/NIK was asked for (and logged); otherwise it stays masked. */
  identityRevealed?: boolean;
}) {
  const { request: r, staff, audit, actions, onBehalfOf, links } = data;
  const keep: Record<string, string | undefined> = {};
  for (const key of ["identitas", "riwayat", "catatan", "audit"] as const) {
    const value = history?.query[key];
    keep[key] = Array.isArray(value) ? value[0] : value;
  }
  const pageHref = (param: HistoryParam, anchor: string) => (cursor: string | null) =>
    withCursor(`/meja/permohonan/${r.id}`, keep, param, cursor, panelId(anchor));
  const zone = r.agency.timeZone;
  const stages = r.service.stages;
  const stage = stages.find((s) => s.position === r.stagePosition);
  const next = stage ? stages.find((s) => s.position === stage.position + 1) : undefined;
  const holdersOf = (role: string) =>
    staff
      .filter((m) => m.role === role)
      .map((m) => ({ id: m.user.id, label: `${m.title ?? ROLE_NAMES[m.role as Role]} — ${m.user.name}` }));
  const current = r.documents.filter((d) => !d.supersededAt);
  const latestCheck = new Map<string, { valid: boolean; reason: string | null }>();
  for (const c of r.checks) if (!latestCheck.has(c.documentId)) latestCheck.set(c.documentId, c);
  const assignee = staff.find((m) => m.user.id === r.assigneeId)?.user.name;
  const details = r.details as Record<string, string>;
  const fieldLabels = (r.service.requestFields as { key: string; label: string }[]).map((f) => ({
    key: `details.${f.key}`,
    label: f.label,
  }));
  const hidden = { requestId: r.id, version: r.version };
  const scopeNames = scopeNamesOf(r.service.scopes, r.scopeCodes);

  return (
    <article className="min-w-0 space-y-5 wrap-break-word">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href="/meja/antrian">← Antrian</Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold wrap-anywhere">{r.registrationNumber}</h1>
          <StatusBadge status={r.status} />
        </div>
        <p>
          {r.service.name}
          {scopeNames ? ` — ${scopeNames}` : ""} · {r.agency.name}
        </p>
        <p className="text-sm text-slate-700">
          Tahap: {stage ? `${stage.position}. ${stage.name} (${ROLE_NAMES[stage.role as Role]})` : "—"}
          {assignee ? ` · Ditugaskan kepada ${assignee}` : ""}
          {r.dueAt ? ` · Batas waktu ${formatDateTime(r.dueAt, zone)}` : ""}
        </p>
        {outcome && OUTCOMES[outcome] && (
          <p role="status" className="rounded-md border border-emerald-400 bg-emerald-50 p-2">
            {OUTCOMES[outcome]}
          </p>
        )}
        {onBehalfOf && (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm">
            Anda bertindak sebagai {onBehalfOf.kind === "PLT" ? "Plt." : "Plh."} untuk {onBehalfOf.name}.
          </p>
        )}
        <p className="flex flex-wrap gap-3 text-sm">
          <a href={`/api/meja/permohonan/${r.id}/lembar-disposisi`}>Lembar disposisi (PDF)</a>
          <a href={`/api/permohonan/${r.id}/tanda-terima`}>Tanda terima (PDF)</a>
          {r.status === "SELESAI" && <a href={`/api/permohonan/${r.id}/surat-penyelesaian`}>Surat penyelesaian (PDF)</a>}
          <a href={`/api/meja/permohonan/${r.id}/audit.csv`}>Jejak audit (CSV)</a>
        </p>
      </header>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-5">
          {sla}
          <Panel title="Data permohonan">
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_minmax(0,1fr)] max-sm:[&_dd]:mb-2">
              <dt className="font-medium">Pemohon</dt>
              <dd>
                {r.applicantName} (<span className="wrap-anywhere">{r.applicantEmail}</span>)
              </dd>
              <dt className="font-medium">{IDENTITY_LABELS[r.employeeNumberKind]}</dt>
              <dd>
                {identityRevealed ? (
                  <span className="font-mono">{r.employeeNumber}</span>
                ) : (
                  <>
                    {maskIdentityNumber(r.employeeNumber)}{" "}
                    <a href={`/meja/permohonan/${r.id}?identitas=lengkap`} className="text-sm">
                      {t("desk.identity.reveal")}
                    </a>
                  </>
                )}
              </dd>
              <dt className="font-medium">Dinas</dt>
              <dd>{r.opdName}</dd>
              <dt className="font-medium">Jabatan</dt>
              <dd>{r.jabatan}</dd>
              {r.letterNumber && (
                <>
                  <dt className="font-medium">Nomor surat</dt>
                  <dd>{r.letterNumber}</dd>
                </>
              )}
              {r.letterDate && (
                <>
                  <dt className="font-medium">Tanggal surat</dt>
                  <dd>{formatDate(r.letterDate)}</dd>
                </>
              )}
              <dt className="font-medium">Diajukan</dt>
              <dd>{formatDateTime(r.submittedAt, zone)}</dd>
              {r.receivedCompleteAt && (
                <>
                  <dt className="font-medium">{clockStartLabel(stages)}</dt>
                  <dd>{formatDateTime(r.receivedCompleteAt, zone)}</dd>
                </>
              )}
              {r.targetWorkingDays && (
                <>
                  <dt className="font-medium">Target</dt>
                  <dd>
                    {r.targetWorkingDays} hari kerja — {r.targetReason}
                  </dd>
                </>
              )}
              {Object.entries(details).map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="font-medium">{fieldLabels.find((f) => f.key === `details.${k}`)?.label ?? k}</dt>
                  <dd className="whitespace-pre-line">{v}</dd>
                </div>
              ))}
              <dt className="font-medium">Keterangan</dt>
              <dd className="whitespace-pre-line">{r.description}</dd>
              {r.resultSummary && (
                <>
                  <dt className="font-medium">Hasil</dt>
                  <dd className="whitespace-pre-line">{r.resultSummary}</dd>
                </>
              )}
            </dl>
          </Panel>

          <Panel title="Dokumen">
            <ul className="space-y-1">
              {r.documents.map((d) => {
                const check = latestCheck.get(d.id);
                return (
                  <li key={d.id} className={`wrap-anywhere ${d.supersededAt ? "text-slate-500" : ""}`}>
                    {d.requirementName} v{d.version}: <a href={`/api/dokumen/${d.id}`}>{d.fileName}</a> ({formatFileSize(d.sizeBytes)}) ·{" "}
                    <a href={`/api/dokumen/${d.id}?lihat=1`} target="_blank" rel="noopener">
                      Lihat
                    </a>
                    {d.supersededAt && " — diganti"}
                    {check && ` — ${check.valid ? "sah" : `perlu perbaikan: ${check.reason}`}`}
                  </li>
                );
              })}
            </ul>
            {r.results.length > 0 && (
              <>
                <h4 className="font-medium">Dokumen hasil</h4>
                <ul>
                  {r.results.map((d) => (
                    <li key={d.id} className="wrap-anywhere">
                      <a href={`/api/hasil/${d.id}`}>{d.fileName}</a> ({formatFileSize(d.sizeBytes)})
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Panel>

          <Panel title="Disposisi">
            {r.dispositions.length === 0 ? (
              <p className="text-slate-600">Belum ada disposisi.</p>
            ) : (
              <ol className="space-y-2">
                {r.dispositions.map((d) => (
                  <li key={d.id} className="border-l-4 border-brand-100 pl-3">
                    <p>
                      <span className="font-medium">{d.fromTitle}</span> ({d.fromName}
                      {d.onBehalfOfName ? `, menggantikan ${d.onBehalfOfName}` : ""}) → <span className="font-medium">{d.toTitle}</span> (
                      {d.toName})
                    </p>
                    <p className="text-sm">
                      {URGENCY_NAMES[d.urgency]} · {d.instructions.join(", ")} · {formatDateTime(d.createdAt, zone)}
                    </p>
                    {d.note && <p className="text-sm italic">“{d.note}”</p>}
                  </li>
                ))}
              </ol>
            )}
          </Panel>

          <Panel title="Riwayat">
            {history?.invalid && <p className="text-sm text-amber-800">{t("history.invalidCursor")}</p>}
            <HistoryPager links={links.events} href={pageHref("riwayat", "Riwayat")} />
            <Timeline events={r.events} timeZone={zone} />
          </Panel>

          <Panel title="Catatan">
            <HistoryPager links={links.notes} href={pageHref("catatan", "Catatan")} />
            {r.notes.length === 0 ? (
              <p className="text-slate-600">Belum ada catatan.</p>
            ) : (
              <ul className="space-y-1">
                {r.notes.map((n) => (
                  <li key={n.id}>
                    <span className="text-sm text-slate-600">
                      {formatDateTime(n.createdAt, zone)} · {n.authorName} · {n.visibleToApplicant ? "terlihat pemohon" : "internal"}
                    </span>
                    <p className="whitespace-pre-line">{n.body}</p>
                  </li>
                ))}
              </ul>
            )}
          </Panel>

          <Panel title="Jejak audit">
            <HistoryPager links={links.audit} href={pageHref("audit", "Jejak audit")} />
            <StackedTable<AuditRow>
              caption="Jejak audit permohonan ini"
              rows={audit}
              rowKey={(a) => String(a.id)}
              columns={[
                { header: "Waktu", cell: (a) => formatDateTime(a.createdAt, zone), nowrap: true, rowHeader: true },
                { header: "Pelaku", cell: (a) => `${a.actorName}${a.onBehalfOfId ? " (pengganti)" : ""}` },
                { header: "Tindakan", cell: (a) => auditActionLabel(a.action) },
              ]}
            />
          </Panel>
        </div>

        <aside className="min-w-0 space-y-4" aria-label="Tindakan">
          <h2 className="text-lg font-semibold">Tindakan</h2>
          {actions.length === 0 && <p className="text-slate-600">Tidak ada tindakan untuk Anda pada tahap ini.</p>}
          {actions.includes("return") && !actions.includes("accept") && (
            <Panel title={actionLabel("return", stages, stage)}>
              <ReturnForm
                hidden={hidden}
                documents={current.map((d) => ({ id: d.id, name: d.requirementName, fileName: d.fileName }))}
                fields={data.returnable}
              />
            </Panel>
          )}
          {actions.includes("accept") && (
            <Panel title="Verifikasi kelengkapan">
              <VerifyPanel
                requestId={r.id}
                version={r.version}
                documents={current.map((d) => ({ id: d.id, name: d.requirementName, fileName: d.fileName }))}
                fields={data.returnable}
                assignees={next ? holdersOf(next.role) : []}
                needsTarget={data.needsTarget}
              />
            </Panel>
          )}
          {actions.includes("dispose") && next && (
            <Panel title={`${actionLabel("dispose", stages, stage)}`}>
              <DisposeForm hidden={hidden} recipients={holdersOf(next.role).map((o) => ({ value: o.id, label: o.label }))} />
            </Panel>
          )}
          {actions.includes("assign") && (
            <Panel title={actionLabel("assign", stages, stage)}>
              <AssignForm
                hidden={hidden}
                label={stage ? ROLE_NAMES[stage.role as Role] : "Pelaksana"}
                candidates={(stage ? holdersOf(stage.role) : [])
                  .filter((o) => o.id !== r.assigneeId)
                  .map((o) => ({ value: o.id, label: o.label }))}
              />
            </Panel>
          )}
          {actions.includes("result") && (
            <Panel title={actionLabel("result", stages, stage)}>
              <ResultUpload requestId={r.id} />
            </Panel>
          )}
          {actions.includes("complete") && (
            <Panel title={actionLabel("complete", stages, stage)}>
              <CompleteForm hidden={hidden} />
            </Panel>
          )}
          {actions.includes("send_back") && (
            <Panel title={actionLabel("send_back", stages, stage)}>
              <SendBackForm hidden={hidden} />
            </Panel>
          )}
          {actions.includes("reject") && (
            <Panel title={actionLabel("reject", stages, stage)}>
              <RejectForm hidden={hidden} />
            </Panel>
          )}
          <Panel title="Tambah catatan">
            <NoteForm requestId={r.id} />
          </Panel>
        </aside>
      </div>
    </article>
  );
}
