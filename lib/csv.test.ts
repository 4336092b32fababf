import { describe, expect, it } from "vitest";
import { csvCell, csvDocument } from "./csv";

describe("CSV writer", () => {
  it("quotes every cell, doubles quotes and keeps line breaks inside the quotes", () => {
    expect(csvCell('Hosting "A"')).toBe('"Hosting ""A"""');
    expect(csvCell("baris satu\r\nbaris dua")).toBe('"baris satu\r\nbaris dua"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
  });

  it("neutralises text a spreadsheet would run as a formula, but not numbers", () => {
    for (const danger of ["=1+1", "+62", "-2", "@SUM(A1)", "\t=1", "\r=1"]) expect(csvCell(danger)).toBe(`"'${danger}"`);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell(-2)).toBe('"-2"');
    expect(csvCell(12n)).toBe('"12"');
    expect(csvCell(" =1")).toBe('" =1"');
  });

  it("writes a BOM, a quoted header and CRLF after every line", () => {
    expect(
      csvDocument(
        ["a", "b"],
        [
          ["1", null],
          [2, "x"],
        ],
      ),
    ).toBe('\uFEFF"a","b"\r\n"1",""\r\n"2","x"\r\n');
    expect(csvDocument(["a"], [])).toBe('\uFEFF"a"\r\n');
  });
});
