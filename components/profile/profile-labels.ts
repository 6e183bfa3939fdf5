import type { SkillLevel } from '@/lib/schemas/profile';
import { SkillCategorySchema } from '@/lib/schemas/taxonomy';
import { CUSTOM_CATEGORY } from '@/lib/profile/json-resume';

export const LEVEL_LABELS: Record<SkillLevel, string> = {
  learning: 'Learning',
  basic: 'Basic',
  working: 'Working',
  strong: 'Strong',
  expert: 'Expert',
};

const CATEGORY_LABELS: Record<string, string> = {
  language: 'Languages',
  framework: 'Frameworks',
  library: 'Libraries',
  database: 'Databases',
  cloud: 'Cloud',
  devops: 'DevOps',
  'data-ml': 'Data & ML',
  'ai-llm': 'AI & LLMs',
  testing: 'Testing',
  observability: 'Observability',
  practice: 'Practices',
  security: 'Security',
  mobile: 'Mobile',
  design: 'Design',
  'business-tool': 'Business tools',
  'spoken-language': 'Spoken languages',
  certification: 'Certifications',
  degree: 'Degrees',
  'soft-skill': 'Soft skills',
  knowledge: 'Knowledge',
  tool: 'Tools',
  [CUSTOM_CATEGORY]: 'Your own skills',
};

export const categoryLabel = (category: string): string => CATEGORY_LABELS[category] ?? category;

// Groups follow the taxonomy's category order; custom skills and unknown categories come last.
const ORDER = [...SkillCategorySchema.options, CUSTOM_CATEGORY];
export const categoryRank = (category: string): number => {
  const rank = ORDER.indexOf(category as (typeof ORDER)[number]);
  return rank < 0 ? ORDER.length : rank;
};
