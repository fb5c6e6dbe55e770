/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { PartBoundary } from "../../src/taskpane/PartBoundary";
import { renderPane } from "../support/render-pane";

/** A part that throws while it is drawn as long as `broken.now` holds. */
const broken = { now: true, error: new Error("boom") as Error };
function Part() {
  if (broken.now) throw broken.error;
  return <p>这一部分</p>;
}

function chunkError(): Error {
  // What webpack throws when a chunk's request fails.
  const error = new Error("Loading chunk 253 failed.\n(error: http://127.0.0.1/253.js)");
  error.name = "ChunkLoadError";
  return error;
}

describe("PartBoundary: a failed part says so and can be tried again; the pane stays", () => {
  let quiet: jest.SpyInstance;
  beforeEach(() => {
    // React and the boundary log the caught error: expected here, kept out of the test output.
    quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    broken.now = true;
  });
  afterEach(() => quiet.mockRestore());

  it("shows what to do instead of a part that failed while drawn, and draws it again on 重试", () => {
    broken.error = new Error("boom");
    const retried = jest.fn();
    renderPane(
      <PartBoundary resetKey="rank" onRetry={retried}>
        <Part />
      </PartBoundary>
    );
    expect(screen.getByRole("alert").textContent).toContain(
      "这一部分出错，未能显示。请点「重试」；如仍出错，请关闭并重新打开窗格。已打开的工作簿不受影响。"
    );
    expect(screen.queryByText("boom")).toBeNull();
    broken.now = false;
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(retried).toHaveBeenCalledTimes(1);
    expect(screen.getByText("这一部分")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("names a part whose code did not arrive as a network failure, in the pane's language", () => {
    broken.error = chunkError();
    renderPane(
      <PartBoundary resetKey="rank" onRetry={() => undefined}>
        <Part />
      </PartBoundary>,
      "en-US"
    );
    expect(screen.getByRole("alert").textContent).toContain(
      "This part did not load (the network may have dropped). Check the connection, then choose Retry."
    );
    expect(screen.getByRole("button", { name: "Retry" })).toBeTruthy();
  });

  it("clears the message when another part is opened", () => {
    broken.error = new Error("boom");
    function Tabs() {
      const [tab, setTab] = useState("rank");
      return (
        <>
          <button onClick={() => setTab("collect")}>汇总</button>
          <PartBoundary resetKey={tab} onRetry={() => undefined}>
            <Part />
          </PartBoundary>
        </>
      );
    }
    renderPane(<Tabs />);
    expect(screen.getByRole("alert")).toBeTruthy();
    broken.now = false;
    fireEvent.click(screen.getByRole("button", { name: "汇总" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("这一部分")).toBeTruthy();
  });
});
