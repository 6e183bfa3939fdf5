import type { GapmarkDatabase } from '@/lib/db/database';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import { safeAnalyzeText } from '@/lib/requirements/analyze-text';
import { scoreMatch } from '@/lib/match/score-match';
import { dealbreakerLine, findDealbreakers } from '@/lib/match/dealbreakers';
import { salaryFromPage } from '@/lib/requirements/facts/salary-from-page';
import type { Handlers } from '@/lib/messaging/server';
import type { Analysis } from '@/lib/schemas/analysis';
import type { ProfileSkill } from '@/lib/schemas/profile';
import { loadEngineData } from '@/lib/skills/engine-data';
import { createStoredForAnalysis, type StoredForAnalysisCache } from './stored-for-analysis';
import { taxonomyRelations } from './taxonomy-relations';

/** lib/match's scoreMatch with the taxonomy's relations bound: what saving and re-scoring use too. */
export const scoreWithTaxonomy = (analysis: Analysis, skills: ProfileSkill[]) =>
  scoreMatch(analysis, skills, taxonomyRelations());

export interface AnalysisHandlerOptions {
  /** The stored values' cache the worker shares with its other handlers (one per database otherwise). */
  stored?: StoredForAnalysisCache;
  /** Called as each analysis starts (the worker's engine warm-up then has nothing left to do). */
  onAnalysis?: () => void;
  /** Called on a page's wake-up message (the worker may warm its engine until the page's analysis comes). */
  onWake?: () => void;
}

export function createAnalysisHandlers(db: GapmarkDatabase, options: AnalysisHandlerOptions = {}) {
  const settings = createSettingsRepository(db);
  const stored = options.stored ?? createStoredForAnalysis(db);
  return {
    'analysis.run': async ({ text, source, confidence, posting, identifier, salary }) => {
      const started = performance.now();
      markOnce('gapmark:bg:request');
      options.onAnalysis?.();
      // The stored values (in memory after the first request) and the engine's data (fetched on a worker's
      // first analysis) load side by side.
      const reading = stored.read({ url: posting.url, identifier });
      reading.catch(() => undefined); // awaited below; not unhandled when the analysis throws first
      await loadEngineData();
      markOnce('gapmark:bg:data');
      const analysing = performance.now();
      const result = safeAnalyzeText(text, {
        source,
        confidence,
        posting,
        isJobPosting: true,
        salary: salaryFromPage(salary),
      });
      if (result instanceof Error) throw new Error(`Could not analyse this posting: ${result.message}`);
      markOnce('gapmark:bg:analysed');
      const analysed = performance.now();
      const { skills, disabledSites, savedJob, preferences, hiddenCompanies } = await reading;
      markOnce('gapmark:bg:stored');
      const scoring = performance.now();
      const match = scoreWithTaxonomy(result, skills);
      const host = posting.url ? safeHost(posting.url) : null;
      const reply = {
        analysis: result,
        match,
        siteEnabled: host === null || !disabledSites.includes(host),
        saved: savedJob ? { id: savedJob.id, status: savedJob.status } : null,
        analyzeMs: performance.now() - started,
        dealbreakers: findDealbreakers(result, preferences, hiddenCompanies).conflicts.map(dealbreakerLine),
        profileSkills: skills.length,
      };
      markOnce('gapmark:bg:answered');
      measure('gapmark:bg:data-wait', started, analysing);
      measure('gapmark:bg:analyse', analysing, analysed);
      measure('gapmark:bg:stored-wait', analysed, scoring);
      measure('gapmark:bg:score', scoring, performance.now());
      return reply;
    },
    // Sent as a page's content script starts: the worker is up by now (and fetches the skills data as it starts,
    // entrypoints/background.ts); read the stored values too (opening the database), so the analysis that
    // follows waits for neither.
    'analysis.warm': () => {
      markOnce('gapmark:bg:warm');
      options.onWake?.();
      // A failure surfaces, with its message, on the analysis.
      void db
        .open()
        .then(() => stored.warm())
        .catch(() => undefined);
      return Promise.resolve({ awake: true });
    },
    'settings.setSiteEnabled': async ({ host, enabled }) => {
      const current = await settings.get('disabledSites');
      const next = enabled ? current.filter((h) => h !== host) : [...new Set([...current, host])];
      await settings.set('disabledSites', next);
      return { disabledSites: next };
    },
  } satisfies Handlers;
}

/** A mark in the worker's timeline for npm run bench:browser (the first of each name: a cold start's). */
function markOnce(name: string): void {
  if (typeof performance.mark === 'function' && performance.getEntriesByName(name).length === 0)
    performance.mark(name);
}

/** A measure in the worker's timeline for npm run bench:browser (the last 50 analyses of each name kept). */
function measure(name: string, start: number, end: number): void {
  if (typeof performance.measure !== 'function') return;
  if (performance.getEntriesByName(name).length >= 50) performance.clearMeasures(name);
  performance.measure(name, { start, end });
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
