/**
 * `GET /api/docs/`: Swagger UI over `/api/schema/`, its assets served from the installed
 * swagger-ui-dist package under `/api/docs/static/` — no CDN, so it works on an offline host.
 */
import type Router from '@koa/router';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { notFound } from '../errors.js';

const STATIC = '/api/docs/static/';
const ASSET = /^[\w.-]+\.(js|css|png|html|map)$/;

/** The package folder; absolute-path.js is its getAbsoluteFSPath() without loading the 1 MB bundle into Node. */
function assetDir(): string {
  const require = createRequire(import.meta.url);
  const getAbsoluteFSPath = require('swagger-ui-dist/absolute-path.js') as () => string;
  return getAbsoluteFSPath();
}

/** The files the viewer may serve: the package's top-level assets, nothing else on disk. */
function listAssets(dir: string): Map<string, { file: string; size: number }> {
  const out = new Map<string, { file: string; size: number }>();
  for (const name of readdirSync(dir)) {
    if (!ASSET.test(name)) continue;
    const file = path.join(dir, name);
    const st = statSync(file);
    if (st.isFile()) out.set(name, { file, size: st.size });
  }
  return out;
}

/** The page: absolute asset URLs, because `/api/docs` (no slash) is answered at the same path. */
export function docsPage(schemaUrl: string): string {
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <title>Patchbay REST API</title>
    <link rel="stylesheet" type="text/css" href="${STATIC}swagger-ui.css">
    <link rel="icon" type="image/png" href="${STATIC}favicon-32x32.png" sizes="32x32">
    <style>body { margin: 0; }</style>
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${STATIC}swagger-ui-bundle.js" charset="UTF-8"></script>
    <script>
      window.ui = SwaggerUIBundle({
        url: ${JSON.stringify(schemaUrl)},
        dom_id: '#swagger-ui',
        deepLinking: true,
        persistAuthorization: true,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout',
      });
    </script>
  </body>
</html>
`;
}

/** Mounts the page and its assets; both are public, like the schema they show. */
export function mountDocsViewer(router: Router): void {
  let assets: ReturnType<typeof listAssets> | undefined;
  const page = docsPage('/api/schema/');
  router.get('/api/docs/', async (ctx) => {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = page;
  });
  // create-app.ts appends a slash to every /api path, so `/x.js` arrives here as `/x.js/`.
  router.get(`${STATIC}:file/`, async (ctx) => {
    assets ??= listAssets(assetDir());
    const asset = assets.get(ctx.params.file ?? '');
    if (!asset) throw notFound();
    ctx.type = path.extname(asset.file);
    ctx.length = asset.size;
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.body = createReadStream(asset.file);
  });
}
