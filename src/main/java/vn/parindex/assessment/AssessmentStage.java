package vn.parindex.assessment;

/** Where in the yearly cycle a set of scores comes from. */
public enum AssessmentStage {
  SELF,
  APPRAISAL_1,
  APPRAISAL_2,
  PUBLISHED
}
