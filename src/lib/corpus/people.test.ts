import { describe, expect, it } from 'vitest';
import { findParticipants, resolvePerson } from './people';
import { realReference } from './testing';

const ids = (title: string, sentences: string[], date: string) =>
	findParticipants(realReference().context.people, title, sentences, date).participants.map(
		(p) => p.id
	);

describe('findParticipants', () => {
	it('leaves out a predecessor named beside the holder of the office (a welcome statement)', () => {
		const r = findParticipants(
			realReference().context.people,
			'Statement by the Prime Minister welcoming the new Prime Minister of Japan',
			[
				'I congratulate Ishiba Shigeru on becoming Prime Minister of Japan.',
				'I thank former Prime Minister Kishida Fumio for his friendship.'
			],
			'2024-10-01'
		);
		expect(r.participants.map((p) => p.id)).toEqual(['ishiba-shigeru']);
		expect(r.warnings.join(' ')).toMatch(/Kishida Fumio held no office on 2024-10-01: named/);
	});
	it('keeps a person with no office on the date when nobody of their country holds one', () => {
		expect(
			ids('Readout', ['Kishida Fumio spoke with Justin Trudeau.'], '2021-09-01').sort()
		).toEqual(['justin-trudeau', 'kishida-fumio']);
	});
	it.each([
		[
			'given-first name',
			'Yesterday, Prime Minister Justin Trudeau spoke with someone.',
			'2022-02-08',
			['justin-trudeau']
		],
		[
			'family-first name as Canada writes it',
			'He spoke with the Prime Minister of Japan, Kishida Fumio.',
			'2022-02-08',
			['kishida-fumio']
		],
		[
			'family-first name in capitals as Japan writes it',
			'Ms. KAMIKAWA Yoko held a meeting.',
			'2024-01-13',
			['kamikawa-yoko']
		],
		['given-first Japanese name', 'Fumio Kishida spoke.', '2022-02-08', ['kishida-fumio']],
		['accents optional', 'Melanie Joly met her counterpart.', '2024-01-13', ['melanie-joly']],
		['title and family name', 'Minister Joly stated her view.', '2024-01-13', ['melanie-joly']],
		['office on the date', 'He met the Prime Minister of Japan.', '2026-03-06', ['takaichi-sanae']],
		[
			'the same office on another date',
			'He met the Prime Minister of Japan.',
			'2024-11-01',
			['ishiba-shigeru']
		],
		[
			'an office alias',
			'The Japanese Foreign Minister visited.',
			'2022-05-01',
			['hayashi-yoshimasa']
		],
		[
			'plural offices of two countries',
			'We, the Prime Ministers of Canada and Japan, meet today.',
			'2026-03-06',
			['mark-carney', 'takaichi-sanae']
		],
		[
			'the same family name resolved by office on the date',
			'Minister Motegi met Minister Garneau.',
			'2021-05-03',
			['marc-garneau', 'motegi-toshimitsu']
		],
		[
			'Motegi again in 2026',
			'Minister Motegi met Minister Anand.',
			'2026-01-10',
			['anita-anand', 'motegi-toshimitsu']
		]
	])('%s', (_n, sentence, date, expected) => {
		expect(ids('Readout', [sentence], date)).toEqual(expected);
	});

	it('reads the two ministers from a MOFA title', () => {
		expect(
			ids('Japan-Canada Foreign Ministers’ Meeting', ['The overview is as follows.'], '2024-01-13')
		).toEqual(['melanie-joly', 'kamikawa-yoko']);
		expect(
			ids('Japan-Canada Summit Telephone Talk', ['The overview is as follows.'], '2022-02-09')
		).toEqual(['justin-trudeau', 'kishida-fumio']);
	});

	it('gives each participant the office held on the date', () => {
		const r = findParticipants(
			realReference().context.people,
			'x',
			['Anita Anand spoke.'],
			'2022-06-01'
		);
		expect(r.participants[0]).toEqual({
			id: 'anita-anand',
			name: 'Anita Anand',
			office: 'Minister of National Defence of Canada',
			country: 'CA'
		});
	});

	it('warns about people it does not know, and about offices without a holder', () => {
		const r = findParticipants(
			realReference().context.people,
			'x',
			['Minister Joly met President Zelenskyy.', 'The Prime Minister of Japan was there.'],
			'1990-01-01'
		);
		expect(r.warnings.some((w) => w.includes('"Zelenskyy" is not in data/people.yaml'))).toBe(true);
		expect(
			r.warnings.some((w) =>
				w.includes('"Prime Minister of Japan" names an office with no holder on 1990-01-01')
			)
		).toBe(true);
		expect(r.warnings.some((w) => w.includes('Mélanie Joly held no office on 1990-01-01'))).toBe(
			true
		);
	});

	it('resolves front-matter names in any order', () => {
		const idx = realReference().context.people;
		for (const n of ['KISHIDA Fumio', 'Kishida Fumio', 'Fumio Kishida', 'kishida-fumio'])
			expect(resolvePerson(idx, n)?.id).toBe('kishida-fumio');
		expect(resolvePerson(idx, 'Nobody Known')).toBeNull();
	});
});
