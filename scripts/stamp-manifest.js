// Production URLs and the version, stamped into the manifest webpack copies to dist/.
// manifest.xml in the repository stays on the dev origin (https://localhost:3000) so `npm run
// dev` and the tests use it as it is; `npm run build -- --env origin=https://host` writes
// dist/manifest.xml for that host, with package.json's version as Office's four-part version,
// and office-addin-manifest reads the result back to prove the stamp took.
'use strict';

const DEV_ORIGIN = 'https://localhost:3000';

/** "https://host[:port][/path]" with no trailing slash; Office loads add-ins over https only. */
function checkOrigin(origin) {
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~/-]*[A-Za-z0-9._~-])?$/.test(origin)) {
    throw new Error(`--env origin=${origin}: give the https address the add-in is served from, e.g. https://ngansach.example.gov.vn (no trailing slash)`);
  }
  return origin;
}

/** "0.1.0" → "0.1.0.0" (the manifest's Version has four parts). */
function officeVersion(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) throw new Error(`package.json version ${version} is not x.y.z`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

function stampManifest(xml, { origin, version }) {
  const stamped = xml
    .split(DEV_ORIGIN).join(checkOrigin(origin))
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${officeVersion(version)}</Version>`);
  return stamped;
}

/** Reads the written manifest with office-addin-manifest and fails the build if the stamp is not there. */
async function verifyStamped(file, { origin, version }) {
  const { OfficeAddinManifest } = require('office-addin-manifest');
  const info = await OfficeAddinManifest.readManifestFile(file);
  const urls = [info.supportUrl, info.iconUrl, info.highResolutionIconUrl, info.defaultSettings && info.defaultSettings.sourceLocation, ...(info.appDomains || [])];
  const wrong = urls.filter((u) => typeof u !== 'string' || !u.startsWith(origin));
  if (info.version !== officeVersion(version) || wrong.length > 0) {
    throw new Error(`${file}: stamping failed (version ${info.version}, URLs not on ${origin}: ${wrong.join(', ')})`);
  }
  return info;
}

module.exports = { DEV_ORIGIN, stampManifest, verifyStamped, officeVersion };
