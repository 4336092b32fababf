import { ROLE_NAMES, type Role } from "../auth/roles";
import type { RequestStatus } from "./status";

/**
 * The request's lifecycle on a service's own workflow. Pure: which actions a stage allows, which
 * status a stage means, and what the applicant is told comes next. The workflow (ordered stages
 * with a role and a kind) is data seeded from each standard's procedure, so a service whose SOP
 * starts with the Kepala Dinas's disposition (Bangka Belitung) reads differently from one that
 * starts with a completeness check by a petugas (Bulungan).
 */
export type StageKind = "VERIFY" | "DISPOSE" | "EXECUTE";

export interface Stage {
  position: number;
  kind: StageKind;
  role: Role;
  name: string;
}

export type DeskAction = "accept" | "return" | "reject" | "dispose" | "assign" | "note" | "result" | "complete" | "send_back";

export const stageAt = (stages: readonly Stage[], position: number | null | undefined): Stage | undefined =>
  position == null ? undefined : stages.find((s) => s.position === position);

export const nextStage = (stages: readonly Stage[], stage: Stage): Stage | undefined => stageAt(stages, stage.position + 1);

/** Whether the workflow has a completeness check; without one the first official receives the letter as it is. */
export const hasVerification = (stages: readonly Stage[]): boolean => stages.some((s) => s.kind === "VERIFY");

/**
 * Actions the one who may act on the current stage can take. A note is always possible; closed
 * requests and requests waiting for the applicant allow nothing else.
 */
export function allowedActions(stages: readonly Stage[], position: number | null, status: RequestStatus): DeskAction[] {
  const stage = stageAt(stages, position);
  if (!stage || (status !== "DIAJUKAN" && status !== "DIVERIFIKASI" && status !== "DIPROSES")) return ["note"];
  const back: DeskAction[] = stage.position > 1 ? ["send_back"] : [];
  switch (stage.kind) {
    case "VERIFY":
      return ["accept", "return", "reject", ...back, "note"];
    case "DISPOSE":
      return [...(nextStage(stages, stage) ? (["dispose"] as const) : []), "return", "reject", ...back, "note"];
    case "EXECUTE":
      return ["assign", "result", "complete", "return", "reject", ...back, "note"];
  }
}

/**
 * The status a request has while it sits at `stage`: "Diverifikasi" only after a completeness
 * check the workflow really has; a disposition chain without one reads "Diproses" once the first
 * official has acted on it.
 */
export function statusAt(stages: readonly Stage[], stage: Stage): RequestStatus {
  if (stage.kind === "EXECUTE") return "DIPROSES";
  if (stages.some((s) => s.kind === "VERIFY" && s.position < stage.position)) return "DIVERIFIKASI";
  return stage.position === 1 ? "DIAJUKAN" : "DIPROSES";
}

const roleName = (role: Role) => ROLE_NAMES[role];

/** The label of an action as offered at a stage (e.g. "Disposisi kepada Kepala Bidang"). */
export function actionLabel(action: DeskAction, stages: readonly Stage[], stage: Stage | undefined): string {
  switch (action) {
    case "accept":
      return "Nyatakan lengkap dan teruskan";
    case "return":
      return "Kembalikan kepada pemohon untuk perbaikan";
    case "reject":
      return "Tolak permohonan";
    case "dispose": {
      const next = stage && nextStage(stages, stage);
      return next ? `Disposisi kepada ${roleName(next.role)}` : "Disposisi";
    }
    case "assign":
      return stage ? `Alihkan kepada ${roleName(stage.role).toLowerCase()} lain` : "Alihkan";
    case "result":
      return "Unggah dokumen hasil";
    case "complete":
      return "Selesaikan";
    case "send_back":
      return "Kembalikan satu tahap";
    case "note":
      return "Catatan";
  }
}

/** What the applicant is told happens next, from the stage the request is at. */
export function nextStepText(status: RequestStatus, stage: Stage | undefined): string {
  switch (status) {
    case "PERLU_PERBAIKAN":
      return "Perbaiki dokumen atau isian yang diminta, lalu kirim perbaikan.";
    case "SELESAI":
      return "Layanan selesai. Hasil dan surat penyelesaian dapat diunduh.";
    case "DITOLAK":
      return "Permohonan tidak dapat dilayani; lihat alasannya pada riwayat.";
    case "DIBATALKAN":
      return "Permohonan dibatalkan.";
  }
  if (!stage) return "Permohonan sedang diproses.";
  switch (stage.kind) {
    case "VERIFY":
      return `Menunggu pemeriksaan kelengkapan berkas oleh ${roleName(stage.role)}.`;
    case "DISPOSE":
      return `Menunggu disposisi ${roleName(stage.role)}.`;
    case "EXECUTE":
      return `Sedang dikerjakan oleh ${roleName(stage.role)}.`;
  }
}

/** How the moment the SLA clock started is named on the desk: a checked file, or a letter received. */
export const clockStartLabel = (stages: readonly Stage[]): string =>
  hasVerification(stages) ? "Berkas lengkap" : "Diterima untuk diproses";

export const STANDARD_INSTRUCTIONS = [
  "Tanggapan dan saran",
  "Proses lebih lanjut",
  "Koordinasikan/konfirmasikan",
  "Untuk diketahui",
  "Untuk ditindaklanjuti",
  "Siapkan jawaban",
  "Arsipkan",
] as const;

export const URGENCY_NAMES = { BIASA: "Biasa", SEGERA: "Segera", SANGAT_SEGERA: "Sangat segera" } as const;
export type Urgency = keyof typeof URGENCY_NAMES;

/** The next step of a loaded request (status, stage position and its service's stages). */
export function nextStepOf(r: { status: RequestStatus; stagePosition: number | null; service: { stages: readonly Stage[] } }): string {
  return nextStepText(r.status, stageAt(r.service.stages, r.stagePosition));
}

/** The select that `nextStepOf` needs, for queries of pages that show the next step. */
export const STAGE_SELECT = { orderBy: { position: "asc" }, select: { position: true, kind: true, role: true, name: true } } as const;
