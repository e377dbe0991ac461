/** Acting where one looks (issue 20): the "Who has access" tab with Grant access and Revoke, for instance and account pages. */
export { WhoHasAccessTab } from './WhoHasAccessTab';
