import { useState } from "react";
import { localIsoDay } from "../../../core/calendar/official-calendar";

export type AppealDraft = ReturnType<typeof useAppealDraft>;

/** The appeal being typed: whose (period and 工号, unless a row is selected), which indicator, why, and when. */
export function useAppealDraft(today: () => Date) {
  const [period, setPeriod] = useState("");
  const [employeeId, setEmployeeId] = useState("");
  const [indicator, setIndicator] = useState("");
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(() => localIsoDay(today()));
  const badDate = !/^\d{4}-\d{2}-\d{2}$/.test(submitted);
  return {
    period,
    setPeriod,
    employeeId,
    setEmployeeId,
    indicator,
    setIndicator,
    reason,
    setReason,
    submitted,
    setSubmitted,
    badDate,
  };
}
