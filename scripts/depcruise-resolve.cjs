// How dependency-cruiser resolves the kit's aliases ($lib) and Svelte's extensions (.dependency-cruiser.cjs).
const { resolve } = require('node:path');

module.exports = {
	resolve: {
		alias: { $lib: resolve(__dirname, '../src/lib') },
		extensions: ['.ts', '.js', '.svelte']
	}
};
