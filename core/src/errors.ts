/** Typed errors that the API layer turns into NetBox-shaped responses. */

/** Field → messages, NetBox's validation error body; `non_field_errors` for the rest. */
export interface FieldErrors {
  [field: string]: string[] | FieldErrors | FieldErrors[];
}

/** Every error Patchbay raises on purpose: a code for logs and tests, a status and a JSON body. */
export class PatchbayError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly body: unknown,
    message?: string,
  ) {
    super(message ?? (typeof body === 'object' && body && 'detail' in body ? String((body as { detail: unknown }).detail) : code));
    this.name = 'PatchbayError';
  }
}

/** A 400 whose body is `{field: [messages]}` (or an array of those for bulk requests). */
export class ValidationError extends PatchbayError {
  constructor(readonly errors: FieldErrors | FieldErrors[]) {
    super('PB_VALIDATION', 400, errors, `Validation failed: ${JSON.stringify(errors)}`);
    this.name = 'ValidationError';
  }
  static field(field: string, ...messages: string[]): ValidationError {
    return new ValidationError({ [field]: messages });
  }
  static nonField(...messages: string[]): ValidationError {
    return new ValidationError({ non_field_errors: messages });
  }
}

export const notFound = (): PatchbayError => new PatchbayError('PB_API_NOT_FOUND', 404, { detail: 'Not found.' });
export const forbidden = (detail = 'You do not have permission to perform this action.'): PatchbayError =>
  new PatchbayError('PB_AUTH_FORBIDDEN', 403, { detail });
export const badRequest = (detail: string): PatchbayError => new PatchbayError('PB_API_BAD_REQUEST', 400, { detail });
export const conflict = (detail: string): PatchbayError => new PatchbayError('PB_API_CONFLICT', 409, { detail });

/** Raised by definePlugin/loadPlugins and the registry; status 500 because it is an operator error at boot. */
export class PluginError extends PatchbayError {
  constructor(code: string, message: string) {
    super(code, 500, { detail: message }, message);
    this.name = 'PluginError';
  }
}

/** Raised when configuration is invalid; start-up prints its one-line message and exits. */
export class ConfigError extends PatchbayError {
  constructor(readonly key: string, message: string) {
    super('PB_CONFIG_INVALID', 500, { detail: message }, `Invalid configuration: ${key}: ${message}`);
    this.name = 'ConfigError';
  }
}
