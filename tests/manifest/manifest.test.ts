import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { validateManifest as validate } from "./validate";

const root = resolve(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const webpackConfig = require(join(root, "webpack.config.js"));

describe("manifest.xml", () => {
  it("validates against Microsoft's add-in manifest schema", () => {
    const result = validate(join(root, "manifest.xml"));
    expect(result.output).toContain("validates");
    expect(result.code).toBe(0);
  });

  it("fails validation when it is broken, so the check above can fail", () => {
    const broken = manifest.replace(
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>Everything</Permissions>"
    );
    const path = join(mkdtempSync(join(tmpdir(), "manifest-")), "broken.xml");
    writeFileSync(path, broken);
    expect(validate(path).code).not.toBe(0);
  });

  it("is an Excel task pane add-in that may read and write the workbook", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it("requires ExcelApi 1.7", () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\s*\/>/);
  });

  it("puts a Joint Plan button on the Home tab that opens the task pane", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/id="JointPlan.OpenPane.Label" DefaultValue="Joint Plan"/);
    expect(manifest).toMatch(
      /id="Taskpane.Url" DefaultValue="https:\/\/localhost:3000\/taskpane.html"/
    );
  });

  it("points every icon at a file in assets/", () => {
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[\w-]+\.png)/g)].map(
      (m) => m[1]
    );
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) expect(() => readFileSync(join(root, icon))).not.toThrow();
  });

  it("has every icon size Office asks for, each a PNG of that size", () => {
    /** Width and height from a PNG's IHDR chunk. */
    const pngSize = (file: string) => {
      const bytes = readFileSync(join(root, file));
      expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    const url = (pattern: RegExp) => pattern.exec(manifest)?.[1] ?? "(missing)";
    expect(pngSize(url(/<IconUrl DefaultValue="https:\/\/localhost:3000\/([^"]+)"/))).toEqual([
      32, 32,
    ]);
    expect(
      pngSize(url(/<HighResolutionIconUrl DefaultValue="https:\/\/localhost:3000\/([^"]+)"/))
    ).toEqual([64, 64]);
    for (const size of [16, 32, 80]) {
      expect(manifest).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
      const image = new RegExp(
        `<bt:Image id="Icon.${size}x${size}" DefaultValue="https://localhost:3000/([^"]+)"`
      );
      expect(pngSize(url(image))).toEqual([size, size]);
    }
    // AppSource's listing asks for a 128 x 128 icon, uploaded beside the manifest.
    expect(pngSize("assets/icon-128.png")).toEqual([128, 128]);
  });

  it("names a support page (assets/help.html, copied to help.html by the build) and whom it is for", () => {
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/help.html"\/>/);
    expect(readFileSync(join(root, "assets/help.html"), "utf8")).toContain("Home &gt; Joint Plan");
    expect(manifest).toMatch(/<Description DefaultValue="For sales and marketing teams[^"]*"/);
  });

  it("is rewritten to the production URL by the production build, and still validates", () => {
    const prod: string = webpackConfig.manifestFor(Buffer.from(manifest), false);
    expect(prod).not.toContain("https://localhost:3000");
    expect(prod).toContain(webpackConfig.urlProd + "taskpane.html");
    const path = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
    writeFileSync(path, prod);
    expect(validate(path).code).toBe(0);
    expect(webpackConfig.manifestFor(Buffer.from(manifest), true).toString()).toBe(manifest);
  });
});
