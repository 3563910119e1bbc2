/**
 * zod schemas for the controlled vocabularies of the plan format. The words
 * themselves, and what each means, are in terms.ts (without zod, for the
 * browser); they are re-exported here so server code has one place to import
 * from.
 */
import { z } from 'zod';
import {
  BODY_KINDS,
  CHOICE_METHODS,
  DUTY_KINDS,
  FEATURES,
  HOME_ROLES,
  HOME_WORDS,
  HOME_TYPES,
  POST_LEVELS,
  PARTICIPANT_ROLES,
  POSTS,
  ROLES,
  STATIONS,
  TENURES,
  UNIT_KINDS,
  VACANCY_REASONS,
  VENUES,
} from './terms.ts';

export * from './terms.ts';

export const unitKindSchema = z.enum(UNIT_KINDS);
export const roleSchema = z.enum(ROLES);
export const tenureSchema = z.enum(TENURES);
export const homeTypeSchema = z.enum(HOME_TYPES);
/** A home-unit word in a rule: a type or one of the broader categories (HOME_CATEGORIES). */
export const homeWordSchema = z.enum(HOME_WORDS as [string, ...string[]]);
export const participantRoleSchema = z.enum(PARTICIPANT_ROLES);
export const featureSchema = z.enum(FEATURES);
export const homeRoleSchema = z.enum(HOME_ROLES);
export const postSchema = z.enum(POSTS);
export const postLevelSchema = z.enum(POST_LEVELS);
export const choiceMethodSchema = z.enum(CHOICE_METHODS);
export const stationSchema = z.enum(STATIONS);
export const bodyKindSchema = z.enum(BODY_KINDS);
export const dutyKindSchema = z.enum(DUTY_KINDS);
export const venueSchema = z.enum(VENUES);
export const vacancyReasonSchema = z.enum(VACANCY_REASONS);
