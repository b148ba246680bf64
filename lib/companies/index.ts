// Companies captured beside their leads: the draft's company, its preview and its save.
export {
  type CompanyField,
  companyForDraft,
  companyOfLead,
  companyPatchFromDraft,
  previewCompany,
  saveCompany,
  type SaveCompanyResult,
} from './save-company';
