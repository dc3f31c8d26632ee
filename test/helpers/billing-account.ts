/**
 * The three-currency account the billing tests check by hand: its rows live with the stories
 * (stories/billing-summary/billing-fixtures.ts), where each row says what it adds up to.
 */
export { BILLING_TODAY, billingAccount } from '../../stories/billing-summary/billing-fixtures.js';
