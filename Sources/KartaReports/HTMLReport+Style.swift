/// The page's one style sheet: a light page for the screen, A4 landscape for print. The colours
/// mean the same everywhere: red overdue, dark crimson unreported, amber late, blue due soon,
/// grey pending, green done. The style sheet holds no `<` or `&`, so the page stays XML.
extension HTMLReport {
  static let styleSheet = """
    :root {
      --ink: #1c2833; --muted: #5d6d7e; --line: #dde3ea; --panel: #ffffff; --page: #f3f5f8;
      --done: #2e8540; --late: #e0a100; --overdue: #d62d20; --unreported: #7a0f2b; --due-soon: #1f6fd1;
      --pending: #aab7c4; --other: #dfe4ea;
    }
    * { box-sizing: border-box; }
    body {
      margin: 0; background: var(--page); color: var(--ink);
      font: 14px/1.45 "Segoe UI", "PT Sans", "Noto Sans", "DejaVu Sans", Arial, sans-serif;
    }
    main { max-width: 1480px; margin: 0 auto; padding: 20px 28px 36px; }
    .mono, .inputs td.mono { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 12px; }
    header.top, .panel {
      background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 14px 20px;
      margin-top: 16px;
    }
    header.top { border-top: 5px solid #1f4e79; margin-top: 0; }
    .kicker { margin: 0; color: var(--muted); font-size: 13px; }
    h1 { font-size: 21px; line-height: 1.3; margin: 6px 0 6px; font-weight: 600; max-width: 1200px; }
    .asof { margin: 0 0 10px; font-size: 15px; }
    .asof strong { font-size: 17px; }
    h2 { font-size: 17px; margin: 4px 0 10px; }
    .panel h2 + .legend { margin-top: -4px; }
    h3 { font-size: 15px; margin: 18px 0 6px; font-weight: 600; }
    h3 .code { font-family: "DejaVu Sans Mono", Consolas, monospace; background: #e8eef5; padding: 1px 6px;
      border-radius: 3px; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #e7ebf0; }
    th { font-size: 12px; color: var(--muted); font-weight: 600; background: #f2f5f8; border-bottom-color: var(--line);
      white-space: nowrap; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    .inputs { width: auto; min-width: 60%; }
    .inputs td, .inputs th { font-size: 12px; padding: 2px 10px 2px 0; background: none; border: 0; }
    .inputs td.path { font-family: "DejaVu Sans Mono", Consolas, monospace; }
    .note { display: block; color: var(--muted); font-size: 12px; }
    .none { color: var(--muted); font-style: italic; }
    .more { color: var(--muted); font-style: italic; margin: 6px 0 0; }
    .legend { color: var(--muted); font-size: 12px; margin: 0 0 10px; }
    .key { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin: 0 4px 0 10px;
      vertical-align: -1px; }
    .lk { white-space: nowrap; }
    .lk:first-of-type .key { margin-left: 0; }
    .tiles { display: grid; grid-template-columns: 1.7fr repeat(5, 1fr); gap: 12px; margin-top: 16px; }
    .tile { background: var(--panel); border: 1px solid var(--line); border-top: 5px solid var(--pending);
      border-radius: 6px; padding: 10px 14px; }
    .tile .l { font-weight: 600; }
    .tile .n { font-size: 34px; font-weight: 700; line-height: 1.15; }
    .tile .d { font-size: 12px; color: var(--muted); }
    .tile.zero .n { color: #a9b4bf; }
    .tile.compliance { border-top-color: #1f4e79; }
    .meter { height: 8px; background: #e6ebf0; border-radius: 4px; overflow: hidden; margin: 2px 0 6px; }
    .meter span { display: block; height: 100%; background: var(--done); }
    .t-overdue { border-top-color: var(--overdue); } .t-overdue .n { color: var(--overdue); }
    .t-unreported { border-top-color: var(--unreported); } .t-unreported .n { color: var(--unreported); }
    .t-due-soon { border-top-color: var(--due-soon); } .t-due-soon .n { color: var(--due-soon); }
    .t-late { border-top-color: var(--late); } .t-late .n { color: #9a6b00; }
    .t-done { border-top-color: var(--done); } .t-done .n { color: var(--done); }
    .allstates { color: var(--muted); font-size: 12px; margin: 8px 2px 0; }
    .allstates b { color: var(--ink); }
    .bars { margin-bottom: 18px; }
    .barrow { display: grid; grid-template-columns: minmax(200px, 28%) 1fr minmax(220px, 27%); gap: 12px;
      align-items: center; padding: 4px 0; border-bottom: 1px solid #eef1f4; }
    .who { overflow-wrap: anywhere; font-size: 13px; line-height: 1.3; }
    .who span { color: var(--muted); }
    .track { background: #f6f8fa; border-radius: 3px; }
    .bar { display: flex; height: 16px; border-radius: 3px; overflow: hidden; background: #eef1f4; min-width: 4px; }
    .bar span { display: block; height: 100%; border-right: 1px solid #fff; }
    .bar span:last-child { border-right: 0; }
    .counts { font-size: 12px; color: var(--muted); }
    .counts b { color: var(--ink); }
    .seg-done { background: var(--done); } .seg-late { background: var(--late); }
    .seg-overdue { background: var(--overdue); } .seg-unreported { background: var(--unreported); }
    .seg-due-soon { background: var(--due-soon); } .seg-pending { background: var(--pending); }
    .seg-other { background: var(--other); }
    .chip { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600;
      white-space: nowrap; background: #edf0f3; color: #44525f; }
    h3 .chip { font-size: 11px; vertical-align: 1px; }
    .chip.c-overdue { background: #fde3e0; color: #b3261e; } .chip.c-unreported { background: #f5d9e0; color: #7a0f2b; }
    .chip.c-target-missed, .chip.c-late { background: #fff1c7; color: #7a5500; }
    .chip.c-due-soon { background: #dde9fb; color: #17549f; } .chip.c-done { background: #dcf0e0; color: #1f6b30; }
    .c-overdue { color: #b3261e; } .c-unreported { color: #7a0f2b; } .c-late, .c-target-missed { color: #8a6100; }
    .c-due-soon { color: #17549f; } .c-done { color: #1f6b30; }
    td.zero { color: #b6c0ca; }
    td.id { white-space: nowrap; }
    td.date { white-space: nowrap; }
    td.phrase { white-space: pre-line; color: #34495e; }
    td.activity { min-width: 260px; }
    .c-state-col { width: 108px; } .c-id { width: 84px; } .c-subject { width: 240px; } .c-phrase { width: 170px; }
    .sid { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 11px; color: var(--muted); }
    .many { font-size: 12px; }
    .c-date { width: 104px; } .c-reported { width: 24%; } .c-change { width: 34%; }
    .timeline svg { display: block; width: 100%; height: auto; margin-bottom: 8px; }
    .tl text { font-size: 11.5px; fill: var(--ink); }
    .tl .id { font-weight: 700; }
    .tl .fan { font-weight: 400; fill: var(--muted); }
    .tl .gap { font-weight: 600; }
    .tl .gap.c-overdue { fill: #b3261e; } .tl .gap.c-unreported { fill: #7a0f2b; }
    .tl .gap.c-late, .tl .gap.c-target-missed { fill: #8a6100; } .tl .gap.c-due-soon { fill: #17549f; }
    .tl .axis line { stroke: #e1e6ec; stroke-width: 1; }
    .tl .axis text { fill: var(--muted); font-size: 11px; }
    .tl .axis .head { font-weight: 600; }
    .tl .band.even { fill: #ffffff; } .tl .band.odd { fill: #f6f8fa; } .tl .band.hot { fill: #fdeeee; }
    .tl .span { fill-opacity: 0.32; }
    .tl .span.w-overdue, .tl .span.w-unreported { fill-opacity: 0.85; }
    .tl .asof { stroke: #111; stroke-width: 1.5; stroke-dasharray: 5 3; }
    .tl .asof-label { font-weight: 700; font-size: 11px; text-anchor: middle; paint-order: stroke; stroke: #fff;
      stroke-width: 3px; }
    .w-overdue { fill: var(--overdue); background: var(--overdue); }
    .w-unreported { fill: var(--unreported); background: var(--unreported); }
    .w-late, .w-target-missed { fill: var(--late); background: var(--late); }
    .w-due-soon { fill: var(--due-soon); background: var(--due-soon); }
    .w-pending { fill: #8b9aab; background: #8b9aab; }
    .w-done { fill: var(--done); background: var(--done); }
    .w-ongoing, .w-unscheduled, .w-on-request, .w-waived, .w-cancelled { fill: #b9c3cd; background: #b9c3cd; }
    footer { color: var(--muted); font-size: 12px; margin-top: 18px; }
    @media screen and (max-width: 900px) {
      main { padding: 10px; }
      .tiles { grid-template-columns: repeat(2, 1fr); }
      .barrow { grid-template-columns: 1fr; gap: 2px; }
      .inputs { display: block; overflow-x: auto; }
    }
    @page { size: A4 landscape; margin: 12mm; }
    @media print {
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { background: #fff; font-size: 9pt; }
      th, td { padding: 3px 5px; }
      .note, .chip, .many { font-size: 7.5pt; }
      .c-state-col { width: 84px; } .c-id { width: 70px; } .c-subject { width: 150px; } .c-phrase { width: 120px; }
      .c-date { width: 84px; } .c-reported { width: 22%; }
      main { max-width: none; padding: 0; }
      header.top, .panel, .tile { border-color: #c8d0d8; border-radius: 0; }
      .panel { padding: 6px 0; border: 0; }
      header.top { padding: 8px 12px; }
      thead { display: table-header-group; }
      tr, .tile, .barrow, .timeline svg { break-inside: avoid; page-break-inside: avoid; }
      h2, h3, .legend { break-after: avoid; page-break-after: avoid; }
      .tiles { grid-template-columns: 1.7fr repeat(5, 1fr); gap: 8px; }
      .tile .n { font-size: 24px; }
      td.activity { min-width: 0; }
    }

    """
}
