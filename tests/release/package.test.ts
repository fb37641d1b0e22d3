import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { basename, join } from "path";

interface Packager {
  packageRelease(options: {
    dist: string;
    out: string;
    name: string;
    version: string;
  }): Promise<string>;
}

const root = join(__dirname, "../..");
const { packageRelease }: Packager = require(join(root, "scripts/package.js"));
const { releaseManifest, PLACEHOLDER_URL } = require(join(root, "scripts/release.js"));
const sourceManifest = readFileSync(join(root, "manifest.xml"), "utf8");

/** A dist/ folder as a release build leaves it, with the manifest made for `url` and `version`. */
function fakeDist(url: string, version: string, files: Record<string, string> = {}): string {
  const dist = mkdtempSync(join(tmpdir(), "joint-plan-dist-"));
  mkdirSync(join(dist, "assets"));
  const all: Record<string, string> = {
    "manifest.xml": releaseManifest(sourceManifest, { url, version }),
    "taskpane.html": "<!doctype html>",
    "taskpane.0123abcd.js": "",
    "assets/icon-32.png": "png",
    ...files,
  };
  for (const [name, content] of Object.entries(all)) writeFileSync(join(dist, name), content);
  return dist;
}

const out = () => mkdtempSync(join(tmpdir(), "joint-plan-release-"));

describe("npm run package", () => {
  it("zips dist/ and the production manifest into one file named with the version", async () => {
    const dist = fakeDist("https://plans.example.org/joint-plan/", "1.2.3", { ".built": "" });
    const target = await packageRelease({ dist, out: out(), name: "joint-plan", version: "1.2.3" });
    expect(basename(target)).toBe("joint-plan-1.2.3.zip");
    const zip = await JSZip.loadAsync(readFileSync(target));
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
    expect(names.sort()).toEqual([
      "dist/assets/icon-32.png",
      "dist/manifest.xml",
      "dist/taskpane.0123abcd.js",
      "dist/taskpane.html",
      "manifest.xml",
    ]);
    const manifest = await zip.file("manifest.xml")!.async("string");
    expect(manifest).toContain('"https://plans.example.org/joint-plan/taskpane.html"');
    expect(manifest).toContain("<Version>1.2.3.0</Version>");
  });

  it("refuses a build that still points to the placeholder address", async () => {
    const dist = fakeDist(PLACEHOLDER_URL, "1.2.3");
    await expect(
      packageRelease({ dist, out: out(), name: "joint-plan", version: "1.2.3" })
    ).rejects.toThrow(/placeholder.*JOINT_PLAN_URL/);
  });

  it("refuses a build of another version, a development build and a missing build", async () => {
    const options = { out: out(), name: "joint-plan", version: "1.2.4" };
    const stale = fakeDist("https://plans.example.org/", "1.2.3");
    await expect(packageRelease({ dist: stale, ...options })).rejects.toThrow(
      /built as version 1.2.3.0, but package.json says 1.2.4/
    );
    const dev = fakeDist("https://plans.example.org/", "1.2.4", { "taskpane.js": "" });
    await expect(packageRelease({ dist: dev, ...options })).rejects.toThrow(/development build/);
    const missing = join(tmpdir(), "joint-plan-no-such-dist");
    await expect(packageRelease({ dist: missing, ...options })).rejects.toThrow(/npm run build/);
  });
});
