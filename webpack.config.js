// Builds the Outlook task pane into dist/outlook (taskpane.html + code-split JS) and writes the
// manifest for the base URL: `webpack --mode production --env base-url=https://relance.example.com`.
// It ships no settings file: the organisation's `relance.settings.json` is the admin's, hosted
// beside the pane or at the URL the manifest names, and a deploy must never replace it.
// The playground and the browser tests build the same configuration into another folder (`--env
// out=…`, see scripts/build-playground.ts): the pane they run is this build, lazy chunks included.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const devBaseUrl = 'https://localhost:3000';
const defaultOutDir = path.resolve('dist/outlook');

/** Writes manifest.xml and its icons after each build, for the base URL the pane is served from. */
class OutlookManifestPlugin {
  constructor(baseUrl, outDir) {
    this.baseUrl = baseUrl;
    this.outDir = outDir;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('OutlookManifestPlugin', () => {
      execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build-manifest.ts', '--base-url', this.baseUrl, '--out', this.outDir], {
        stdio: 'inherit',
      });
    });
  }
}

/**
 * Outlook loads add-ins over https only. `npm run start:outlook` installs a trusted localhost
 * certificate with office-addin-dev-certs (in ~/.office-addin-dev-certs); without it the dev server
 * falls back to its own self-signed one, which a browser must be told to accept.
 */
function httpsServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((file) => existsSync(path.join(dir, file)))) return { type: 'https' };
  const options = Object.fromEntries(Object.entries(files).map(([name, file]) => [name, readFileSync(path.join(dir, file))]));
  return { type: 'https', options };
}

export default (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const baseUrl = env['base-url'] ?? process.env.RELANCE_BASE_URL ?? devBaseUrl;
  const outDir = env.out ? path.resolve(env.out) : defaultOutDir;
  return {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/outlook/taskpane.tsx' },
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      // A local build empties dist/outlook but for the admin's settings file, if one was put there.
      clean: { keep: /relance\.settings\.json$/ },
    },
    // papaparse requires Node's `stream` only to parse a Node stream, which the pane never does.
    resolve: { extensions: ['.tsx', '.ts', '.js'], fallback: { stream: false } },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact' } },
        // The core is pure: what the first paint does not use (the reply reader) can stay out of it.
        { test: /[\\/]src[\\/]core[\\/].*\.ts$/, sideEffects: false },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: 'src/outlook/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        // The manifest's SupportUrl. No settings file: the admin hosts it, and a deploy never overwrites it.
        patterns: [{ from: 'src/outlook/support.html', to: 'support.html' }],
      }),
      new OutlookManifestPlugin(baseUrl, outDir),
    ],
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    performance: { hints: false },
    devServer: {
      static: { directory: outDir },
      port: 3000,
      server: httpsServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: false },
    },
  };
};
