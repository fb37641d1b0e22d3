// `npm start`: with Excel (Windows or macOS) sideload the add-in and serve it over HTTPS;
// anywhere else serve the browser preview (the same task pane on an in-memory workbook with the
// sample plan) and print its URL.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const port = process.env.npm_package_config_dev_server_port || "3000";

function canSideload() {
  if (process.platform !== "win32" && process.platform !== "darwin") return false;
  try {
    require.resolve("office-addin-debugging/package.json");
    return true;
  } catch {
    console.warn(
      "office-addin-debugging is not installed (it is optional); serving the browser preview instead."
    );
    return false;
  }
}

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (canSideload()) {
  // Starts `npm run dev-server` (HTTPS with dev certificates) and opens Excel with the add-in.
  run("npx", ["office-addin-debugging", "start", "manifest.xml"]);
} else {
  const banner = [
    "",
    `Joint Plan preview: http://localhost:${port}/preview.html`,
    "  the task pane beside a simulated workbook with a sample plan (no Excel needed).",
    `  An empty workbook: http://localhost:${port}/preview.html?plan=empty`,
    "",
  ].join("\n");
  console.log(banner);
  // Repeat the address once the first build is served, below webpack's own output.
  const child = spawn("npx", ["webpack", "serve", "--mode", "development", "--port", port], {
    stdio: ["inherit", "pipe", "pipe"],
    shell: process.platform === "win32",
  });
  let announced = false;
  const relay = (target) => (chunk) => {
    target.write(chunk);
    if (!announced && /compiled (successfully|with)/.test(chunk.toString())) {
      announced = true;
      console.log(banner);
    }
  };
  child.stdout.on("data", relay(process.stdout));
  child.stderr.on("data", relay(process.stderr));
  child.on("exit", (code) => process.exit(code ?? 0));
}
