// `npm start`: with Excel (Windows or macOS) sideload the add-in and serve it over HTTPS;
// anywhere else serve the task pane in an ordinary browser and print its URL.
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
  console.log(`\nJoint Plan runs in your browser at http://localhost:${port}/taskpane.html\n`);
  run("npx", ["webpack", "serve", "--mode", "development", "--port", port]);
}
