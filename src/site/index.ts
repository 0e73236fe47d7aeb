/** The site shell for the landing page and lesson pages (page scripts import from here). */
export { siteHeader, siteFooter } from './shell';
export { computeExampleA, stepAt, workedExampleView, type WorkedExample } from './worked-example';
