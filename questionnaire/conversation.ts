/**
 * The conversation as the screens show it: one view model for the check page, the
 * navigator and the embed, so that no component recomputes results, the place or a note.
 * Pure: a function of the machine's snapshot and the state facts, ids only.
 */
import { positionOf, type CheckContext, type CheckStateId } from './check.machine';
import { isJurisdictionCode, type JurisdictionCode } from './jurisdictions';
import { questionNote, type PlaceFactsMap, type PlaceNote } from './places';
import {
  FLOW,
  QUESTION_IDS,
  opensFollowUps,
  question,
  type AnswerValue,
  type Answers,
  type QuestionDef,
  type QuestionId,
} from './questions';
import { deriveResults, type ChannelResult } from './results';
import { agreementsIn, helpFor, placeFile, type CountyAgreements, type HelpEntry, type PlaceFile } from './counties';

/** What the place's file says for this person: ICE's list for their county, and local help. */
export interface LocalFacts {
  file?: PlaceFile;
  /** ICE's 287(g) list for the county named (undefined without a county on the file's list). */
  agreements?: CountyAgreements;
  help: HelpEntry[];
  /** Questions answered from data, not by the person (their "why" names the data). */
  fromData: QuestionId[];
}

export interface Turn {
  question: QuestionId;
  answer: AnswerValue;
  /** Whether the answer opens the flow the question is about (its note says so), or not ("No"). */
  opens: boolean;
}

export interface ConversationView {
  /** The question being asked, or 'results'. */
  at: CheckStateId;
  /** The question on screen: the one asked, or the one being changed in the navigator. */
  asking: QuestionDef | null;
  /** The questions answered, in the order asked, each with its answer. */
  turns: Turn[];
  /** Every answer the person gave, in question order (kept answers after an edit included). */
  answered: { question: QuestionId; answer: AnswerValue }[];
  /** The answers that count: the person's and those that data gives. */
  answers: Answers;
  results: ChannelResult[];
  /** The state or territory the person named, if any. */
  place: JurisdictionCode | null;
  /** A note about the person's state shown with the question on screen, if any. */
  note: PlaceNote | null;
  /** "Question n of about total" while asking; null on the results. */
  progress: { n: number; total: number } | null;
  /** Answers that the last change made irrelevant. */
  dropped: QuestionId[];
  canGoBack: boolean;
  local: LocalFacts;
}

type Snapshot = { value: unknown; context: CheckContext };

export function conversationView(snapshot: Snapshot, places: PlaceFactsMap, editing: QuestionId | null = null): ConversationView {
  const { context } = snapshot;
  const at = positionOf(snapshot);
  const derived = FLOW.fromData(context.answers, context.data);
  const answers = { ...context.answers, ...derived };
  const file = placeFile(context.data, answers.state);
  const place = isJurisdictionCode(answers.state) ? answers.state : null;
  const askingId = editing ?? (at === 'results' ? null : at);
  const turns = context.history.flatMap((q) => {
    const answer = context.answers[q];
    return answer === undefined ? [] : [{ question: q, answer, opens: opensFollowUps(answer) }];
  });
  return {
    at,
    asking: askingId ? question(askingId) : null,
    turns,
    answered: QUESTION_IDS.flatMap((q) => {
      const answer = context.answers[q];
      return answer === undefined ? [] : [{ question: q, answer }];
    }),
    answers,
    results: deriveResults(answers, places),
    place,
    note: askingId && place ? questionNote(askingId, places[place]) : null,
    progress:
      at === 'results'
        ? null
        : { n: context.history.length + 1, total: FLOW.estimateTotal(context.history, at, context.answers, context.data) },
    dropped: context.dropped,
    canGoBack: context.history.length > 0,
    local: {
      file,
      agreements: agreementsIn(file, answers.county),
      help: helpFor(file, answers.county),
      fromData: Object.keys(derived) as QuestionId[],
    },
  };
}
