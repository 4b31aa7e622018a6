import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, serveStatic } from './static-server.js';

let dir: string;
const page = '<!doctype html><title>Page</title>' + '<p>Canada–Japan</p>'.repeat(200);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'cjt-static-server-test-'));
	mkdirSync(join(dir, 'present'));
	writeFileSync(join(dir, 'index.html'), page);
	writeFileSync(join(dir, 'present', 'index.html'), 'slides');
	writeFileSync(join(dir, 'logo.png'), png);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The raw response: fetch() would decompress and hide what the server sent. */
function request(
	url: string,
	headers: Record<string, string> = {}
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
	return new Promise((done, fail) => {
		get(url, { headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
			res.on('error', fail);
		}).on('error', fail);
	});
}

async function withServer<T>(
	options: { gzip?: boolean },
	use: (url: string) => Promise<T>
): Promise<T> {
	const server = await serveStatic({ dir, ...options });
	try {
		return await use(server.url);
	} finally {
		await server.close();
	}
}

describe('acceptsGzip', () => {
	it.each([
		['gzip, deflate, br', true],
		['br;q=1.0, GZip;q=0.5', true],
		['*', true],
		['gzip;q=0', false],
		['gzip;q=0.000, br', false],
		['deflate, br', false],
		['x-gzip-not', false],
		['', false],
		[undefined, false]
	])('%j → %s', (header, expected) => expect(acceptsGzip(header)).toBe(expected));
});

describe('serveStatic', () => {
	it('sends files as they are on disk by default, whatever the request accepts', async () => {
		const res = await withServer({}, (url) => request(url, { 'accept-encoding': 'gzip' }));
		expect(res.status).toBe(200);
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.body.toString()).toBe(page);
	});

	it('with gzip, sends text gzipped to a request that accepts it', async () => {
		const res = await withServer({ gzip: true }, (url) =>
			request(url, { 'accept-encoding': 'gzip, deflate' })
		);
		expect(res.headers['content-encoding']).toBe('gzip');
		expect(res.headers.vary).toBe('Accept-Encoding');
		expect(Number(res.headers['content-length'])).toBe(res.body.length);
		expect(res.body.length).toBeLessThan(Buffer.byteLength(page) / 4);
		expect(gunzipSync(res.body).toString()).toBe(page);
	});

	it('with gzip, sends text as it is to a request that does not accept gzip', async () => {
		const res = await withServer({ gzip: true }, (url) =>
			request(`${url}present/`, { 'accept-encoding': 'gzip;q=0, br' })
		);
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.headers.vary).toBe('Accept-Encoding');
		expect(res.body.toString()).toBe('slides');
	});

	it('with gzip, sends images as they are', async () => {
		const res = await withServer({ gzip: true }, (url) =>
			request(`${url}logo.png`, { 'accept-encoding': 'gzip' })
		);
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.body.equals(png)).toBe(true);
	});

	it('with gzip, sends a file changed on disk as it is now, not as first compressed', async () => {
		const file = join(dir, 'present', 'index.html');
		const bodies = await withServer({ gzip: true }, async (url) => {
			const first = await request(`${url}present/`, { 'accept-encoding': 'gzip' });
			writeFileSync(file, 'slides, revised');
			// The cache is keyed by modification time: make sure it moved, however coarse the clock.
			utimesSync(file, new Date(), new Date(Date.now() + 5000));
			const second = await request(`${url}present/`, { 'accept-encoding': 'gzip' });
			return [first, second].map((r) => gunzipSync(r.body).toString());
		});
		expect(bodies).toEqual(['slides', 'slides, revised']);
	});
});
