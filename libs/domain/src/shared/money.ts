/** An amount of Vietnamese đồng, which has no minor unit: 350000000 → "350.000.000 đồng". */
export function formatVnd(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not a whole number of đồng: ${amount}`);
  const digits = Math.abs(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}${digits} đồng`;
}
