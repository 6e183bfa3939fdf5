import { useState } from 'react';
import type { MissingAcrossJobs as Summary, MissingSkillSummary } from '@/lib/saved/missing-across-jobs';

export interface SkillToAdd {
  skillId: string;
  name: string;
  category: string;
}

export interface MissingAcrossJobsProps {
  summary: Summary;
  onAddToProfile?: (skill: SkillToAdd) => void | Promise<void>;
  onSelectJob: (id: string) => void;
}

function MissingSkillItem({
  item,
  total,
  onAdd,
  onSelectJob,
}: {
  item: MissingSkillSummary;
  total: number;
  onAdd?: () => Promise<void>;
  onSelectJob: (id: string) => void;
}) {
  const [state, setState] = useState<'idle' | 'adding' | 'added' | 'failed'>('idle');
  return (
    <li className="gm-missing-item">
      <details>
        <summary>
          <strong>{item.skill}</strong>: missing in {item.missingIn} of {total}
          {item.requiredIn > 0 && item.requiredIn < item.missingIn ? ` (${item.requiredIn} must-have)` : ''}
          {item.requiredIn === item.missingIn ? ' (must-have)' : ''}
        </summary>
        <ul className="gm-missing-jobs">
          {item.jobs.map((job) => (
            <li key={job.id}>
              <button type="button" className="gm-link" onClick={() => onSelectJob(job.id)}>
                {job.title}
                {job.company ? ` · ${job.company}` : ''}
              </button>
              {job.importance === 'preferred' ? ' (nice to have)' : ''}
            </li>
          ))}
        </ul>
      </details>
      {onAdd && (
        <button
          type="button"
          className="gm-missing-add"
          disabled={state === 'adding' || state === 'added'}
          onClick={() => {
            setState('adding');
            onAdd().then(
              () => setState('added'),
              () => setState('failed'),
            );
          }}
          aria-label={`Add ${item.skill} to profile`}
        >
          {state === 'added' ? 'Added' : state === 'failed' ? 'Retry' : 'Add to profile'}
        </button>
      )}
    </li>
  );
}

/** "Kafka: missing in 7 of 10", most frequent first, each with the jobs it comes from and "Add to profile". */
export function MissingAcrossJobs({ summary, onAddToProfile, onSelectJob }: MissingAcrossJobsProps) {
  if (summary.skills.length === 0) {
    return (
      <p className="gm-missing-empty">
        {summary.scoredJobs === 0 ? 'No scored jobs yet.' : 'Nothing missing across your saved jobs.'}
      </p>
    );
  }
  return (
    <ul className="gm-missing-list" aria-label="Skills missing most often">
      {summary.skills.map((item) => (
        <MissingSkillItem
          key={item.skillId}
          item={item}
          total={summary.scoredJobs}
          onSelectJob={onSelectJob}
          onAdd={
            onAddToProfile
              ? async () =>
                  onAddToProfile({ skillId: item.skillId, name: item.skill, category: item.category })
              : undefined
          }
        />
      ))}
    </ul>
  );
}
