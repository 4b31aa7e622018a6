import { describe, expect, it } from 'vitest';
import { inlineStyles } from './page-weight';

describe('inlineStyles', () => {
	it.each<[string, string, string]>([
		['no style element', '<html><head><link rel="stylesheet" href="a.css"></head></html>', ''],
		['one', '<head><style>a{color:red}</style></head>', 'a{color:red}'],
		[
			'two, with attributes, across lines',
			'<style nonce="x">a{}\nb{}</style><p>text</p><STYLE type="text/css">c{}</STYLE>',
			'a{}\nb{}\nc{}'
		],
		['not a <styles> element', '<styles>x</styles>', '']
	])('%s', (_, html, expected) => expect(inlineStyles(html)).toBe(expected));
});
