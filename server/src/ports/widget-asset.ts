/** The content codings the widget's files are stored in. */
export type ContentCoding = 'br' | 'gzip' | 'identity'

/**
 * One file of the widget build in every content coding, compressed once when the server starts,
 * each with its own strong ETag (RFC 9110 §8.8.3: a validator names one representation).
 */
export type WidgetFile = Readonly<Record<ContentCoding, { body: Uint8Array<ArrayBuffer>; etag: string }>>

/**
 * The built widget: the module (`widget.js`) and the chunks it loads on demand
 * (`widget-<name>-<hash>.js`, by file name), served at `/` and under `/widget/<version>/`.
 */
export type WidgetAsset = {
  /** Changes whenever widget.js does, and so whenever any chunk does (widget.js names them by hash). */
  version: string
  /** Subresource Integrity of widget.js as served without content coding: `sha384-<base64>`. */
  integrity: string
  entry: WidgetFile
  chunks: Readonly<Record<string, WidgetFile>>
}
