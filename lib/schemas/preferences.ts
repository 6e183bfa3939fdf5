import { z } from 'zod/mini';
import { SalaryPeriodSchema, WorkplaceSchema } from './analysis';
import { lazySchema } from './lazy-schema';

// The person's dealbreakers, kept in the settings table under "preferences". Every field may be left empty,
// and an empty field never flags anything.

export const MinimumSalarySchema = lazySchema(() =>
  z.object({
    amount: z.number().check(z.positive()),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)), // ISO 4217 code, "EUR"
    period: SalaryPeriodSchema,
  }),
);
export type MinimumSalary = z.infer<typeof MinimumSalarySchema>;

export const PreferencesSchema = lazySchema(() =>
  z.object({
    needsVisaSponsorship: z.boolean(),
    /** Workplaces the person accepts; empty means any. */
    workplaces: z.array(WorkplaceSchema),
    minSalary: z.nullable(MinimumSalarySchema),
    /**
     * Rates the person gave: one unit of the key currency in the minimum salary's currency ({ USD: 0.92 } with
     * a EUR floor). Without a rate, pay in another currency is "can't compare", never a conflict.
     */
    currencyRates: z.record(z.string().check(z.regex(/^[A-Z]{3}$/)), z.number().check(z.positive())),
    /** Spoken languages, as the engine names them ("German", "English"); empty means not set. */
    languages: z.array(z.string().check(z.minLength(1))),
  }),
);
// Hidden companies are their own setting ("hiddenCompanies"), shared with the search-list badges that dim them.
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  needsVisaSponsorship: false,
  workplaces: [],
  minSalary: null,
  currencyRates: {},
  languages: [],
};
