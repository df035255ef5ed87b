import { z } from 'zod';

export const LocaleSchema = z.enum(['en', 'es', 'ja', 'zh']);
export type Locale = z.infer<typeof LocaleSchema>;

export const LocalizedTextSchema = z.object({ en: z.string(), es: z.string(), ja: z.string(), zh: z.string() });

/** Ids of workspaces, centres and departments: URL-safe slugs. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'use 1-64 lowercase letters, digits and inner hyphens');

export const NameSchema = z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters');

/** The error body of every failed API request. */
export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z
      .array(
        z.object({
          path: z.string(),
          code: z.string(),
          message: z.string(),
          line: z.number().int().optional(),
          column: z.number().int().optional(),
          file: z.string().optional(),
        }),
      )
      .default([]),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
