// Node's own dynamic import, for plugins/lib/native-require.ts: in a plain
// CommonJS file, so neither jiti nor a bundler rewrites the `import()`.
module.exports = (specifier) => import(specifier);
