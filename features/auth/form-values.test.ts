import { describe, expect, it } from "vitest";
import { submittedValues } from "./form-values";

describe("submittedValues", () => {
  it("keeps text, repeated keys as lists, and drops files, secrets and React's action fields", () => {
    const form = new FormData();
    form.append("reason", "Surat belum ditandatangani.");
    form.append("instructions", "Proses lebih lanjut");
    form.append("instructions", "Arsipkan");
    form.append("check.7d1c", "perbaiki");
    form.append("file", new File(["%PDF-1.4"], "hasil.pdf"));
    form.append("password", "Rahasia-2026");
    form.append("initialPassword", "Rahasia-2026");
    form.append("confirm", "Rahasia-2026");
    form.append("$ACTION_ID_abc", "");
    expect(submittedValues(form)).toEqual({
      reason: "Surat belum ditandatangani.",
      instructions: ["Proses lebih lanjut", "Arsipkan"],
      "check.7d1c": "perbaiki",
    });
  });

  it("keeps an empty text field as an empty string, so the form shows it empty", () => {
    const form = new FormData();
    form.append("note", "");
    expect(submittedValues(form)).toEqual({ note: "" });
  });
});
