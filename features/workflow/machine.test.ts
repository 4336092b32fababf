import { describe, expect, it } from "vitest";
import { allowedActions, statusAt, type Stage } from "./machine";

const verify: Stage = { position: 1, kind: "VERIFY", role: "PETUGAS_LAYANAN", name: "Verifikasi" };
const kadis: Stage = { position: 1, kind: "DISPOSE", role: "KEPALA_DINAS", name: "Kadis" };
const kabid: Stage = { position: 2, kind: "DISPOSE", role: "KEPALA_BIDANG", name: "Kabid" };
const execute: Stage = { position: 4, kind: "EXECUTE", role: "PETUGAS_LAYANAN", name: "Pelaksanaan" };

describe("desk state machine", () => {
  it("allows each stage its own actions while the request is open", () => {
    expect(allowedActions(verify, "DIAJUKAN", 2)).toEqual(["accept", "return", "note", "reject"]);
    expect(allowedActions(kadis, "DIAJUKAN", 4)).toEqual(["dispose", "return", "note", "reject"]);
    expect(allowedActions(kabid, "DIVERIFIKASI", 4)).toEqual(["dispose", "return", "note", "reject", "send_back"]);
    expect(allowedActions(execute, "DIPROSES", 4)).toEqual(["assign", "result", "complete", "return", "note", "reject", "send_back"]);
  });
  it("allows nothing on closed requests and only notes while waiting for the applicant", () => {
    expect(allowedActions(execute, "SELESAI", 4)).toEqual([]);
    expect(allowedActions(kadis, "DITOLAK", 4)).toEqual([]);
    expect(allowedActions(kadis, "PERLU_PERBAIKAN", 4)).toEqual(["note"]);
    expect(allowedActions(undefined, "DIAJUKAN", 4)).toEqual([]);
  });
  it("names the status of each stage", () => {
    expect(statusAt(verify, false)).toBe("DIAJUKAN");
    expect(statusAt(kadis, true)).toBe("DIVERIFIKASI");
    expect(statusAt(kabid, false)).toBe("DIVERIFIKASI");
    expect(statusAt(execute, true)).toBe("DIPROSES");
  });
});
