// What the sidebar's parts may ask of the page controller.
import type { PageController } from '../../utils/page/controller';

/**
 * What the sidebar may ask of the page controller (utils/page/controller.ts): everything but its
 * lifecycle. Retry is optional so the sidebar can be rendered on its own (tests).
 */
export type SidebarActions = Omit<PageController, 'store' | 'start' | 'toggle' | 'retry' | 'openOptions' | 'focusFirstClaim' | 'dismissHint'> &
  Partial<Pick<PageController, 'retry' | 'openOptions'>>;

