/**
 * The public pages' stylesheet, inlined: a readable measure (about 70
 * characters), system fonts, a table of contents beside the text on wide
 * screens and folded above it on phones, visible focus, and a print layout
 * without navigation.
 */
export const PUBLIC_STYLES = `
:root{color-scheme:light;--ink:#1e293b;--muted:#475569;--line:#e2e8f0;--accent:#1d4ed8;--bg:#fff;--soft:#f8fafc}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:17px/1.65 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent);text-underline-offset:2px}
a:focus-visible,summary:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px;border-radius:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem;z-index:10}
.wrap{max-width:72rem;margin:0 auto;padding:0 1.25rem}
.masthead{border-bottom:1px solid var(--line);background:var(--soft);padding:1.75rem 0 1.25rem}
.org{margin:0;font-size:.85rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);font-weight:600}
h1{font-size:clamp(1.6rem,4vw,2.3rem);line-height:1.2;margin:.3rem 0 .6rem;letter-spacing:-.01em}
.meta{margin:0;color:var(--muted);font-size:.95rem}
.meta strong{color:var(--ink)}
.languages ul{display:flex;gap:.25rem .9rem;justify-content:flex-end;margin:0;padding:0;list-style:none;font-size:.9rem}
.languages a[aria-current]{font-weight:700;text-decoration:none}
.links{display:flex;flex-wrap:wrap;gap:.35rem 1.25rem;margin:.6rem 0 0;padding:0;list-style:none;font-size:.95rem}
.notice{margin:1.25rem 0 0;padding:.75rem 1rem;border-left:4px solid #d97706;background:#fffbeb;font-size:.95rem}
.layout{display:grid;gap:2.5rem;padding:2rem 0 3rem}
@media(min-width:64rem){.layout{grid-template-columns:15rem minmax(0,1fr)}.toc{position:sticky;top:1rem;align-self:start;max-height:calc(100vh - 2rem);overflow:auto}}
.toc{font-size:.92rem}
.toc summary{font-weight:600;cursor:pointer;padding:.25rem 0}
.toc ol{margin:.4rem 0 0;padding-left:1.2rem}
.toc li{margin:.3rem 0}
.toc a{color:var(--ink);text-decoration:none}
.toc a:hover{color:var(--accent);text-decoration:underline}
.policy-page{padding:1.5rem 0 3rem}
.policy{min-width:0;overflow-wrap:anywhere}
.policy>*{max-width:70ch}
.policy-header h1{margin-top:0}
/* The masthead names the organisation already. */
.policy-controller{display:none}
.policy-updated{margin:.2rem 0;color:var(--muted)}
.policy-toc{font-size:.95rem;background:var(--soft);border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin:1.25rem 0 1.5rem}
.policy .policy-toc h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0;padding:0;border:0}
.policy-toc ol{margin:.4rem 0 0;padding-left:1.3rem}
.policy-toc li{margin:.3rem 0}
.policy-toc a{color:var(--ink);text-decoration:none}
.policy-toc a:hover{color:var(--accent);text-decoration:underline}
@media(min-width:64rem){
  .policy{display:grid;grid-template-columns:16rem minmax(0,70ch);column-gap:3rem;align-items:start}
  .policy>*{grid-column:2}
  .policy>.policy-header{grid-column:1/-1}
  .policy>.policy-toc{grid-column:1;grid-row:2/span 200;position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto;margin-top:0}
}
.policy h2{font-size:1.35rem;line-height:1.3;margin:0 0 .6rem}
.policy>section+section{border-top:1px solid var(--line);margin-top:2rem;padding-top:1.5rem}
.policy h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
.policy p{margin:.6rem 0}
.policy ul,.policy ol{padding-left:1.4rem}
.policy li{margin:.25rem 0}
.policy dl{margin:.6rem 0}
.policy dt{font-weight:600;margin-top:.6rem}
.policy dd{margin:0 0 .25rem}
/* Art. 21(4): the right to object, clearly and separately from the other information. */
.policy-objection{border-left:4px solid var(--accent);background:var(--soft);border-radius:.25rem;padding:.1rem 1rem .4rem;margin:1rem 0}
.policy .policy-objection h3{margin-top:.8rem}
.policy table{border-collapse:collapse;width:100%;font-size:.95rem}
.policy th,.policy td{border:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}
.policy address{font-style:normal}
[id]{scroll-margin-top:1rem}
.foot{border-top:1px solid var(--line);padding:1.25rem;color:var(--muted);font-size:.85rem}
.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;word-break:break-all;color:var(--muted)}
table.versions{border-collapse:collapse;width:100%;margin:1.5rem 0 3rem;font-size:.97rem}
table.versions th,table.versions td{border-bottom:1px solid var(--line);padding:.6rem .5rem;text-align:left;vertical-align:top}
table.versions th{font-size:.85rem;color:var(--muted);font-weight:600}
@media(max-width:40rem){
  table.versions thead{position:absolute;left:-9999px}
  table.versions tr{display:block;border-bottom:1px solid var(--line);padding:.6rem 0}
  table.versions th,table.versions td{display:block;border:0;padding:.1rem 0}
  table.versions td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-size:.9rem}
}
.wide{max-width:72rem}
.compare{padding:1rem 0 3rem}
.compare-single{margin:2rem 0}
.compare-form{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:flex-end;margin:1.5rem 0;padding:1rem;background:var(--soft);border:1px solid var(--line);border-radius:.5rem}
.compare-form label{display:flex;flex-direction:column;font-size:.9rem;font-weight:600;gap:.25rem}
.compare-form select,.compare-form button{font:inherit;font-size:.95rem;padding:.4rem .6rem;border:1px solid #94a3b8;border-radius:.375rem;background:#fff}
.compare-form button{background:var(--accent);border-color:var(--accent);color:#fff;font-weight:600;cursor:pointer}
.changes{margin:.5rem 0 2rem;padding-left:1.2rem}
.changes li{margin:.35rem 0}
.tag{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;padding:.05rem .4rem;border-radius:.25rem;margin-right:.35rem;vertical-align:.1em}
.tag.added{background:#dcfce7;color:#14532d}.tag.removed{background:#fee2e2;color:#7f1d1d}.tag.changed{background:#fef3c7;color:#78350f}
.redline section{border-top:1px solid var(--line);padding:.75rem 0}
.redline h3{margin:.25rem 0 .5rem;font-size:1.05rem}
.redline .text{white-space:pre-wrap;max-width:75ch}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
del+ins{margin-left:.2em}
ins{background:#dcfce7;color:#14532d;text-decoration:underline;text-decoration-thickness:1px}
del{background:#fee2e2;color:#7f1d1d;text-decoration:line-through}
.unchanged-list{color:var(--muted);font-size:.95rem}
@media print{
  body{font-size:11pt;line-height:1.5}
  .skip,.toc,.policy-toc,.links,.compare-form{display:none!important}
  .masthead{background:none;padding:0 0 .5rem}
  .layout{display:block;padding:1rem 0}
  .policy{display:block}.policy>*{max-width:none}
  .policy h2{break-after:avoid}
  a{color:inherit;text-decoration:none}
  ins,del{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
