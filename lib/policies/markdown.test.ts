import { describe, expect, it } from "vitest";
import { markdownToHtml } from "./markdown";

describe("markdownToHtml", () => {
  it("renders ordinary Markdown", () => {
    expect(markdownToHtml("Some **bold** and *italic*\n\n- one\n- two")).toBe("<p>Some <strong>bold</strong> and <em>italic</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
  });

  it("gives links rel=noopener noreferrer", () => {
    expect(markdownToHtml("[Choices](https://www.youronlinechoices.com/)")).toBe('<p><a href="https://www.youronlinechoices.com/" rel="noopener noreferrer">Choices</a></p>');
  });

  it("turns Markdown headings into sub-headings of the section", () => {
    expect(markdownToHtml("# Big\n## Also big")).toBe("<h3>Big</h3>\n<h3>Also big</h3>");
  });

  const payloads = [
    "<script>alert(1)</script>",
    "before <script>alert(1)</script> after",
    '<img src=x onerror="alert(1)">',
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<iframe src="https://evil.example"></iframe>',
    '<div onmouseover="alert(1)">hover</div>',
    '<svg onload="alert(1)"><circle /></svg>',
    '<style>body{display:none}</style>',
    '<a href="https://ok.example" onclick="alert(1)" target="_blank">ok</a>',
    '<form action="https://evil.example"><input name="p"></form>',
  ];

  it.each(payloads)("makes %s inert", (payload) => {
    const html = markdownToHtml(payload);
    expect(html).not.toMatch(/<script|<iframe|<svg|<style|<img|<form|<input/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).not.toContain("target=");
  });

  it("keeps the text around a removed script", () => {
    expect(markdownToHtml("before <script>alert(1)</script> after")).toBe("<p>before  after</p>");
  });
});
