import { controlStyles, hostStyles } from '../../internal/shared-styles.js';
import { tokenStyles } from '../../internal/tokens.js';

/** What the element needs before its form has loaded: the tokens, the controls and how the host box behaves. */
export const advancedFilterStyles = [tokenStyles, hostStyles, controlStyles];
