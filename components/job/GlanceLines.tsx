import type { GlancePageReply } from '@/lib/messaging/requests-glance';

/** "Saved 12 Nov · Applied 14 Nov", "Looks like a job you saved" with a link to it, and the posting's age. */
export function GlanceLines({ glance }: { glance: GlancePageReply | null }) {
  if (!glance || (!glance.saved && !glance.lookAlike && !glance.age)) return null;
  return (
    <div className="job-glance">
      {glance.saved && <p className="job-glance-saved">{glance.saved.line}</p>}
      {glance.lookAlike && (
        <p className="job-glance-look-alike">
          {glance.lookAlike.line}:{' '}
          <a href={glance.lookAlike.url} target="_blank" rel="noopener noreferrer">
            {glance.lookAlike.title}
            {glance.lookAlike.company ? ` · ${glance.lookAlike.company}` : ''}
          </a>
        </p>
      )}
      {glance.age && <p className="job-glance-age">{glance.age}</p>}
    </div>
  );
}
