/** What services and service templates share (NetBox's ServiceBase): a protocol, a list of ports, and their display. */
import { FieldValueError, field, type FieldMap, type FieldSpec } from '@patchbay/core';
import { ServiceProtocolChoices } from '../choices/services.js';

/** NetBox's SERVICE_PORT_MIN / SERVICE_PORT_MAX. */
export const SERVICE_PORT_MIN = 1;
export const SERVICE_PORT_MAX = 65535;

/** An ArrayField of port numbers: required, never empty. */
function portsField(): FieldSpec {
  const base = field.intArray({ min: SERVICE_PORT_MIN, max: SERVICE_PORT_MAX, required: true });
  return {
    ...base,
    parse(value) {
      const ports = base.parse!(value) as number[] | null;
      if (ports === null || ports.length === 0) throw new FieldValueError(['This field is required.']);
      return ports;
    },
  };
}

export const serviceBaseFields = (): FieldMap => ({
  protocol: field.choice(ServiceProtocolChoices, { required: true }),
  ports: portsField(),
});

/** NetBox's array_to_string: [22, 80, 81, 82] → "22, 80-82". */
export function portList(ports: unknown): string {
  const sorted = [...new Set((Array.isArray(ports) ? ports : []).map(Number))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(start === sorted[i] ? String(start) : `${start}-${sorted[i]}`);
  }
  return parts.join(', ');
}

/** `{name} ({protocol}/{ports})`, as NetBox's ServiceBase.__str__. */
export function serviceDisplay(row: Record<string, unknown>): string {
  return `${row.name} (${ServiceProtocolChoices.label(row.protocol) || String(row.protocol)}/${portList(row.ports)})`;
}
