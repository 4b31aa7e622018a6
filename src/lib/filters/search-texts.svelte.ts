/**
 * The source texts the text filter searches (/data/search.json): fetched once, the first time a
 * page needs them, so a page that is not searched never downloads them. Shared by the dashboard
 * and the slides, which filter the same way.
 */
import { resolve } from '$app/paths';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'failed';

export class SearchTexts {
	/** Source text per event id, once loaded. */
	texts = $state.raw<ReadonlyMap<string, string> | null>(null);
	status = $state<SearchStatus>('idle');

	async load(): Promise<void> {
		if (this.status !== 'idle') return;
		this.status = 'loading';
		try {
			const response = await fetch(resolve('/data/search.json'));
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			// Never changed once made, only replaced whole: $state.raw tracks that, no SvelteMap needed.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			this.texts = new Map(Object.entries((await response.json()) as Record<string, string>));
			this.status = 'ready';
		} catch {
			this.status = 'failed';
		}
	}
}
