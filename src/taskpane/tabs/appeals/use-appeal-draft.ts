import { useState } from "react";
import { localIsoDay } from "../../../core/calendar/official-calendar";
import { isoDayOf } from "../../date-text";

export type AppealDraft = ReturnType<typeof useAppealDraft>;

/** The appeal being typed: whose (period and 工号, unless a row is selected), which indicator, why, and when. */
export function useAppealDraft(today: () => Date) {
  const [period, setPeriod] = useState("");
  const [employeeId, setEmployeeId] = useState("");
  const [indicator, setIndicator] = useState("");
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(() => localIsoDay(today()));
  // yyyy-mm-dd as typed (the field says what is wrong otherwise).
  const submittedDay = isoDayOf(submitted);
  const badDate = submittedDay === null;
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
    submittedDay,
    badDate,
  };
}
