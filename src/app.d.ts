// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** This history entry was added by opening an event's panel: closing it goes back. */
			panel?: boolean;
		}
		// interface Platform {}
	}
}

export {};
