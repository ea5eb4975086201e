/** Weighted modulus-11 check digit, or undefined when the weights give an impossible remainder (the number is invalid). */
export function mod11CheckDigit(digits: string, weights: readonly number[]): number | undefined {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

export function hasValidMod11(digits: string, weights: readonly number[]): boolean {
  if (!/^\d+$/.test(digits) || digits.length !== weights.length + 1) return false;
  return mod11CheckDigit(digits, weights) === Number(digits[weights.length]);
}
