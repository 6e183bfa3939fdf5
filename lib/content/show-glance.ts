import { setGlanceLines } from '@/lib/chip/add-glance-line';
import type { Chip } from '@/lib/chip/create-chip';
import { sendContentRequest } from '@/lib/messaging/content-messaging';
import type { PageReading } from '@/lib/sites/page-reading';
import { readPostedText } from '@/lib/sites/read-posted-text';

/**
 * Asks the background what the person already did with this posting and how old it is, and shows it in the
 * chip. Best effort: a background that cannot answer leaves the chip as it was.
 */
export async function showGlance(chip: Chip, reading: PageReading, doc: Document, pageUrl: string) {
  const { posting } = reading;
  try {
    const reply = await sendContentRequest('glance.page', {
      url: posting.url ?? pageUrl,
      identifier: posting.identifier,
      title: posting.title,
      company: posting.company,
      datePosted: posting.datePosted,
      postedText: posting.datePosted ? null : readPostedText(doc),
    });
    setGlanceLines(chip, { saved: reply.saved?.line ?? null, lookAlike: reply.lookAlike, age: reply.age });
  } catch {
    // The glance is extra: the score and marks stand without it.
  }
}
