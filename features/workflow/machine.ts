/**
 * The request's state machine on the staff desk. Pure: which actions a stage allows in which
 * status, and where each action leads. The service's workflow (its ordered stages) is data.
 */
export type StageKind = "VERIFY" | "DISPOSE" | "EXECUTE";
export type RequestStatus = "DIAJUKAN" | "PERLU_PERBAIKAN" | "DIVERIFIKASI" | "DIPROSES" | "SELESAI" | "DITOLAK" | "DIBATALKAN";
export type DeskAction = "accept" | "return" | "reject" | "dispose" | "assign" | "note" | "result" | "complete" | "send_back";

export interface Stage {
  position: number;
  kind: StageKind;
  role: string;
  name: string;
}

export const OPEN_STATUSES: readonly RequestStatus[] = ["DIAJUKAN", "DIVERIFIKASI", "DIPROSES"];

export const ACTION_NAMES: Record<DeskAction, string> = {
  accept: "Nyatakan lengkap dan teruskan",
  return: "Kembalikan kepada pemohon untuk perbaikan",
  reject: "Tolak permohonan",
  dispose: "Disposisi",
  assign: "Tunjuk penanggung jawab teknis",
  note: "Catatan",
  result: "Unggah dokumen hasil",
  complete: "Selesaikan",
  send_back: "Kembalikan satu langkah",
};

/** Actions the holder of the current stage may take. */
export function allowedActions(stage: Stage | undefined, status: RequestStatus, stageCount: number): DeskAction[] {
  if (!stage || !OPEN_STATUSES.includes(status)) return status === "PERLU_PERBAIKAN" ? ["note"] : [];
  const common: DeskAction[] = ["note", "reject", ...(stage.position > 1 ? (["send_back"] as const) : [])];
  switch (stage.kind) {
    case "VERIFY":
      return ["accept", "return", ...common];
    case "DISPOSE":
      return stage.position < stageCount ? ["dispose", "return", ...common] : ["return", ...common];
    case "EXECUTE":
      return ["assign", "result", "complete", "return", ...common];
  }
}

/** The status a request has while it sits at `stage`. */
export function statusAt(stage: Stage, receivedComplete: boolean): RequestStatus {
  if (stage.kind === "EXECUTE") return "DIPROSES";
  return receivedComplete || stage.position > 1 ? "DIVERIFIKASI" : "DIAJUKAN";
}

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
