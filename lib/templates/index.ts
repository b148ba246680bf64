export { composeUrl, gmailComposeUrl, mailtoUrl, outlookComposeUrl } from './compose-url';
export { MERGE_FIELDS, type MergeContext } from './merge-fields';
export { checkTemplate } from './parse';
export { renderTemplate, toHtml } from './render';
export { TemplateError, deleteTemplate, listTemplates, saveTemplate } from './template-ops';
