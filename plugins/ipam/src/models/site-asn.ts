/**
 * The `dcim_site_asns` link (NetBox's Site.asns many-to-many). Not a resource: a model class only
 * so an ASN's `site_count` can be a batched count over the join table.
 */
import { BaseModel } from '@patchbay/core';

export class SiteASN extends BaseModel {
  static override tableName = 'dcim_site_asns';
  static override label = 'dcim.site_asns';
  static override verboseName = 'site ASN';
  static override verboseNamePlural = 'site ASNs';
}
