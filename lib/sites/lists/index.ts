import { glassdoorList } from './glassdoor';
import { indeedList } from './indeed';
import { linkedinList } from './linkedin';
import { naukriList } from './naukri';
import { stepstoneList } from './stepstone';
import { wellfoundList } from './wellfound';
import type { ListBoard } from './list-board';

export type { ListBoard } from './list-board';

/** The boards whose search lists get status badges. */
export const LIST_BOARDS: readonly ListBoard[] = [
  linkedinList,
  indeedList,
  glassdoorList,
  stepstoneList,
  naukriList,
  wellfoundList,
];

/** The list board of a host name, or undefined. */
export const listBoardFor = (hostname: string) => LIST_BOARDS.find((board) => board.host.test(hostname));
