import { describe, expect, it } from "vitest";
import { keptList, keptText, summaryItems } from "@/components/forms/feedback";

describe("form feedback", () => {
  it("links each field error to the field's id and leaves form-wide and hidden-field errors unlinked", () => {
    expect(
      summaryItems(
        {
          reason: ["Alasan pengembalian minimal 3 karakter."],
          "reason.7d1c": ["Alasan wajib diisi."],
          version: ["Muat ulang halaman."],
          _form: ["Gagal."],
        },
        "verify",
        ["version", "requestId"],
      ),
    ).toEqual([
      { message: "Alasan pengembalian minimal 3 karakter.", href: "#verify-reason" },
      { message: "Alasan wajib diisi.", href: "#verify-reason.7d1c" },
      { message: "Muat ulang halaman." },
      { message: "Gagal." },
    ]);
  });

  it("joins several messages of one field into one line", () => {
    expect(summaryItems({ "hours.1": ["Jam tidak valid.", "Jam mulai setelah jam selesai."] }, "wh")).toEqual([
      { message: "Jam tidak valid. Jam mulai setelah jam selesai.", href: "#wh-hours.1" },
    ]);
  });

  it("reads back single values and lists; an unticked group reads as empty", () => {
    const values = { urgency: "SEGERA", instructions: ["Arsipkan", "Proses lebih lanjut"], note: "" };
    expect(keptText(values, "urgency")).toBe("SEGERA");
    expect(keptText(values, "note")).toBe("");
    expect(keptText(values, "missing")).toBeUndefined();
    expect(keptText(null, "urgency")).toBeUndefined();
    expect(keptList(values, "instructions")).toEqual(["Arsipkan", "Proses lebih lanjut"]);
    expect(keptList(values, "urgency")).toEqual(["SEGERA"]);
    expect(keptList(values, "visibleToApplicant")).toEqual([]);
  });
});
