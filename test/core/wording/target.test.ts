import { isIndicatorError } from "../../../src/core/errors";
import {
  completionWording,
  scheduleWording,
  targetGapWording,
  targetStatus,
  targetStatusWording,
} from "../../../src/core/wording";

describe("targetGapWording(actual, target, options)", () => {
  it("T18: 23.1 vs 8.0 is 高于…15.1个百分点; −12.6 vs 8.0 is 低于…20.6个百分点", () => {
    expect(targetGapWording(23.1, 8)).toBe("高于预期目标15.1个百分点");
    expect(targetGapWording(-12.6, 8)).toBe("低于预期目标20.6个百分点");
  });
  it("names the target as written", () => {
    expect(targetGapWording(6.5, 6, { targetText: "6%左右" })).toBe("高于6%左右的预期目标0.5个百分点");
    expect(targetGapWording(6.02, 6, { targetText: "6%左右" })).toBe("与6%左右的预期目标持平");
  });
});

describe("targetStatus(actual, target, options) — METHODS.md §1.13", () => {
  it.each([
    [7.8, 7.5, undefined, "met"], // 2012 GDP 7.8 vs 7.5
    [6.0, 6, "以上", "met"],
    [5.96, 6, "以上", "met"], // shows as 6.0
    [5.9, 6, "以上", "missed"],
    [5.2, 5.5, "左右", "met"], // lower-is-better needs the direction, see below
    [4.9, 5, "以内", "met"],
    [5.1, 5, "以内", "missed"],
    [5.1, 5, "以下", "missed"],
  ] as const)("actual %p vs target %p (%s) → %p", (actual, target, qualifier, status) => {
    const expected = qualifier === "左右" ? "missed" : status; // 左右 defaults to higher-is-better
    expect(targetStatus(actual, target, { qualifier })).toBe(expected);
  });
  it("左右 with lower-is-better (失业率 5.2 vs 5.5左右) is met", () => {
    expect(targetStatus(5.2, 5.5, { qualifier: "左右", direction: -1 })).toBe("met");
  });
  it("左右 shortfall within the tolerance is 基本完成; outside it 未完成", () => {
    expect(targetStatusWording(5.8, 6, { qualifier: "左右", tolerance: 0.5 })).toBe("基本完成预期目标");
    expect(targetStatusWording(5.4, 6, { qualifier: "左右", tolerance: 0.5 })).toBe("未完成预期目标");
    expect(targetStatusWording(5.8, 6, { qualifier: "以上", tolerance: 0.5 })).toBe("未完成预期目标");
    expect(targetStatusWording(6.3, 6, { qualifier: "左右" })).toBe("完成预期目标");
  });
  it("a negative tolerance is #VALUE!", () => {
    const r = targetStatus(5, 6, { tolerance: -1 });
    expect(isIndicatorError(r) && r.key).toBe("wordingTolerance");
  });
});

describe("completionWording and scheduleWording — METHODS.md §1.11", () => {
  it("T25: 737 of 1100 is 完成年度目标的67.0%", () => {
    expect(completionWording((737 / 1100) * 100)).toBe("完成年度目标的67.0%");
    expect(completionWording(113, { digits: 0 })).toBe("完成年度目标的113%");
  });
  it.each([
    [85, (10 / 12) * 100, "快于序时进度1.7个百分点"],
    [80, (10 / 12) * 100, "慢于序时进度3.3个百分点"],
    [50.1, 50, "快于序时进度0.1个百分点"], // 时间过半、任务过半
    [50.02, 50, "与序时进度持平"],
  ])("completion %p vs progress %p → %p", (c, p, text) => {
    expect(scheduleWording(c, p)).toBe(text);
  });
  it("2 decimals when asked (完成进度高于时间进度7.99个百分点)", () => {
    expect(scheduleWording(82.99, 75, { digits: 2 })).toBe("快于序时进度7.99个百分点");
  });
  it("rejects progress outside 0…100 and negative completion", () => {
    const a = scheduleWording(50, 120);
    const b = completionWording(-1);
    expect(isIndicatorError(a) && a.key).toBe("wordingProgress");
    expect(isIndicatorError(b) && b.key).toBe("wordingCompletion");
  });
});
