// Builds the Excel add-in into dist/: the task pane, the custom functions (with their
// functions.json metadata), the ribbon commands, and a preview page that runs the same pane over
// an in-memory fake of Office.js. The preview page is always built (it is small and the browser
// tests load it from dist/); `--env preview` only changes what the dev server serves.
// Type checking is a separate step (`npm run typecheck`), so ts-loader only transpiles.
// Everything shipped to Office is ES2017: Excel builds that still use the EdgeHTML webview
// cannot parse later syntax (a blank pane), so our code AND the packages we bundle (React,
// Fluent UI ship ES2019+) are transpiled by TypeScript down to ES2017; test/browser/es2017 parses
// the built files with acorn at that level. taskpane.html shows a plain message where even that
// cannot run.
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { DEV_ORIGIN, stampManifest, verifyStamped } = require('./scripts/stamp-manifest');
const { version } = require('./package.json');

const root = __dirname;
const port = 3000;

/**
 * The pane's catalog (src/core/i18n/pane.ts), loaded here so taskpane.html's too-old-engine
 * message is the catalog's words, not a copy. The file imports types only.
 */
function paneTexts() {
  const ts = require('typescript');
  const file = path.join(root, 'src', 'core', 'i18n', 'pane.ts');
  const js = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 } }).outputText;
  const mod = new module.constructor(file);
  mod._compile(js, file);
  return mod.exports.texts;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// Functions run in their own (non-shared) runtime, which loads this script instead of office.js.
const CUSTOM_FUNCTIONS_RUNTIME = 'https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js';

/** The functions and commands pages hold nothing but the Office script and their bundle. */
function hostPage(title, officeScript) {
  return '<!doctype html><html lang="vi"><head><meta charset="utf-8">' +
    '<meta http-equiv="X-UA-Compatible" content="IE=Edge"><title>' + title + '</title>' +
    '<script src="' + officeScript + '"></script></head><body></body></html>';
}

/** Entry points; each one becomes <name>.js and (except the worker) its own HTML page. */
const entries = {
  taskpane: './src/taskpane/index.tsx',
  // The core, off the pane's main thread (src/taskpane/check/client.ts starts it by this name).
  'taskpane-worker': './src/taskpane/check/worker.ts',
  functions: './src/functions/functions.ts',
  commands: './src/commands/commands.ts',
  preview: './src/preview/index.tsx',
};

// Library functions newer than ES2017 that our code or React/Fluent call (found by searching the
// built bundles); each core-js module adds itself only where the engine lacks it.
const POLYFILLS = [
  'array/flat', 'array/flat-map', 'array/find-last', 'array/at', 'object/from-entries', 'object/has-own',
  'string/match-all', 'string/replace-all', 'string/trim-start', 'string/trim-end',
  'promise/all-settled', 'promise/finally', 'global-this', 'queue-microtask',
].map((feature) => `core-js/stable/${feature}`);
const withPolyfills = (files) => Object.fromEntries(Object.entries(files).map(([name, file]) => [name, [...POLYFILLS, file]]));

const TARGET = 'es2017';

// The dev certificates live in the user's profile; making them may ask for a password or be
// impossible in a container. A developer can still work over http, so say so and carry on.
async function devServerTransport(preview) {
  if (preview) return { type: 'http' };
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options };
  } catch (error) {
    // The certificates may have been made while trusting the CA failed (no sudo, a container):
    // serve https with them anyway and say that the CA still has to be trusted.
    const dir = require('path').join(require('os').homedir(), '.office-addin-dev-certs');
    const fs = require('fs');
    const [key, cert, ca] = ['localhost.key', 'localhost.crt', 'ca.crt'].map((f) => require('path').join(dir, f));
    if (fs.existsSync(key) && fs.existsSync(cert)) {
      console.warn(
        '\n[ngansach] Serving over https with the certificates in ' + dir + ', but their CA is not trusted yet (' +
        (error && error.message ? String(error.message).trim() : 'unknown error') + ').\n' +
        '[ngansach] Trust ' + ca + ' on this computer (or run `npx office-addin-dev-certs install` as an administrator).\n',
      );
      return { type: 'https', options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ca: fs.existsSync(ca) ? fs.readFileSync(ca) : undefined } };
    }
    console.warn(
      '\n[ngansach] Could not create the Office dev certificates (' + (error && error.message) + ').\n' +
      '[ngansach] Serving over plain http on http://localhost:' + port + ' instead: Excel will NOT load the add-in\n' +
      '[ngansach] from http. Run `npx office-addin-dev-certs install` and restart, or use `npm run preview`.\n',
    );
    return { type: 'http' };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  const preview = Boolean(env.preview);
  // `npm run build -- --env origin=https://host`: the deployment's address in dist/manifest.xml.
  const origin = typeof env.origin === 'string' ? env.origin : DEV_ORIGIN;
  const stamp = { origin, version };
  const serving = Boolean(process.env.WEBPACK_SERVE);

  const missing = Object.entries(entries).filter(([, file]) => !fs.existsSync(path.join(root, file)));
  if (missing.length > 0) {
    throw new Error('webpack: entry file(s) missing: ' + missing.map(([, f]) => f).join(', '));
  }

  const page = (name, source, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, ...source, chunks, inject: 'body', scriptLoading: 'blocking' });

  return {
    mode,
    devtool: mode === 'production' ? 'source-map' : 'eval-source-map',
    entry: withPolyfills(entries),
    // Webpack's own runtime code follows the same level.
    target: ['web', TARGET],
    output: {
      path: path.join(root, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', target: TARGET, importHelpers: true, sourceMap: true } },
          },
        },
        {
          // Packages' ES2018+ syntax (object spread, optional chaining, ??, class fields) lowered
          // the same way; a separate ts-loader instance because its options differ.
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              instance: 'packages',
              transpileOnly: true,
              compilerOptions: { allowJs: true, module: 'esnext', target: TARGET, importHelpers: true, sourceMap: false },
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', {
        template: './src/taskpane/taskpane.html',
        templateParameters: () => {
          const t = paneTexts();
          return { oldEngine: ['vi', 'en'].map((lang) => ({ lang, title: escapeHtml(t[lang].oldEngine.title), body: escapeHtml(t[lang].oldEngine.body) })) };
        },
      }, ['taskpane']),
      page('functions', { templateContent: hostPage('NGANSACH functions', CUSTOM_FUNCTIONS_RUNTIME) }, ['functions']),
      page('commands', { templateContent: hostPage('NGANSACH commands', OFFICE_JS) }, ['commands']),
      // No Microsoft CDN here: the preview runs offline over the fake Office.js it bundles.
      page('preview', { template: './src/preview/preview.html' }, ['preview']),
      // The SupportUrl: how to use the add-in, Vietnamese first. No script.
      page('help', { template: './src/help/help.html' }, []),
      // Proves the stamp: office-addin-manifest reads dist/manifest.xml as Office's tools do
      // (the dev server keeps files in memory, so only a build is checked).
      ...(serving ? [] : [{
        apply: (compiler) => compiler.hooks.afterEmit.tapPromise('VerifyManifest', () => verifyStamped(path.join(root, 'dist', 'manifest.xml'), stamp)),
      }]),
      new CustomFunctionsMetadataPlugin({ input: entries.functions, output: 'functions.json' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => stampManifest(content.toString('utf8'), stamp) },
        ],
      }),
    ],
    performance: {
      // Sizes are checked gzipped by the tests and BENCHMARKS.md; webpack's raw-size hint is noise.
      hints: false,
    },
    devServer: serving
      ? {
          port,
          host: 'localhost',
          hot: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: await devServerTransport(preview),
          open: preview ? ['/preview.html'] : false,
          static: false,
        }
      : undefined,
  };
};
