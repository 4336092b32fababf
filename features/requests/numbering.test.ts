import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatRegistrationNumber,
  formatTrackingCode,
  generateTrackingCode,
  isTrackingCode,
  normalizeTrackingCode,
  parseRegistrationNumber,
  REGISTRATION_SEQUENCE_DIGITS,
  registrationPrefix,
  TRACKING_CODE_ALPHABET,
} from "./numbering";

describe("registration number", () => {
  it("formats agency, year and a zero-padded sequence", () => {
    expect(formatRegistrationNumber({ agencyCode: "BLG", year: 2026, sequence: 123 })).toBe("BLG-2026-000123");
    expect(formatRegistrationNumber({ agencyCode: "HALTIM", year: 2027, sequence: 999_999 })).toBe("HALTIM-2027-999999");
  });

  it("refuses parts this system would never issue", () => {
    expect(() => formatRegistrationNumber({ agencyCode: "blg", year: 2026, sequence: 1 })).toThrow(RangeError);
    expect(() => formatRegistrationNumber({ agencyCode: "B", year: 2026, sequence: 1 })).toThrow(RangeError);
    expect(() => formatRegistrationNumber({ agencyCode: "BLG", year: 26, sequence: 1 })).toThrow(RangeError);
    expect(() => formatRegistrationNumber({ agencyCode: "BLG", year: 2026, sequence: 0 })).toThrow(RangeError);
    expect(() => formatRegistrationNumber({ agencyCode: "BLG", year: 2026, sequence: 1_000_000 })).toThrow(RangeError);
    expect(() => formatRegistrationNumber({ agencyCode: "BLG", year: 2026, sequence: 1.5 })).toThrow(RangeError);
  });

  it("parses what people type: lowercase, spaces, typographic dashes", () => {
    const expected = { agencyCode: "BLG", year: 2026, sequence: 123 };
    expect(parseRegistrationNumber("BLG-2026-000123")).toEqual(expected);
    expect(parseRegistrationNumber("  blg-2026-000123 \n")).toEqual(expected);
    expect(parseRegistrationNumber("BLG – 2026 – 000123")).toEqual(expected);
  });

  it("returns null when malformed", () => {
    for (const text of [
      "",
      "BLG-2026-123",
      "BLG-2026-0001234",
      "B-2026-000123",
      "BLG2026000123",
      "BLG-2026-000000",
      "B1G-2026-000123",
      "BLG-1999-000001",
    ]) {
      expect(parseRegistrationNumber(text), text).toBeNull();
    }
  });

  it("round-trips every valid number", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{2,6}$/),
        fc.integer({ min: 2000, max: 9999 }),
        fc.integer({ min: 1, max: 999_999 }),
        (agencyCode, year, sequence) => {
          const parts = { agencyCode, year, sequence };
          expect(parseRegistrationNumber(formatRegistrationNumber(parts))).toEqual(parts);
          expect(parseRegistrationNumber(` ${formatRegistrationNumber(parts).toLowerCase()} `)).toEqual(parts);
        },
      ),
    );
  });
});

describe("tracking code", () => {
  it("has 8 characters from an alphabet without 0, O, 1, I or L", () => {
    expect(TRACKING_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 200; i++) {
      const code = generateTrackingCode();
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
      expect(isTrackingCode(code)).toBe(true);
    }
  });

  it("is random: no repeats in 2 000 codes (collision odds ≈ 2·10⁻⁶), every symbol in use", () => {
    const codes = new Set(Array.from({ length: 2_000 }, generateTrackingCode));
    expect(codes.size).toBe(2_000);
    const used = new Set([...codes].join(""));
    expect([...used].sort().join("")).toBe(TRACKING_CODE_ALPHABET);
  });

  it("normalizes what people type back to the stored form", () => {
    expect(normalizeTrackingCode(" 7kq2-mxpd ")).toBe("7KQ2MXPD");
    expect(normalizeTrackingCode("7KQ2 MXPD")).toBe("7KQ2MXPD");
    expect(normalizeTrackingCode(formatTrackingCode("7KQ2MXPD"))).toBe("7KQ2MXPD");
    expect(formatTrackingCode("7KQ2MXPD")).toBe("7KQ2-MXPD");
    expect(isTrackingCode(normalizeTrackingCode("7KQ2-MXP0"))).toBe(false);
    expect(isTrackingCode("7KQ2MXP")).toBe(false);
  });
});

describe("registrationPrefix", () => {
  it("is the formatted number without its padded sequence", () => {
    expect(registrationPrefix("BLG", 2026)).toBe("BLG-2026-");
    expect(registrationPrefix("BLG", 2026) + String(123).padStart(REGISTRATION_SEQUENCE_DIGITS, "0")).toBe(
      formatRegistrationNumber({ agencyCode: "BLG", year: 2026, sequence: 123 }),
    );
  });
});
