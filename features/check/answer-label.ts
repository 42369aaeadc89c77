import { isJurisdictionCode } from '@/questionnaire/jurisdictions';
import type { AnswerValue } from '@/questionnaire/questions';
import type { CheckContent } from '@/content/check-content-types';

/** The words for an answer id: a place name for the state question, else the choice label. */
export function answerLabel(value: AnswerValue, content: Pick<CheckContent, 'choices' | 'states'>): string {
  return isJurisdictionCode(value) ? content.states[value] : content.choices[value];
}
