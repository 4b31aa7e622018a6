/**
 * A loader that loads once and shares the result, but forgets a failure: the next call (Retry)
 * loads again instead of handing back the same rejection for the life of the page.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | null = null;
	return () => {
		if (!loading) {
			const p = load();
			loading = p;
			// Also marks the rejection as handled: whoever awaits the load reports it.
			p.catch(() => {
				if (loading === p) loading = null;
			});
		}
		return loading;
	};
}
