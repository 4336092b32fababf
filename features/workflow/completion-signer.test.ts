import { describe, expect, it } from "vitest";
import { chooseCompletionSigner, completionSignature, type Official } from "./completion-signer";

const HEAD = "Kepala Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung";

const kadis: Official = {
  userId: "kadis",
  name: "Dr. Ahmad Sopian",
  role: "KEPALA_DINAS",
  title: "Kepala Dinas Komunikasi dan Informatika",
  nip: "196912101994031004",
};
const kabidEgov: Official = {
  userId: "kabid-egov",
  name: "Rina Oktaviani",
  role: "KEPALA_BIDANG",
  title: "Kepala Bidang e-Government dan Statistik",
  nip: "197510262001122001",
};
const kabidIkp: Official = {
  userId: "kabid-ikp",
  name: "Yudi Pratama",
  role: "KEPALA_BIDANG",
  title: "Kepala Bidang Informasi dan Komunikasi Publik",
  nip: "197901052003121002",
};
const petugas: Official = {
  userId: "petugas",
  name: "Melati Anggraini",
  role: "PETUGAS_LAYANAN",
  title: "Petugas Service Desk",
  nip: "199206142018012003",
};

const officials = [kadis, kabidIkp, kabidEgov, petugas];

describe("chooseCompletionSigner", () => {
  it("takes the Kepala Bidang the request was disposed through when staff completed it", () => {
    const signer = chooseCompletionSigner({
      completerId: "petugas",
      chainUserIds: ["sub", "kabid-egov", "kadis"],
      officials,
      unitName: null,
    });
    expect(signer).toEqual(kabidEgov);
  });

  it("lets a Kepala Bidang or the Kepala Dinas who completed the request sign it", () => {
    expect(chooseCompletionSigner({ completerId: "kabid-ikp", chainUserIds: ["kabid-egov"], officials, unitName: null })).toEqual(kabidIkp);
    expect(chooseCompletionSigner({ completerId: "kadis", chainUserIds: ["kabid-egov"], officials, unitName: null })).toEqual(kadis);
  });

  it("without a disposition chain, takes the Kepala Bidang of the unit that runs the services", () => {
    const signer = chooseCompletionSigner({
      completerId: "petugas",
      chainUserIds: [],
      officials,
      unitName: "Bidang e-Government dan Statistik",
    });
    expect(signer).toEqual(kabidEgov);
    // No unit named: the first Kepala Bidang appointed.
    expect(chooseCompletionSigner({ completerId: "petugas", chainUserIds: [], officials, unitName: null })).toEqual(kabidIkp);
  });

  it("falls back to the officer who completed it, then to the Kepala Dinas", () => {
    expect(chooseCompletionSigner({ completerId: "petugas", chainUserIds: [], officials: [kadis, petugas], unitName: null })).toEqual(
      petugas,
    );
    expect(chooseCompletionSigner({ completerId: "platform-admin", chainUserIds: [], officials: [kadis], unitName: null })).toEqual(kadis);
    expect(chooseCompletionSigner({ completerId: null, chainUserIds: [], officials: [], unitName: null })).toBeNull();
  });
});

describe("completionSignature", () => {
  it("signs a.n. the Kepala Dinas with the signer's own title, name and NIP", () => {
    expect(completionSignature({ signer: kabidEgov, headTitle: HEAD, substitute: null, fallbackName: "" })).toEqual({
      onBehalfOf: HEAD,
      title: "Kepala Bidang e-Government dan Statistik",
      name: "Rina Oktaviani",
      nip: "197510262001122001",
    });
  });

  it("has the Kepala Dinas sign in person, under the full name of the post", () => {
    expect(completionSignature({ signer: kadis, headTitle: HEAD, substitute: null, fallbackName: "" })).toEqual({
      onBehalfOf: null,
      title: HEAD,
      name: "Dr. Ahmad Sopian",
      nip: "196912101994031004",
    });
  });

  it("has a Plh or Plt sign under the post they stand in for, with their own name and NIP", () => {
    const substitute = { name: "Hadi Susanto", nip: "198108052006041002", kind: "PLH" as const };
    expect(completionSignature({ signer: kabidEgov, headTitle: HEAD, substitute, fallbackName: "" })).toEqual({
      onBehalfOf: HEAD,
      title: "Plh. Kepala Bidang e-Government dan Statistik",
      name: "Hadi Susanto",
      nip: "198108052006041002",
    });
    const plt = { name: "Rina Oktaviani", nip: null, kind: "PLT" as const };
    expect(completionSignature({ signer: kadis, headTitle: HEAD, substitute: plt, fallbackName: "" })).toEqual({
      onBehalfOf: null,
      title: `Plt. ${HEAD}`,
      name: "Rina Oktaviani",
      nip: null,
    });
  });

  it("names the post by its role when the official has no title, and the unit's head by the unit", () => {
    const untitled = { ...kabidEgov, title: null };
    expect(
      completionSignature({
        signer: untitled,
        headTitle: HEAD,
        substitute: null,
        fallbackName: "",
        unitName: "Bidang Aplikasi Informatika",
      }).title,
    ).toBe("Kepala Bidang Aplikasi Informatika");
    expect(completionSignature({ signer: { ...petugas, title: "  " }, headTitle: HEAD, substitute: null, fallbackName: "" }).title).toBe(
      "Petugas Layanan",
    );
  });

  it("signs with the completing officer's recorded name when nobody of the office is known", () => {
    expect(completionSignature({ signer: null, headTitle: HEAD, substitute: null, fallbackName: "Admin Platform Loket" })).toEqual({
      onBehalfOf: HEAD,
      title: "Petugas Layanan",
      name: "Admin Platform Loket",
      nip: null,
    });
  });
});
