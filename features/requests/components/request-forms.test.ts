import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { RequestField } from "../fields";
import type { RequestFormConfig } from "../form-schema";
import type { RequestValues, RevisionItem } from "../revision";
import { ServiceFieldInput } from "./request-fields";
import { RequestForm } from "./request-form";
import { RevisionForm } from "./revision-form";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push() {}, refresh() {} }) }));

/** The page as the browser first receives it: what the applicant sees before any script runs. */
const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

/** The attributes of every `<tag …>` in the markup, whatever order React writes them in. */
function tags(markup: string, tag: string): Record<string, string>[] {
  return [...markup.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ""])),
  );
}
const control = (markup: string, tag: string, name: string) => tags(markup, tag).find((a) => a.name === name);

const subdomain: RequestField = {
  key: "subdomain",
  kind: "subdomain",
  label: "Nama subdomain yang diminta",
  help: "Satu label saja, huruf kecil, angka dan tanda hubung.",
  required: true,
  scopes: ["hosting", "subdomain"],
};
const emailAccounts: RequestField = {
  key: "emailAccounts",
  kind: "email_accounts",
  label: "Akun email yang diminta",
  required: true,
  scopes: ["email"],
};

const config: RequestFormConfig = {
  serviceId: "00000000-0000-4000-8000-000000000001",
  agencyName: "Dinas Komunikasi dan Informatika Kabupaten Bulungan",
  timeZone: "Asia/Makassar",
  agencyDomain: "bulungan.go.id",
  identityKinds: ["NIP", "NI_PPPK"],
  scopes: [
    { code: "hosting", name: "Hosting" },
    { code: "subdomain", name: "Subdomain" },
    { code: "email", name: "Email" },
  ],
  multipleScopes: true,
  fields: [subdomain, emailAccounts],
  documents: [
    {
      code: "surat-permohonan",
      name: "Surat permohonan",
      required: true,
      allowedTypes: ["application/pdf"],
      maxSizeBytes: 5 * 1024 * 1024,
    },
  ],
  opds: [{ id: "00000000-0000-4000-8000-000000000002", name: "Dinas Pendidikan" }],
};

const values: RequestValues = {
  idempotencyKey: "00000000-0000-4000-8000-000000000003",
  serviceId: config.serviceId,
  applicantName: "Ani Rahmawati",
  employeeNumberKind: "NIP",
  employeeNumber: "198609262015052001",
  opdId: "00000000-0000-4000-8000-000000000002",
  opdOther: undefined,
  jabatan: "Pranata Komputer",
  scopeCodes: ["hosting"],
  letterNumber: "005/88/Disdik/2026",
  letterDate: "2026-11-16",
  description: "Mohon hosting untuk aplikasi PPDB sekolah.",
  details: { subdomain: "ppdb" },
};

const revision = (items: RevisionItem[]) =>
  html(
    createElement(RevisionForm, {
      requestId: "r1",
      version: 2,
      items,
      config,
      values,
      editable: items.flatMap((i) => (i.kind === "field" ? [i.field] : [])),
    }),
  );

describe("the application form", () => {
  const form = (defaults: Partial<RequestValues> = {}) =>
    html(createElement(RequestForm, { config, defaults: { ...values, ...defaults }, submitUrl: "/api/permohonan" }));

  it("offers the lingkup as tick boxes where one letter may ask for several, and one choice where it may not", () => {
    expect(
      tags(form(), "input")
        .filter((a) => a.name === "scopeCodes")
        .map((a) => a.type),
    ).toEqual(["checkbox", "checkbox", "checkbox"]);
    const single = html(
      createElement(RequestForm, { config: { ...config, multipleScopes: false }, defaults: values, submitUrl: "/api/permohonan" }),
    );
    expect(
      tags(single, "input")
        .filter((a) => a.name === "scopeCodes")
        .map((a) => a.type),
    ).toEqual(["radio", "radio", "radio"]);
  });

  it("shows the fields of every ticked lingkup", () => {
    const page = form({ scopeCodes: ["hosting", "email"] });
    expect(control(page, "input", "details.subdomain")).toBeDefined();
    expect(control(page, "textarea", "details.emailAccounts")).toBeDefined();
    expect(control(form({ scopeCodes: ["email"] }), "input", "details.subdomain")).toBeUndefined();
  });

  it("asks for the number and date of the letter where the service requires one", () => {
    const page = form();
    expect(control(page, "input", "letterNumber")).toBeDefined();
    expect(control(page, "input", "letterDate")).toMatchObject({ type: "date" });
    expect(control(page, "input", "letterDate")?.max).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const noLetter = html(
      createElement(RequestForm, {
        config: { ...config, documents: [{ ...config.documents[0]!, code: "formulir" }] },
        defaults: values,
        submitUrl: "/api/permohonan",
      }),
    );
    expect(control(noLetter, "input", "letterNumber")).toBeUndefined();
  });
});

describe("the revision form", () => {
  it("asks for a subdomain the way the application form does: the agency's domain after it, the hint, the value as sent", () => {
    const page = revision([{ kind: "field", field: "details.subdomain", label: "Nama subdomain", reason: "ppdb sudah dipakai." }]);
    expect(page).toContain("Alasan petugas: ppdb sudah dipakai.");
    expect(control(page, "input", "details.subdomain")?.value).toBe("ppdb");
    expect(page).toContain(".bulungan.go.id");
    expect(page).toContain("Satu label saja, huruf kecil, angka dan tanda hubung.");
    expect(page).not.toContain("<textarea");
  });

  it("says which file types and size each document to replace may have", () => {
    const page = revision([{ kind: "document", code: "surat-permohonan", label: "Surat permohonan", reason: "Belum ditandatangani." }]);
    expect(page).toContain("Surat permohonan yang sudah diperbaiki");
    expect(page).toContain("PDF, maksimal 5 MB.");
    expect(control(page, "input", "document.surat-permohonan")).toMatchObject({ type: "file", accept: ".pdf,application/pdf" });
  });

  it("offers the lingkup as tick boxes with the fields of each ticked lingkup, and the letter's date as a date", () => {
    const page = revision([
      { kind: "field", field: "scopeCodes", label: "Lingkup layanan", reason: "Surat juga meminta akun email." },
      { kind: "field", field: "letterDate", label: "Tanggal surat", reason: "Tidak sesuai surat." },
    ]);
    const boxes = tags(page, "input").filter((a) => a.name === "scopeCodes");
    expect(boxes.map((b) => [b.type, b.value, "checked" in b])).toEqual([
      ["checkbox", "hosting", true],
      ["checkbox", "subdomain", false],
      ["checkbox", "email", false],
    ]);
    expect(control(page, "input", "details.subdomain")?.value).toBe("ppdb");
    expect(control(page, "textarea", "details.emailAccounts")).toBeUndefined();
    expect(control(page, "input", "letterDate")).toMatchObject({ type: "date", value: "2026-11-16" });
  });
});

describe("a service field", () => {
  it("puts its error next to the control and ties both together", () => {
    const page = html(
      createElement(ServiceFieldInput, {
        field: subdomain,
        id: "r-details.subdomain",
        agencyDomain: "bulungan.go.id",
        binding: { name: "details.subdomain", defaultValue: "PPDB Baru" },
        error: "Nama subdomain harus huruf kecil semua; gunakan “ppdb baru”.",
      }),
    );
    expect(page).toContain('aria-invalid="true"');
    expect(page).toContain('aria-describedby="r-details.subdomain-hint r-details.subdomain-error"');
    expect(page).toMatch(/id="r-details\.subdomain-error"[^>]*>Nama subdomain harus huruf kecil semua/);
    expect(control(page, "input", "details.subdomain")?.value).toBe("PPDB Baru");
  });

  it("renders e-mail accounts as a list with the mail domain, a choice as a select and a date as a date", () => {
    const render = (field: RequestField) =>
      html(createElement(ServiceFieldInput, { field, id: `f-${field.key}`, agencyDomain: "bulungan.go.id", binding: { name: field.key } }));
    expect(control(render(emailAccounts), "textarea", "emailAccounts")).toBeDefined();
    expect(render(emailAccounts)).toContain("Setiap akun menjadi alamat …@bulungan.go.id.");
    const choice = render({
      key: "size",
      kind: "choice",
      label: "Kapasitas",
      required: false,
      options: [
        { value: "1", label: "1 GB" },
        { value: "5", label: "5 GB" },
      ],
    });
    expect(control(choice, "select", "size")).toBeDefined();
    expect(choice).toContain(">5 GB</option>");
    expect(choice).toContain("tidak wajib");
    expect(control(render({ key: "golive", kind: "date", label: "Tanggal tayang", required: true }), "input", "golive")?.type).toBe("date");
  });
});
