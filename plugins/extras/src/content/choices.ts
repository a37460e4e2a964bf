/** Choice sets of the content area (NetBox's extras/choices.py). */
import { defineChoices } from '@patchbay/core';

/** CustomLinkButtonClassChoices: the button colours of a custom link. */
export const CustomLinkButtonClassChoices = defineChoices('extras.CustomLink.button_class', [
  ['default', 'Default'],
  ['blue', 'Blue'],
  ['indigo', 'Indigo'],
  ['purple', 'Purple'],
  ['pink', 'Pink'],
  ['red', 'Red'],
  ['orange', 'Orange'],
  ['yellow', 'Yellow'],
  ['green', 'Green'],
  ['teal', 'Teal'],
  ['cyan', 'Cyan'],
  ['gray', 'Gray'],
  ['black', 'Black'],
  ['white', 'White'],
  ['ghost-dark', 'Link'],
]);
