import { useRef, useState } from "react";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { compareNames } from "../../../jobs/assessment/roster";
import { collectReviews, type ReviewsCollected } from "../../../jobs/reviews/reviews-job";
import type { PaneHost } from "../../../workbook/pane-host";
import { loadXlsx } from "../../host/lazy-xlsx";
import type { Status } from "../../use-task";
import type { PickedFile } from "../collect/read-roster";
import { makeForms } from "./make-forms";
import { readReviewSource, type ReviewSource } from "./reviews-source";
import { writeReviewBook } from "./write-reviews";
import { useText } from "../../use-text";

/** Forms made or read so far, out of how many, and (while reading) the names of those read. */
export type ReviewProgress = { done: number; total: number; files: string[] };

/** Thrown between two forms when the user cancels: the collection stops there and nothing is aggregated. */
class Cancelled extends Error {}

/** The outcome of reading the forms: counts, and what needs doing. */
export function reviewsSummary(collected: ReviewsCollected): Status {
  const attention = collected.forms.filter((f) => f.state !== "accepted").length;
  const usable = collected.forms.some((f) => f.state === "accepted" || f.state === "attention");
  if (!usable) return { kind: "error", key: "ui.reviews.nothingRead" };
  return {
    kind: attention || collected.unreviewed.length ? "warning" : "success",
    key: "ui.reviews.summary",
    params: {
      forms: collected.forms.length,
      accepted: collected.forms.length - attention,
      attention,
      people: collected.people.length - collected.unreviewed.length,
      unreviewed: collected.unreviewed.length,
    },
  };
}

/** The 互评 part's state and its three tasks: make the forms, read the returned ones, write the sheets. */
export function useReviewsRun({
  host,
  template,
  run,
}: {
  host: PaneHost;
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
}) {
  const { locale } = useText();
  const cancelled = useRef({ aborted: false });
  const [making, setMaking] = useState<ReviewProgress | null>(null);
  const [progress, setProgress] = useState<ReviewProgress | null>(null);
  const [collected, setCollected] = useState<ReviewsCollected | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  // The score sheet the forms were read against: its people's names and its template's items and targets.
  const [source, setSource] = useState<ReviewSource | null>(null);

  const make = () =>
    run(async (): Promise<Status> => {
      const source = await readReviewSource(host, template);
      if (!source.ok) return source.status;
      cancelled.current = { aborted: false };
      return makeForms(host, source.value, locale, cancelled.current, (done, total) =>
        setMaking({ done, total, files: [] })
      );
    });

  const start = (picked: PickedFile[]) =>
    run(async (): Promise<Status> => {
      const files = [...picked].sort((a, b) => compareNames(a.name, b.name));
      setCollected(null);
      const source = await readReviewSource(host, template);
      if (!source.ok) return source.status;
      const signal = (cancelled.current = { aborted: false });
      setProgress({ done: 0, total: files.length, files: [] });
      const Xlsx = await loadXlsx();
      let readSoFar = 0;
      try {
        const read = await collectReviews(
          files.map((file) => ({
            name: file.name,
            read: async () => new Uint8Array(await file.arrayBuffer()),
          })),
          {
            reviews: source.value.reviews,
            precision: source.value.template.template.precision,
            people: source.value.people.map((p) => p.id),
            open: (bytes) => Xlsx.fromBuffer(bytes),
            onProgress: (done, total) => {
              readSoFar = done;
              setProgress({ done, total, files: files.slice(0, done).map((f) => f.name) });
              if (signal.aborted && done < total) throw new Cancelled();
            },
          }
        );
        setSource(source.value);
        setCollected(read);
        return reviewsSummary(read);
      } catch (error) {
        if (!(error instanceof Cancelled)) throw error;
        return {
          kind: "warning",
          key: "ui.reviews.readCancelled",
          params: { done: readSoFar, total: files.length },
        };
      }
    });

  const write = () =>
    run(async (): Promise<Status | void> => {
      if (!collected) return;
      const source = await readReviewSource(host, template);
      if (!source.ok) return source.status;
      return writeReviewBook(host, source.value, collected, { overwrite, locale });
    });

  // Both loops read this flag between two forms, so setting it stops the run after the current one.
  const cancel = () => (cancelled.current.aborted = true);

  return {
    making,
    progress,
    collected,
    source,
    overwrite,
    setOverwrite,
    make,
    start,
    write,
    cancel,
  };
}
