/**
 * The bundler's loader for a post image. plugins/blog/remark/images.ts turns
 * each image of a post into `import image from '!!<this file>?<cache>!./img/x.png'`,
 * so the image file is a module of its own: the bundler watches it, and when
 * it changes (in `npm start`, or between two builds with the bundler's cache)
 * this loader runs again and the post shows the new image.
 *
 * The module it returns (width, height, WebP and fallback candidates, the
 * full-size file) is written by `bodyImageModule` in ./module.ts, which
 * registers itself on `globalThis` when Docusaurus loads the site's
 * configuration: a loader is loaded by path, in the same process, and cannot
 * be handed a function. Plain CommonJS, because the bundler loads loaders
 * with Node's own `require`.
 */
const BRIDGE = Symbol.for('developer.overheid.nl/blog-images');

module.exports = function blogImageLoader() {
  const callback = this.async();
  const bridge = globalThis[BRIDGE];
  if (!bridge) {
    callback(
      new Error('plugins/blog/images: the image module is not loaded (docusaurus.config.ts)'),
    );
    return;
  }
  const { cache } = this.getOptions();
  const isServer = this._compiler && this._compiler.name === 'server';
  bridge.bodyImageModule(this.resourcePath, cache, isServer).then(
    (code) => callback(null, code),
    (error) => callback(error),
  );
};

// The image's bytes are not read here (the image pipeline reads the file).
module.exports.raw = true;
