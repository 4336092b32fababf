import { describe, expect, it } from "vitest";
import { actionLabel, allowedActions, clockStartLabel, nextStepText, type Stage, statusAt } from "./machine";

const verify: Stage = { position: 1, kind: "VERIFY", role: "PETUGAS_LAYANAN", name: "Verifikasi" };
const execute2: Stage = { position: 2, kind: "EXECUTE", role: "PENANGGUNG_JAWAB_TEKNIS", name: "Pelaksanaan" };
/** Bangka Belitung's SOP: the Kadis receives the letter, the chain disposes, the petugas carries it out. */
const babel: Stage[] = [
  { position: 1, kind: "DISPOSE", role: "KEPALA_DINAS", name: "Disposisi Kepala Dinas" },
  { position: 2, kind: "DISPOSE", role: "KEPALA_BIDANG", name: "Disposisi Kepala Bidang" },
  { position: 3, kind: "DISPOSE", role: "SUB_KOORDINATOR", name: "Perintah Sub Koordinator" },
  { position: 4, kind: "EXECUTE", role: "PETUGAS_LAYANAN", name: "Pelaksanaan oleh petugas service desk" },
];
const bulungan: Stage[] = [verify, execute2];

describe("allowedActions", () => {
  it("offers per stage kind what the stage can do, a note always", () => {
    expect(allowedActions(bulungan, 1, "DIAJUKAN")).toEqual(["accept", "return", "reject", "note"]);
    expect(allowedActions(bulungan, 2, "DIPROSES")).toEqual(["assign", "result", "complete", "return", "reject", "send_back", "note"]);
    expect(allowedActions(babel, 1, "DIAJUKAN")).toEqual(["dispose", "return", "reject", "note"]);
    expect(allowedActions(babel, 3, "DIPROSES")).toEqual(["dispose", "return", "reject", "send_back", "note"]);
  });
  it("lets the first official of a chain without a completeness check return the letter to the applicant", () => {
    expect(allowedActions(babel, 1, "DIAJUKAN")).toContain("return");
  });
  it("allows only a note while the applicant fixes the request or once it is closed", () => {
    expect(allowedActions(bulungan, 1, "PERLU_PERBAIKAN")).toEqual(["note"]);
    expect(allowedActions(bulungan, null, "SELESAI")).toEqual(["note"]);
  });
});

describe("statusAt", () => {
  it("reads 'Diverifikasi' only after a real completeness check", () => {
    const withCheck: Stage[] = [verify, { ...babel[1]!, position: 2 }, { ...execute2, position: 3 }];
    expect(statusAt(withCheck, withCheck[0]!)).toBe("DIAJUKAN");
    expect(statusAt(withCheck, withCheck[1]!)).toBe("DIVERIFIKASI");
    expect(statusAt(withCheck, withCheck[2]!)).toBe("DIPROSES");
  });
  it("never says 'Diverifikasi' on a disposition chain nobody checked", () => {
    expect(statusAt(babel, babel[0]!)).toBe("DIAJUKAN");
    expect(statusAt(babel, babel[1]!)).toBe("DIPROSES");
    expect(statusAt(babel, babel[3]!)).toBe("DIPROSES");
  });
});

describe("what the applicant and the officer read", () => {
  it("tells the Bangka Belitung applicant the Kadis disposes first, not that a petugas verifies", () => {
    expect(nextStepText("DIAJUKAN", babel[0])).toBe("Menunggu disposisi Kepala Dinas.");
    expect(nextStepText("DIAJUKAN", verify)).toBe("Menunggu pemeriksaan kelengkapan berkas oleh Petugas layanan.");
    expect(nextStepText("DIPROSES", babel[3])).toBe("Sedang dikerjakan oleh Petugas layanan.");
  });
  it("names the clock start by what happened", () => {
    expect(clockStartLabel(bulungan)).toBe("Berkas lengkap");
    expect(clockStartLabel(babel)).toBe("Diterima untuk diproses");
  });
  it("offers to hand execution to another holder of the stage's own role, not to a role the SOP lacks", () => {
    expect(actionLabel("assign", babel, babel[3])).toBe("Alihkan kepada petugas layanan lain");
    expect(actionLabel("assign", babel, babel[3])).not.toMatch(/penanggung jawab teknis/i);
    expect(actionLabel("dispose", babel, babel[0])).toBe("Disposisi kepada Kepala Bidang");
  });
});
