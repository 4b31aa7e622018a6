/**
 * A minimal static file server for the built site, so the browser tests see exactly the files a
 * static host would serve (build/ as adapter-static writes it), not a dev or preview server.
 *
 *   node scripts/support/static-server.js --dir build --port 4173 [--base /sub/folder] [--gzip]
 *
 * Like most static hosts: `/x/` serves `x/index.html`, `/x` redirects to `/x/` when `x` is a
 * folder, anything outside `--base` or missing is a 404.
 *
 * With `gzip` (`--gzip`), text files go out gzipped to a request that accepts it, as a real host
 * sends them: `npm run bench:lighthouse` weighs pages as a phone would receive them. Off by
 * default, so that the browser tests see the files as they are on disk.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = /** @type {Record<string, string>} */ ({
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8; header=present',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
});

/** Types worth compressing; images here are SVG (text) or already compressed (PNG). */
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.css',
	'.json',
	'.csv',
	'.svg',
	'.txt',
	'.webmanifest'
]);

/**
 * Whether an Accept-Encoding header takes gzip: named (or `*`) without `q=0`.
 * @param {string | string[] | undefined} header
 */
export function acceptsGzip(header) {
	return String(header ?? '')
		.split(',')
		.map((part) => part.split(';').map((s) => s.trim().toLowerCase()))
		.some(
			([coding, ...params]) =>
				(coding === 'gzip' || coding === '*') && !params.some((p) => /^q=0(\.0*)?$/.test(p))
		);
}

/** @param {string} path */
function stat(path) {
	try {
		return statSync(path);
	} catch {
		return null;
	}
}

/**
 * Serves `dir` under `base` on 127.0.0.1. Port 0 picks a free port.
 * @param {{ dir: string, port?: number, base?: string, gzip?: boolean }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic({ dir, port = 0, base = '', gzip = false }) {
	const root = resolve(dir);
	const prefix = base.replace(/\/+$/, '');
	/**
	 * Compressed once per file and version: a host serves precompressed or cached files, and
	 * compressing on every request would count this machine's CPU in a page's server time.
	 * @type {Map<string, { mtimeMs: number, body: Buffer }>}
	 */
	const gzipped = new Map();
	/** @param {string} target @param {import('node:fs').Stats} info */
	const compressed = (target, info) => {
		const hit = gzipped.get(target);
		if (hit?.mtimeMs === info.mtimeMs) return hit.body;
		const body = gzipSync(readFileSync(target), { level: 9 });
		gzipped.set(target, { mtimeMs: info.mtimeMs, body });
		return body;
	};
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end('Bad request');
			return;
		}
		if (prefix && path !== prefix && !path.startsWith(`${prefix}/`)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const file = normalize(join(root, path.slice(prefix.length)));
		// normalize() resolves "..": anything that climbs out of the folder is not served.
		if (file !== root && !file.startsWith(root + sep)) {
			res.writeHead(403).end('Forbidden');
			return;
		}
		let target = file;
		let info = stat(target);
		if (info?.isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				res.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			target = join(target, 'index.html');
			info = stat(target);
		}
		if (!info?.isFile()) {
			const notFound = join(root, '404.html');
			const has404 = stat(notFound)?.isFile();
			res.writeHead(404, { 'content-type': TYPES[has404 ? '.html' : '.txt'] });
			if (has404) createReadStream(notFound).pipe(res);
			else res.end('Not found');
			return;
		}
		const ext = extname(target);
		const compressible = gzip && COMPRESSIBLE.has(ext);
		const headers = {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'cache-control': 'no-store',
			// A cache between here and the browser must not hand gzip to a client that refused it.
			...(compressible ? { vary: 'Accept-Encoding' } : {})
		};
		if (compressible && acceptsGzip(req.headers['accept-encoding'])) {
			const body = compressed(target, info);
			res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
		res.writeHead(200, { ...headers, 'content-length': info.size });
		if (req.method === 'HEAD') res.end();
		else createReadStream(target).pipe(res);
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			done({
				url: `http://127.0.0.1:${actual}${prefix}/`,
				close: () => new Promise((closed) => server.close(() => closed()))
			});
		});
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'build' },
			port: { type: 'string', default: '4173' },
			base: { type: 'string', default: process.env.BASE_PATH ?? '' },
			gzip: { type: 'boolean', default: false }
		}
	});
	const { url } = await serveStatic({
		dir: values.dir,
		port: Number(values.port),
		base: values.base,
		gzip: values.gzip
	});
	console.log(`Serving ${values.dir} at ${url}`);
}
