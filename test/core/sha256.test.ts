import { createHash } from "node:crypto";
import fc from "fast-check";
import {
  sha256Hex as nativeSha256Hex,
  sha256HexOfParts as nativeSha256HexOfParts,
} from "../../src/cli/native/sha256";
import { sha256Hex, sha256HexOfParts } from "../../src/core/util/sha256";

describe("sha256Hex", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
  ])("hashes %j like FIPS 180-4", (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });

  it("agrees with Node's crypto on any UTF-8 text, block edges included (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
      })
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120]) {
      const text = "岗".repeat(length);
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });
});

describe("the command's native sha256Hex (put in place of core's by scripts/build-cli.cjs)", () => {
  it("gives core's digests for text and bytes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expect(nativeSha256Hex(text)).toBe(sha256Hex(text));
        const bytes = new TextEncoder().encode(text);
        expect(nativeSha256Hex(bytes)).toBe(sha256Hex(bytes));
      })
    );
  });
});

describe("sha256HexOfParts (core's and the command's native one)", () => {
  it("hashes parts as their concatenation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 80 }), { maxLength: 6 }),
        (parts) => {
          const whole = sha256Hex(parts.join(""));
          expect(sha256HexOfParts(parts)).toBe(whole);
          expect(nativeSha256HexOfParts(parts)).toBe(whole);
        }
      )
    );
  });
});
