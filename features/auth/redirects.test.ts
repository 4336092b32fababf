import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./redirects";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths and refuses everything else", () => {
    expect(safeCallbackUrl("/instansi/bulungan/hosting-subdomain-email/ajukan")).toBe("/instansi/bulungan/hosting-subdomain-email/ajukan");
    expect(safeCallbackUrl("https://evil.example/")).toBe("/permohonan");
    expect(safeCallbackUrl("//evil.example/")).toBe("/permohonan");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/permohonan");
    expect(safeCallbackUrl(undefined, "/")).toBe("/");
    expect(safeCallbackUrl(["/a", "/b"])).toBe("/a");
  });
});
