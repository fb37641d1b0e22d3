import { readFileSync } from "fs";
import { join } from "path";

interface Release {
  PLACEHOLDER_URL: string;
  DEV_URL: string;
  releaseUrl(raw: string | undefined): string;
  manifestVersion(version: string): string;
  releaseManifest(xml: string, release: { url: string; version: string }): string;
}

const root = join(__dirname, "../..");
const release: Release = require(join(root, "scripts/release.js"));
const { releaseUrl, manifestVersion, releaseManifest } = release;

describe("releaseUrl", () => {
  it("ends the address with exactly one slash", () => {
    expect(releaseUrl("https://plans.example.org/joint-plan")).toBe(
      "https://plans.example.org/joint-plan/"
    );
    expect(releaseUrl("https://plans.example.org/joint-plan/")).toBe(
      "https://plans.example.org/joint-plan/"
    );
    expect(releaseUrl("https://plans.example.org")).toBe("https://plans.example.org/");
    expect(releaseUrl("  https://Plans.Example.org:8443/a/b  ")).toBe(
      "https://plans.example.org:8443/a/b/"
    );
  });

  it("accepts https://localhost, to try a release build on one's own machine", () => {
    expect(releaseUrl("https://localhost:3000")).toBe("https://localhost:3000/");
  });

  it("refuses anything but https://, saying why and what to set", () => {
    for (const url of ["http://plans.example.org/", "http://localhost:3000/", "ftp://x.org/"]) {
      expect(() => releaseUrl(url)).toThrow(/JOINT_PLAN_URL must start with https:\/\//);
      expect(() => releaseUrl(url)).toThrow(/JOINT_PLAN_URL=https:\/\/plans.example.org/);
    }
  });

  it("refuses what is not an address, and an address with a query, fragment or user name", () => {
    expect(() => releaseUrl("plans.example.org")).toThrow(/JOINT_PLAN_URL is not a URL/);
    expect(() => releaseUrl(undefined)).toThrow(/JOINT_PLAN_URL is not a URL/);
    expect(() => releaseUrl("https://plans.example.org/?v=2")).toThrow(/plain folder address/);
    expect(() => releaseUrl("https://plans.example.org/#top")).toThrow(/plain folder address/);
    expect(() => releaseUrl("https://me:secret@plans.example.org/")).toThrow(/plain folder/);
  });
});

describe("manifestVersion", () => {
  it("gives the manifest's four-part version", () => {
    expect(manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(manifestVersion("12.3.45")).toBe("12.3.45.0");
  });

  it("refuses what the manifest cannot hold", () => {
    for (const bad of ["1.2", "1.2.3-beta.1", "v1.2.3", "123456.0.0"]) {
      expect(() => manifestVersion(bad)).toThrow(/three numbers/);
    }
  });

  it("accepts package.json's version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(manifestVersion(version)).toBe(`${version}.0`);
  });
});

describe("releaseManifest", () => {
  const xml = [
    "<Version>0.0.1.0</Version>",
    '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
    "<AppDomain>https://localhost:3000</AppDomain>",
    '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
  ].join("\n");

  it("points every development address at the hosting address, and sets the version", () => {
    const url = releaseUrl("https://plans.example.org/joint-plan");
    const out = releaseManifest(xml, { url, version: "2.3.4" });
    expect(out).not.toContain("localhost");
    expect(out).toContain('"https://plans.example.org/joint-plan/assets/icon-32.png"');
    expect(out).toContain('"https://plans.example.org/joint-plan/taskpane.html"');
    // An origin-only entry (an AppDomain) gets the origin, without the path.
    expect(out).toContain("<AppDomain>https://plans.example.org</AppDomain>");
    expect(out).toContain("<Version>2.3.4.0</Version>");
  });
});
