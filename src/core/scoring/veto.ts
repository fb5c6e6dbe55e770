import type { Veto } from "../template/schema";

/** §2 veto (一票否决): compared with the row's actual value, not its score. */
export function vetoHolds(veto: Veto, x: number): boolean {
  switch (veto.op) {
    case ">=":
      return x >= veto.value;
    case ">":
      return x > veto.value;
    case "<=":
      return x <= veto.value;
    case "<":
      return x < veto.value;
    case "=":
      return x === veto.value;
  }
}
