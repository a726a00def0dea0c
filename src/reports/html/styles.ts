import { statusCss } from './status.js';

/**
 * The report's whole stylesheet, inline (no external assets, no web fonts).
 * Print: A4, navigation and search hidden, rows never split; "Print this
 * state" (body[data-print-state]) prints that state's page alone.
 */
export function styles(): string {
  return `${BASE}
${statusCss()}
${PRINT}`;
}

const BASE = `:root{color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1a1a1a;background:#fff;line-height:1.45;font-size:15px}
a{color:#0a4d8c}
a:hover{color:#062f57}
:focus-visible{outline:3px solid #b34700;outline-offset:2px}
:target,[id^=state-],[id^=instrument-],h2,h3{scroll-margin-top:3.2rem}
.skip{position:absolute;left:-9999px;top:0}
.skip:focus{left:1rem;top:1rem;background:#fff;color:#0a4d8c;padding:.5rem 1rem;z-index:10}
.vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
header.site{background:#0b3a60;color:#fff;padding:1rem 1.5rem}
header.site h1{margin:0 0 .25rem;font-size:1.6rem}
header.site p{margin:.2rem 0;max-width:70rem}
header.site a{color:#fff}
header.site .meta{font-size:.95rem}
nav.site{background:#e8eef4;border-bottom:1px solid #7d8fa3;padding:.4rem 1.5rem;position:sticky;top:0;z-index:5}
nav.site ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0;padding:0}
nav.site a{font-weight:600}
main{padding:1rem 1.5rem 3rem}
main>section{margin:0 0 2.5rem;border-top:2px solid #0b3a60;padding-top:.5rem}
h2{font-size:1.4rem;margin:.5rem 0}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .4rem}
p.lead{max-width:60rem}
table{border-collapse:collapse;font-size:.9rem}
th,td{border:1px solid #8c8c8c;padding:.25rem .45rem;vertical-align:top;text-align:left}
thead th{background:#f0f0f0}
th[scope=row]{background:#fafafa;font-weight:600;white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.table-scroll{overflow-x:auto;max-width:100%;margin:.5rem 0 1rem}
button{font:inherit;color:inherit}
button.sort{background:none;border:0;padding:0;cursor:pointer;text-align:inherit;font-weight:inherit}
button.sort::after{content:" \\2195";color:#555}
th[aria-sort=ascending] button.sort::after{content:" \\2191";color:#111}
th[aria-sort=descending] button.sort::after{content:" \\2193";color:#111}
.heatmap td.cell{text-align:center;min-width:1.7rem;padding:.15rem 0;font-weight:700;font-size:.95rem;line-height:1.2}
.heatmap thead th.ob{vertical-align:bottom;padding:.3rem .1rem;font-weight:400;font-size:.75rem}
.heatmap thead th.ob button{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
.heatmap thead th.ob button.sort::after{content:""}
.heatmap thead th.ob[aria-sort] button{text-decoration:underline;font-weight:700}
.heatmap thead th.tot{vertical-align:bottom;font-size:.8rem}
.heatmap th[scope=row] a{text-decoration:none}
.heatmap th[scope=row] .iso{color:#444;font-weight:400;font-size:.8rem}
.st-no-record{background-image:repeating-linear-gradient(135deg,transparent 0 5px,#c9c9c9 5px 6px)}
.legend{margin:.5rem 0 1rem}
.legend-title{font-weight:700;margin:0 0 .25rem}
.legend ul{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:0;padding:0}
.swatch{display:inline-block;width:1.6rem;height:1.4rem;border:1px solid #555;text-align:center;font-weight:700;line-height:1.3rem;vertical-align:middle}
.badge{display:inline-block;border:1px solid #555;border-radius:3px;padding:0 .35rem;white-space:nowrap;font-weight:600}
.stale{display:inline-block;border:1px dashed #7a3b00;color:#7a3b00;padding:0 .3rem;font-size:.8rem;margin-left:.25rem}
.state-nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:0}
.state-page{border-top:1px solid #8c8c8c;margin-top:1.5rem}
.state-page h3{margin-top:1rem}
.state-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.5rem 1.5rem}
.print-state{border:1px solid #0a4d8c;background:#fff;color:#0a4d8c;padding:.2rem .7rem;border-radius:3px;cursor:pointer}
.gap-table{width:100%}
.gap-table td.asof{white-space:nowrap}
table.summary-table{width:auto}
.gap-table td.what{min-width:16rem}
.gap-table .key{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.82rem}
ul.records{list-style:none;margin:0;padding:0}
ul.records>li{margin:0 0 .3rem}
ul.records>li.older{color:#444}
ul.evidence{margin:.1rem 0 0 1rem;padding:0}
.summary-table{margin-bottom:.5rem}
code,.key{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.85em}
.instrument{border-top:1px solid #8c8c8c}
.chart{max-width:100%;height:auto;display:block;margin:.5rem 0}
.chart text{font-family:inherit}
ol.chain{list-style:none;padding:0;margin:.25rem 0 1rem}
ol.chain>li{border-left:4px solid #0a4d8c;padding:.2rem .6rem;margin:0 0 .35rem}
.change{font-weight:700}
.change-stronger{color:#0b5a2a}
.change-weaker{color:#8a2a00}
.quote{margin:.2rem 0 0;color:#333;max-width:60rem}
.search-box label{font-weight:700;display:block;margin-bottom:.25rem}
.search-box input{font:inherit;padding:.35rem .5rem;width:min(40rem,100%);border:2px solid #555;border-radius:3px}
#search-results{padding-left:1.5rem}
#search-results li{margin:.5rem 0;max-width:60rem}
#search-results p{margin:.1rem 0}
#search-results mark{background:#ffe066;color:#111}
.muted{color:#444}
.filters{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .8rem;margin:0 0 1rem;padding:.5rem .75rem;background:#f4f6f8;border:1px solid #8c8c8c}
.filters[hidden]{display:none}
.filters label{font-weight:700}
.filters select,.filters button{font:inherit;padding:.2rem .4rem}
.filters button{border:1px solid #0a4d8c;background:#fff;color:#0a4d8c;border-radius:3px;cursor:pointer}
.filters p{flex-basis:100%;margin:.2rem 0 0}
.heatmap td.cell.dim{opacity:.25}
.heatmap td.cov,.heatmap th.cov{white-space:nowrap}
.heatmap thead th.ob button{max-height:14rem;overflow:hidden;text-overflow:ellipsis}
.coverage{font-weight:600}
footer.site{border-top:1px solid #8c8c8c;padding:.75rem 1.5rem;color:#444;font-size:.85rem}`;

const PRINT = `@page{size:A4;margin:14mm 12mm}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:9.5pt;line-height:1.3}
nav.site,.skip,#search,.print-state,.state-nav,.filters,button.sort::after{display:none!important}
button.sort::after{content:""!important}
header.site{background:none;color:#000;padding:0 0 .5rem;border-bottom:2px solid #000}
header.site a{color:#000}
main{padding:0}
main>section{border-top:0}
a{color:#000;text-decoration:none}
.table-scroll{overflow:visible;padding-right:1px}
footer.site{padding:.5rem 0}
table{width:100%}
thead{display:table-header-group}
tr,li,.legend{break-inside:avoid;page-break-inside:avoid}
h2,h3,h4{break-after:avoid;page-break-after:avoid}
.state-page{break-before:page;page-break-before:always;border-top:0}
.gap-table td.what{min-width:0}
.gap-table{font-size:8.5pt;table-layout:fixed}
.gap-table td,.gap-table th{overflow-wrap:anywhere}
.gap-table th:nth-child(1){width:28%}.gap-table th:nth-child(2){width:10%}.gap-table th:nth-child(3){width:15%}.gap-table th:nth-child(4){width:14%}
.gap-table td.asof{white-space:normal}
body[data-print-state] main>section:not(#states),body[data-print-state] #states>:not(.printing){display:none!important}
body[data-print-state] .state-page.printing{break-before:auto;page-break-before:auto;margin-top:0}
body[data-print-state] header.site .notes{display:none}
}`;
