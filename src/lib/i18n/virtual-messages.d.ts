// One language's messages, gathered by the build (scripts/support/paraglide-lazy-locales.ts) in the
// order the split message modules count them.
declare module 'virtual:cjt-messages/*' {
	const messages: readonly ((inputs: unknown) => string)[];
	export default messages;
}
