/** A user named on a CSS template. */
export interface CssTemplateUserRef {
  id: number;
  first_name: string;
  last_name: string;
}

/** A `css_templates` row as the domain reads it, with who created and last changed it. */
export interface CssTemplateRecord {
  id: number;
  template_name: string;
  css: string | null;
  created_on: Date | null;
  changed_on: Date | null;
  created_by: CssTemplateUserRef | null;
  changed_by: CssTemplateUserRef | null;
}

/** The columns a create or an update writes. */
export interface CssTemplateValues {
  template_name: string;
  css: string | null;
}
