import type { CatalogSkill } from '@/lib/profile/skill-lookup';

// A handful of skills shaped like the real taxonomy's, so the profile logic is tested without it.
export const TINY_TAXONOMY: CatalogSkill[] = [
  { id: 'kubernetes', name: 'Kubernetes', category: 'devops', aliases: ['k8s', 'kube'], source: ['curated'] },
  { id: 'kustomize', name: 'Kustomize', category: 'devops', aliases: [] },
  {
    id: 'javascript',
    name: 'JavaScript',
    category: 'language',
    aliases: ['JS', 'ECMAScript'],
    source: ['curated'],
  },
  { id: 'java', name: 'Java', category: 'language', aliases: [], source: ['curated'] },
  { id: 'typescript', name: 'TypeScript', category: 'language', aliases: ['TS'], source: ['curated'] },
  { id: 'nodejs', name: 'Node.js', category: 'framework', aliases: ['Node', 'NodeJS'], source: ['curated'] },
  {
    id: 'postgresql',
    name: 'PostgreSQL',
    category: 'database',
    aliases: ['Postgres', 'psql'],
    source: ['curated'],
  },
  { id: 'python', name: 'Python', category: 'language', aliases: [], source: ['curated'] },
  { id: 'go', name: 'Go', category: 'language', aliases: ['Golang'], ambiguous: true, source: ['curated'] },
  { id: 'google-cloud', name: 'Google Cloud', category: 'cloud', aliases: ['GCP'], source: ['curated'] },
  { id: 'cpp', name: 'C++', category: 'language', aliases: ['cpp'], source: ['curated'] },
  { id: 'csharp', name: 'C#', category: 'language', aliases: ['csharp'], source: ['curated'] },
  { id: 'dotnet', name: '.NET', category: 'framework', aliases: ['dotnet'], source: ['curated'] },
  { id: 'terraform', name: 'Terraform', category: 'devops', aliases: [], source: ['curated'] },
  { id: 'apache-kafka', name: 'Apache Kafka', category: 'data-ml', aliases: ['Kafka'], source: ['curated'] },
  { id: 'scikit-learn', name: 'scikit-learn', category: 'data-ml', aliases: ['sklearn'] },
  { id: 'html', name: 'HTML', category: 'language', aliases: ['HTML5'], source: ['curated'] },
  { id: 'css', name: 'CSS', category: 'language', aliases: ['CSS3'], source: ['curated'] },
  { id: 'german', name: 'German', category: 'spoken-language', aliases: ['Deutsch'] },
  { id: 'javafx', name: 'JavaFX', category: 'framework', aliases: [] },
];
