/**
 * Grading one answer: right only when exactly the correct options are chosen
 * (a multiple-choice question with one right option missing is wrong).
 */
export interface Grade {
  correct: boolean;
  /** The correct option keys, in order. */
  correctKeys: string[];
  /** Chosen keys that are wrong. */
  wrongChosen: string[];
  /** Correct keys not chosen. */
  missed: string[];
}

/** `answer` is the correct keys run together ("B", "ACD"); `chosen` the keys picked. */
export function gradeAnswer(answer: string, chosen: string[]): Grade {
  const correctKeys = [...answer];
  const picked = new Set(chosen);
  const wrongChosen = [...picked].filter((k) => !correctKeys.includes(k)).sort();
  const missed = correctKeys.filter((k) => !picked.has(k));
  return { correct: wrongChosen.length === 0 && missed.length === 0, correctKeys, wrongChosen, missed };
}
