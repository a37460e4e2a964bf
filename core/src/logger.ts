/** A minimal leveled logger writing one line per message to stderr. */
export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export const consoleLogger: Logger = {
  info: (m) => process.stderr.write(`[patchbay] ${m}\n`),
  warn: (m) => process.stderr.write(`[patchbay] warning: ${m}\n`),
  error: (m) => process.stderr.write(`[patchbay] error: ${m}\n`),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
