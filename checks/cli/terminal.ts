/** How the CLI meets a terminal: when to colour, and ending quietly when the reader of a pipe goes away. */

/**
 * Colour follows the conventions most tools share: NO_COLOR (any non-empty value) turns it off, FORCE_COLOR turns it
 * on (`0` or `false` turn it off), and otherwise only a terminal gets it. See https://no-color.org.
 *
 * @example colourEnabled({ FORCE_COLOR: '1' }, false) // true
 */
export function colourEnabled(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env['NO_COLOR']) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY;
}

/**
 * `plumbline rules | head -1`: once `head` exits, writing to the pipe fails with EPIPE. That is the reader's choice,
 * not an error, so the process ends at once with the status it already had and prints nothing.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw error;
  });
}
