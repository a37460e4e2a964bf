import { defineSerializer } from '@patchbay/core';
import { Module } from '../models/module.js';

/** Modules in the reference's key order; the brief form names the device and the bay. */
export const moduleSerializer = defineSerializer(Module, {
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'module_bay', 'module_type', 'status', 'serial', 'asset_tag',
    'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'device', 'module_bay'],
});
