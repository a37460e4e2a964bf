/** Patchbay's own version and the NetBox REST API level it implements. */
export const PATCHBAY_VERSION = '0.1.0';
/** Sent as `API-Version`; NetBox clients read it to pick behaviours. */
export const API_VERSION = '4.2';
