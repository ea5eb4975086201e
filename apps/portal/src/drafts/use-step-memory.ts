import { useState } from 'react';

const keyOf = (userSub: string, scope: string) => `sosialtilskudd.step.${userSub}.${scope}`;

function read(key: string): number {
  const value = Number(sessionStorage.getItem(key));
  return Number.isInteger(value) && value >= 0 ? value : 0;
}

/** The wizard's step for this tab, so a reload comes back to the step the person was on. */
export function useStepMemory(userSub: string, scope: string) {
  const [state] = useState(() => {
    let key = keyOf(userSub, scope);
    return {
      initial: read(key),
      remember: (step: number) => sessionStorage.setItem(key, String(step)),
      /** The draft got its id: the step follows it to the draft's key. */
      move: (id: string) => {
        const step = sessionStorage.getItem(key);
        sessionStorage.removeItem(key);
        key = keyOf(userSub, id);
        if (step !== null) sessionStorage.setItem(key, step);
      },
      clear: () => sessionStorage.removeItem(key),
    };
  });
  return state;
}
