/* What a release build writes into the manifest: the address where dist/ is hosted and the
 * add-in's version. Pure functions (no file or network access), used by webpack.config.js and
 * scripts/package.js, tested in tests/release. */

/** Where the manifest points when JOINT_PLAN_URL is not set: a placeholder, not a real host. */
const PLACEHOLDER_URL = "https://joint-plan.example.com/";

/** The manifest's development address, which a release build replaces. */
const DEV_URL = "https://localhost:3000/";

/**
 * The hosting address as the manifest needs it, with one trailing slash, or an Error that says
 * what is wrong. Office loads add-ins only over HTTPS, so anything else is refused (https://localhost
 * is allowed, to try a release build on one's own machine).
 */
function releaseUrl(raw) {
  const text = String(raw ?? "").trim();
  const hint =
    "Set it to the https:// address where dist/ is served, e.g. JOINT_PLAN_URL=https://plans.example.org/joint-plan/";
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`JOINT_PLAN_URL is not a URL: "${text}". ${hint}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `JOINT_PLAN_URL must start with https:// (Office loads add-ins only over HTTPS), not "${text}". ${hint}`
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(
      `JOINT_PLAN_URL must be a plain folder address, without a user name, "?query" or "#fragment": "${text}". ${hint}`
    );
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** The manifest's four-part version (0.1.0 -> 0.1.0.0) from package.json's three-part version. */
function manifestVersion(version) {
  const parts = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(String(version));
  if (!parts) {
    throw new Error(
      `package.json's version must be three numbers (like 1.2.3) for the manifest's <Version>, not "${version}".`
    );
  }
  return `${parts[1]}.${parts[2]}.${parts[3]}.0`;
}

/**
 * The manifest for a release: every development address becomes `url` (`url` as releaseUrl returns
 * it), an origin-only one (e.g. an AppDomain) becomes `url`'s origin, and <Version> is `version`.
 */
function releaseManifest(xml, { url, version }) {
  const origin = new URL(url).origin;
  return String(xml)
    .split(DEV_URL)
    .join(url)
    .split(DEV_URL.replace(/\/$/, ""))
    .join(origin)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

module.exports = { PLACEHOLDER_URL, DEV_URL, releaseUrl, manifestVersion, releaseManifest };
