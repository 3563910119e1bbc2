/**
 * The most characters of a link a QR code can hold (byte mode, version 40,
 * low error correction). On its own so that text stating the limit needs no
 * import of the encoder.
 */
export const QR_MAX_CHARS = 2953;
