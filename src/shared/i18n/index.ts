import type { Locale } from '../domain';
import { en } from './en';
import { id } from './id';

/** The shape every language provides; the Indonesian dictionary is the reference. */
export type Dictionary = typeof id;

export const dictionaries: Record<Locale, Dictionary> = { id, en };

/** `{{name}}` interpolation, the same syntax i18next uses in the renderer. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
