import { describe, expect, it } from 'vitest';
import { sourceProfiles } from './theme-profiles';
import { profileSources, taxonomy } from './testing';

describe('sourceProfiles', () => {
	const profile = sourceProfiles(profileSources, taxonomy);

	it('puts the sources side by side, rows by total then taxonomy order', () => {
		expect(profile).toEqual({
			sources: [
				{ file: 'a.md', title: 'Readout, 6 March', issuer: 'PMO', excerpt: false },
				{ file: 'b.md', title: 'Press release', issuer: '=MOFA', excerpt: false }
			],
			rows: [
				{ id: 'defence', label: 'Defence', color: '#111111', bySource: [1, 3], total: 4 },
				{ id: 'trade', label: 'Trade, investment', color: '#222222', bySource: [0, 3], total: 3 },
				{ id: 'cyber', label: 'Cyber', color: '#333333', bySource: [2, 1], total: 3 }
			]
		});
	});

	it('has no rows for a source list without themes', () => {
		expect(
			sourceProfiles([{ file: 'a.md', title: 'A', issuer: 'I', themes: [] }], taxonomy)
		).toEqual({
			sources: [{ file: 'a.md', title: 'A', issuer: 'I', excerpt: false }],
			rows: []
		});
	});
});
